"""Issue 10, twenty-fifth pass: firms listed each with its own amount in a gapped list ("Harlow
Bank put in $1.2bn, Brindle Bank $800m and Castor Bank $500m", "A provided $1.2bn, B $800m") are
parallel subjects of one verb, each doing the same thing for its own share, so no deal joins two
of them: a frame pairing a firm with a later firm of the list, an amount between them, is dropped
(rules/gapped_lists.py). A deal whose counterparty is named as its object ("Castor Bank lent
Brindle AI $500m", "瑞岭银行向岱海云提供12亿美元贷款，澄衡银行8亿美元") stays, and so does a list of
several amounts one firm pays ("Harlow Bank lent $1.2bn to Brindle Cloud and $300m to …")."""
import pytest

from tests.load.helpers import run


def _deals(out):
    return [f for f in out.frames if f.family != "Move"]


@pytest.mark.parametrize("body", [
    "Harlow Bank put in $1.2 billion, Brindle Bank $800 million and Castor Bank $500 million, "
    "with the rest spread across the group.",
    "Harlow Bank provided $1.2 billion, Brindle Bank $800 million and Castor Bank $500 million of "
    "the loan.",
], ids=["en-put-in", "en-provided"])
def test_firms_of_a_gapped_list_are_no_counterparties(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not _deals(out)


@pytest.mark.parametrize("body, family, parties", [
    ("Harlow Capital invested $2 billion in Brindle AI, and Castor Bank lent Brindle AI $500 "
     "million.", "Loan", {"castor-bank", "brindle-ai"}),
    ("Harlow Capital invested $2 billion in Brindle AI, and Castor Bank lent Brindle AI $500 "
     "million.", "Investment", {"harlow-capital", "brindle-ai"}),
    ("Harlow Bank lent $1.2 billion to Brindle Cloud and $300 million to its parent.", "Loan",
     {"harlow-bank", "brindle-cloud"}),
    ("瑞岭银行向数据中心运营商岱海云提供12亿美元贷款，澄衡银行8亿美元。", "Loan", {"瑞岭银行", "岱海云"}),
], ids=["en-lent-object", "en-invested-before", "en-one-lender-two-amounts", "zh-object"])
def test_a_deal_with_a_named_counterparty_stays(tmp_path, body, family, parties):
    ents, out = run(tmp_path, body)
    found = [{i.rsplit("/", 1)[-1] for i in f.parties()} for f in _deals(out)
             if f.family == family]
    assert parties in found
