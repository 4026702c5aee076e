"""Issue 10, twenty-fifth pass: a customer contract told only as what secures a financing, in an
interview answer ("问：担保物是什么？ / 答：……二是我们和X的那份算力合同，合同项下的应收账款整体质押给了
银团", "Q: What secures it? / A: … and our contract with X."), was no deal when the financing was
told in the introduction, more than three sentences before (its lenders in an earlier answer):
the answer to a question about the financing or its security now reaches back eight sentences
(rules/pledged_contracts.py, rules/answer_reach.py); and 和/同/跟 join the two sides of the contract as 与 does
(``pledged_contract.before_zh``). Not read: a contract in an answer to a question about
something else, too far from the financing."""
import pytest

from tests.load.helpers import run

_ZH = ("算力云服务商渡桥云宣布获得15亿美元循环授信。记者与渡桥云财务总监"
       "进行了对话。以下为访谈节选。\n\n记者：这笔授信的结构是怎样的？\n\n财务总监：这是一笔三年期循环信贷额度，由青澜银行"
       "牵头安排，岳松银行也参与出资。我们可以分次提款。\n\n记者：{q}\n\n财务总监：两部分。一是我们自有的GPU集群，二是"
       "我们和澄弈智能的那份算力合同，合同项下的应收账款整体质押给了银团。")
_EN = ("Parlow Cloud this week closed a $3.2 billion delayed-draw credit facility. Its chief executive "
       "spoke to us about the loan and its customers. \n\n"
       "**Q: Who is lending you the money?**\n\nA: Wexcombe Bank arranged it and is the largest "
       "lender. The rest is spread across four banks.\n\n**Q: {q}**\n\nA: Two things. The GPUs "
       "themselves, which are pledged to the lenders. And our contract with Kelby AI, which is "
       "pledged too.")


def _pledged(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(f.family, sorted(ents.names.get(i, i) for i in f.parties())) for f in out.frames
            if f.rule == "pledged.contract"]


@pytest.mark.parametrize("body,deal", [
    (_ZH.format(q="担保物是什么？"), ("Cloud", ["渡桥云", "澄弈智能"])),
    (_EN.format(q="What secures it?"), ("Cloud", ["Kelby AI", "Parlow Cloud"])),
], ids=["zh", "en"])
def test_contract_pledged_in_an_answer_is_a_deal(tmp_path, body, deal):
    assert _pledged(tmp_path, body) == [deal]


@pytest.mark.parametrize("body", [
    _ZH.format(q="园区的电力从哪里来？").replace("二是我们和澄弈智能的那份算力合同，合同项下的应收账款整体质押给了银团",
                                         "二是我们和澄弈智能的那份算力合同，合同项下的收入已经确认"),
    _EN.format(q="Who are your customers?").replace("Two things. The GPUs themselves, which are pledged "
                                                    "to the lenders. ", "Mostly labs. ")
    .replace(", which is pledged too", ", which runs five years"),
], ids=["zh-no-pledge", "en-other-question"])
def test_no_pledged_contract_without_a_pledge(tmp_path, body):
    assert _pledged(tmp_path, body) == []
