"""Issue 10, twenty-second pass: a Chinese interview whose interviewee's surname the surname list
lacks, or whose bold label closes before its colon ("**某某**：…"), is still an interview: a speaker
who opens at least two turns, none ending with a question mark, while another speaker's turns do
(the asker's), answers, so 我们 in those turns is the interviewee's firm (`rules/interviews.py`).
It does not make an interview of a piece whose labelled lines ask nothing ("电力：…", "租户：…"),
and an asker's label (记者, 问) never answers."""
from tests.load.helpers import run, named_roles

_LEDE = ("GPU云服务商岷峰云近两年扩张很快。本刊记者专访了岷峰云首席财务官{who}。\n\n")


def _deals(out, ents, family):
    return [named_roles(ents, f) for f in out.frames if f.family == family]


def test_plain_label_with_an_unlisted_surname_answers(tmp_path):
    body = ("对话岷峰云CFO晏知微：先有合同，再借钱\n\n" + _LEDE.format(who="晏知微")
            + "财经周刊：电力从哪里来？\n\n"
            + "晏知微：去年秋天我们跟南溟能源签下一份为期9年的购电协议，锁定0.7吉瓦供电能力。\n\n"
            + "财经周刊：资金呢？\n\n"
            + "晏知微：松湖银行向我们发放了一笔13亿美元的两年期贷款。")
    ents, out = run(tmp_path, body)
    assert {"lender": ["松湖银行"], "borrower": ["岷峰云"]} in _deals(out, ents, "Loan")
    assert {"supplier": ["南溟能源"], "buyer": ["岷峰云"]} in _deals(out, ents, "Supply")


def test_bold_label_closing_before_its_colon_answers(tmp_path):
    body = ("# 访谈｜岷峰云甄若岱：客户就是抵押品\n\n" + _LEDE.format(who="甄若岱")
            + "**财经周刊：最大的客户是谁？**\n\n"
            + "**甄若岱**：柏渚智能。今年三月我们和柏渚智能签订了一份四年期的算力服务合同，"
              "总额26亿美元。\n\n"
            + "**财经周刊：还会再借钱吗？**\n\n"
            + "**甄若岱**：会。松湖银行已经批给我们一笔8亿美元的过桥贷款。")
    ents, out = run(tmp_path, body)
    assert {"provider": ["岷峰云"], "customer": ["柏渚智能"]} in _deals(out, ents, "Cloud")
    assert {"lender": ["松湖银行"], "borrower": ["岷峰云"]} in _deals(out, ents, "Loan")


def test_section_labels_that_ask_nothing_are_no_interview(tmp_path):
    body = ("岷峰云园区调研\n\nGPU云服务商岷峰云正在建设新园区。\n\n"
            "供电：我们看到园区外的变电站已经完工。\n\n"
            "融资：松湖银行向我们介绍，目前贷款仍在谈判。\n\n"
            "客户：我们了解到园区尚未签下租户。")
    ents, out = run(tmp_path, body)
    assert not _deals(out, ents, "Loan")


def test_an_askers_label_never_answers(tmp_path):
    body = ("对话岷峰云CFO蔺澄舟：扩张的节奏\n\n" + _LEDE.format(who="蔺澄舟")
            + "记者：我们注意到松湖银行最近很活跃。\n\n"
            + "蔺澄舟：是的，市场上资金充裕？\n\n"
            + "记者：我们也听说松湖银行给了柏渚智能一笔贷款。\n\n"
            + "蔺澄舟：这个要问他们？")
    ents, out = run(tmp_path, body)
    assert all("岷峰云" not in r.get("borrower", []) for r in _deals(out, ents, "Loan"))
