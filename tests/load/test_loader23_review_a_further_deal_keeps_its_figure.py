"""Review of 99a6781 (issue 10, twenty-third pass): a deal told as one more of its kind ("agreed
to lend a further $3 billion", "signed a new $3 billion contract", 再向…提供30亿美元新贷款) is its
own deal; its amount keeps its figure even when it equals the sum of earlier deals' amounts
between the same parties (rules/summed_totals.py ``_further``). A total told as such ("in total",
合计) is still dropped."""
from decimal import Decimal

import pytest

from tests.load.helpers import amounts, run


@pytest.mark.parametrize("body, family", [
    ("Halbrook Bank lent $1 billion to Castor Labs in 2023. Halbrook Bank lent $2 billion to "
     "Castor Labs in 2024. On Monday, Halbrook Bank agreed to lend a further $3 billion to Castor "
     "Labs.", "Loan"),
    ("岚策银行2023年向沐川科技提供10亿美元贷款，2024年又提供20亿美元贷款。本周，岚策银行再向沐川科技提供30亿美元"
     "新贷款。", "Loan"),
], ids=["en-further-loan", "zh-new-loan"])
def test_a_further_deal_keeps_its_figure(tmp_path, body, family):
    _, out = run(tmp_path, body)
    assert amounts(out, family) == [Decimal(1000000000), Decimal(2000000000), Decimal(3000000000)]


def test_a_total_beside_another_is_still_a_total(tmp_path):
    _, out = run(tmp_path, "Brisk Labs signed a $5 billion cloud contract with Halvane Cloud in "
                           "March. In June, Brisk Labs signed another cloud contract with Halvane "
                           "Cloud worth $3 billion. In total, Brisk Labs has signed cloud contracts "
                           "with Halvane Cloud worth $8 billion.")
    assert amounts(out, "Cloud") == [Decimal(3000000000), Decimal(5000000000)]
