"""Issue 10, twenty-third pass: an amount that is the sum of two or three other deals' amounts of
the same kind between the same parties is their total (a loan package split into its loans, a
customer's contracts "worth $N in total", 两份合同合计N), no deal's figure: it is dropped from the
frame that carries it, the parts keep theirs (rules/summed_totals.py). Amounts of other parties
or another kind, and a further amount that is no sum of the others, stay."""
from decimal import Decimal

import pytest

from tests.load.helpers import amounts, run


@pytest.mark.parametrize("body, language, family, kept", [
    ("Corvane Bank and Telmond Capital are lending roughly $12 billion to Aldrich Compute, people "
     "briefed on the deal said. The package is split into two loans: $7.5 billion funds a campus "
     "in Ohio and $4.5 billion covers one in Nevada.", None, "Loan", [4500000000, 7500000000]),
    ("澄岚银行牵头为算力运营商霁峰科技提供15亿美元贷款，用于采购服务器。这笔贷款分为两笔，定期贷款9亿美元，"
     "循环贷款6亿美元。", "zh", "Loan", [600000000, 900000000]),
    ("Brisk Labs signed a $5 billion cloud contract with Halvane Cloud in March. In June, Brisk "
     "Labs signed a second cloud contract with Halvane Cloud worth $3 billion. In total, Brisk "
     "Labs has signed cloud contracts with Halvane Cloud worth $8 billion.", None, "Cloud",
     [3000000000, 5000000000]),
    ("Brisk Labs signed a $4 billion cloud contract with Halvane Cloud in March, a $2 billion "
     "cloud contract with Halvane Cloud in June and a $1.5 billion cloud contract with Halvane "
     "Cloud in September. Brisk Labs's three cloud contracts with Halvane Cloud are worth $7.5 "
     "billion.", None, "Cloud", [1500000000, 2000000000, 4000000000]),
    ("3月，星澈科技与云服务商岚栖云签署一份50亿美元的算力服务合同。6月，星澈科技与岚栖云再签署一份30亿美元的"
     "算力服务合同。至此，星澈科技与岚栖云签署的两份合同合计80亿美元。", "zh", "Cloud",
     [3000000000, 5000000000]),
], ids=["en-package", "zh-package", "en-two-contracts", "en-three-contracts", "zh-two-contracts"])
def test_the_sum_of_a_pairs_deals_is_no_figure(tmp_path, body, language, family, kept):
    _, out = run(tmp_path, body, **({"language": language} if language else {}))
    assert amounts(out, family) == [Decimal(v) for v in kept]


@pytest.mark.parametrize("body, family, kept", [
    # the larger amount is no sum of the others
    ("Brisk Labs signed a $5 billion cloud contract with Halvane Cloud in March. In June, Brisk "
     "Labs signed a second cloud contract with Halvane Cloud worth $3 billion. In total, Brisk "
     "Labs has signed cloud contracts with Halvane Cloud worth $9 billion.", "Cloud",
     [3000000000, 5000000000, 9000000000]),
    # each contract has another customer
    ("Velmar Cloud signed a $5 billion cloud contract with Brisk Labs in May. Velmar Cloud signed "
     "a $3 billion cloud contract with Orsk AI in June. In July Velmar Cloud signed an $8 billion "
     "cloud contract with Tamber AI.", "Cloud", [3000000000, 5000000000, 8000000000]),
], ids=["no-sum", "other-parties"])
def test_amounts_that_are_no_sum_of_a_pairs_deals_stay(tmp_path, body, family, kept):
    _, out = run(tmp_path, body)
    assert amounts(out, family) == [Decimal(v) for v in kept]


def test_deals_of_other_kinds_make_no_total(tmp_path):
    _, out = run(tmp_path, "Ostmere Bank lent $5 billion to Pravik Data in March. Pravik Data "
                           "signed a $3 billion cloud contract with Ostmere Bank in June. Ostmere "
                           "Bank bought an $8 billion stake in Pravik Data.")
    assert amounts(out, "Stake") == [Decimal(8000000000)]
    assert amounts(out, "Loan") == [Decimal(5000000000)]
