"""Issue 10, twelfth pass (English deals): an investment made for a share of the investee (its
percentage told with it) is an equity stake; one still promised stays an investment commitment.
Invented paraphrases and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Orrel Capital invested $500 million in Corvane Labs last spring, which gives it a little "
    "under 3%.",
    "Orrel Capital put $500 million into Corvane Labs last year, for roughly 3% of the company.",
    "Corvane Labs said Orrel Capital had invested $500 million, taking its holding to 3%.",
    "英伟达上月向星澜科技投资5亿美元，换来约3%。",
])
def test_investment_made_for_a_share_is_a_stake(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert len(out.frames) == 1 and out.frames[0].family == "Stake"
    assert float(out.frames[0].figures["stakePercent"].value) == 3
    assert float(out.frames[0].figures["amountUSD"].value) == 5e8


@pytest.mark.parametrize("body", [
    "Orrel Capital plans to invest up to $500 million in Corvane Labs, which could give it 3%.",
    "Orrel Capital will invest $500 million in Corvane Labs in exchange for about 3% of the lab.",
    "英伟达将向星澜科技投资最多5亿美元，以换取后者约3%的股权。",
])
def test_investment_promised_for_a_share_stays_an_investment(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert len(out.frames) == 1 and out.frames[0].family == "Investment"
