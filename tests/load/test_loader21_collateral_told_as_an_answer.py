"""Issue 10, twenty-first pass: what secures a financing told as the answer to a question about it.

An interview (or a column that asks and answers) puts the collateral cue in the question
("What backs that loan?", "押了什么？") and none in the answer: the answer's sentences (the rest of
the question's paragraph, else the paragraph right after it, up to the next question) tell what
secures the financing told before. A question about anything else ("Why a private lender?")
makes no answer one, and a paragraph after another question is no answer to the first.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, run


def _secured_by(ents, out):
    found = financings(out)
    assert found, out.frames
    deals, assets = [], []
    for f in found:
        for c in f.collateral:
            if isinstance(c, tuple):
                assets.append(c[1])
            else:
                deals.append((c.family, sorted(ents.names.get(i, i) for i in c.parties())))
    return deals, assets


EN = (
    "Tollard Grid signed a twelve-year lease with Wenmere Labs in May for 240 megawatts at its "
    "Idaho site.\n\n"
    "In August Tollard Grid borrowed $1.35 billion from Ostrana Bank.\n\n"
    "**Q: What backs that loan?**\n\n"
    "A: Mostly the Wenmere Labs lease. The land under the site sits behind it as well.\n"
)


def test_an_answer_names_the_pledged_lease(tmp_path):
    ents, out = run(tmp_path, EN)
    deals, _ = _secured_by(ents, out)
    assert ("Lease", ["Tollard Grid", "Wenmere Labs"]) in deals


def test_a_question_with_its_answer_in_one_paragraph(tmp_path):
    body = ("Sarlow Compute signed a six-year lease with Marbeck AI in June for 90 megawatts at its Nevada hall.\n\n"
            "Two months later Sarlow Compute borrowed $620 million from Gristed Bank. What did "
            "Gristed Bank take as collateral? Chiefly its Marbeck AI lease.\n")
    ents, out = run(tmp_path, body)
    deals, _ = _secured_by(ents, out)
    assert ("Lease", ["Marbeck AI", "Sarlow Compute"]) in deals


ZH = (
    "岑川云今年3月与砚溪智能签署了一份为期五年的算力服务合同，总金额18亿美元。\n\n"
    "7月，岑川云从栾峰银行获得了一笔9亿美元的贷款。\n\n"
    "问：那笔贷款押了什么？\n\n"
    "答：主要是砚溪智能那份算力服务合同，银行看重的是它的回款。\n"
)


def test_zh_answer_names_the_pledged_contract(tmp_path):
    ents, out = run(tmp_path, ZH)
    deals, _ = _secured_by(ents, out)
    assert ("Cloud", ["岑川云", "砚溪智能"]) in deals


def test_a_question_about_something_else_secures_nothing(tmp_path):
    body = EN.replace("What backs that loan?", "Why a bank rather than a private lender?")
    ents, out = run(tmp_path, body)
    deals, assets = _secured_by(ents, out)
    assert deals == [] and assets == []


def test_an_answer_after_another_question_is_none(tmp_path):
    body = (
        "Tollard Grid signed a twelve-year lease with Wenmere Labs in May for 240 megawatts at its "
        "Idaho site.\n\n"
        "In August Tollard Grid borrowed $1.35 billion from Ostrana Bank.\n\n"
        "**Q: Is the loan secured?**\n\n"
        "A: We would rather not say.\n\n"
        "**Q: How is the Wenmere Labs lease going?**\n\n"
        "A: The Wenmere Labs lease is going well. The land under the site is ours outright.\n"
    )
    ents, out = run(tmp_path, body)
    deals, assets = _secured_by(ents, out)
    assert deals == [] and assets == []


def test_a_statement_with_a_cue_makes_no_answer(tmp_path):
    body = ZH.replace("问：那笔贷款押了什么？", "这笔贷款的担保安排尚未披露。").replace(
        "答：主要是砚溪智能那份算力服务合同，银行看重的是它的回款。", "砚溪智能那份算力服务合同进展顺利，回款正常。")
    ents, out = run(tmp_path, body)
    deals, _ = _secured_by(ents, out)
    assert deals == []


# Review probes (twenty-second pass): a question that does not ask what secures the loan, or an
# answer that says nothing does, makes no sentence of the answer security.
_L = ("Bramble Grid signed a ten-year lease with Osterly Labs in May for 200 megawatts at its "
      "Utah site.\n\nIn August Bramble Grid borrowed $900 million from Carrow Bank.\n\n")
_Z = ("岑岭云今年3月与溪砚智能签署了一份为期五年的算力服务合同，总金额18亿美元。\n\n"
      "7月，岑岭云从栾岳银行获得了一笔9亿美元的贷款。\n\n")


@pytest.mark.parametrize("body", [
    _L + "**Q: How do you think about cyber security?**\n\nA: Seriously. The Osterly Labs lease "
         "requires us to run an isolated network.",
    _L + "**Q: Is the loan secured?**\n\nA: No, it is unsecured. The Osterly Labs lease is not "
         "pledged to anyone.",
    _L + "**Q: What about security of supply for power?**\n\nA: We have the Osterly Labs lease "
         "and a grid connection of 300 megawatts.",
    _L + "**Q: What secures the loan?**\n\nA: Nothing; it is unsecured. The Osterly Labs lease "
         "stays free of liens.",
    _Z + "问：你们是否为子公司提供了担保？\n\n答：没有。我们和溪砚智能的算力服务合同进展顺利。",
    _Z + "问：这笔贷款有抵押吗？\n\n答：没有抵押，是信用贷款。溪砚智能那份合同与贷款无关。",
    _Z + "问：数据安全和担保方面的监管会不会更严？\n\n答：会更严。溪砚智能那份算力服务合同要求我们单独部署。",
])
def test_a_question_not_asking_what_secures_the_loan_names_no_collateral(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals, assets = _secured_by(ents, out)
    assert deals == [] and assets == []


def test_a_what_question_told_with_security_still_names_it(tmp_path):
    ents, out = run(tmp_path, _L + "**Q: What did Carrow Bank take as security?**\n\nA: The "
                                   "Osterly Labs lease, mostly.")
    deals, _ = _secured_by(ents, out)
    assert ("Lease", ["Bramble Grid", "Osterly Labs"]) in deals
