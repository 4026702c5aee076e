"""Issue 10, twenty-fourth pass: the value a holding is put at ("a stake valued at roughly $40bn",
"its holding, worth about $2bn", 持股约20%，价值约N) is a figure of the stake, never of a contract,
a loan or a supply deal told beside it or before it (``stake_value`` in cues.yaml, read by
``_attach_quantities`` in rules/frames.py and by the rules that carry a later sentence's figures
to a deal: ``_continue_deal``, ``_same_pair_figures`` in rules/extract.py, ``party_figures`` in
rules/follow_on.py). A stake or an investment keeps it."""
import pytest

from tests.load.helpers import run


def _amounts(out, families):
    return sorted(f.figures["amountUSD"].value for f in out.frames
                  if f.family in families and "amountUSD" in f.figures)


@pytest.mark.parametrize("body", [
    "On Monday, Harrow Cloud and Pemberly Labs signed a new definitive agreement under which "
    "Pemberly Labs became a public benefit corporation. Harrow Cloud came out of it holding about "
    "20% of Pemberly Labs, a stake valued at roughly $40 billion.",
    "On Monday, Harrow Cloud and Pemberly Labs signed a new definitive agreement. Harrow Cloud "
    "now owns 20% of Pemberly Labs, its holding worth about $40 billion.",
    "Harrow Cloud signed a cloud services agreement with Pemberly Labs. Under it Harrow Cloud "
    "keeps shares of Pemberly Labs valued at about $40 billion.",
], ids=["stake-valued-at", "holding-worth", "shares-valued"])
def test_a_stakes_value_is_no_contracts_figure(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert 40_000_000_000 not in _amounts(out, ("Cloud", "Compute", "Supply", "Loan", "Lease")), \
        [(f.family, f.figures) for f in out.frames]


@pytest.mark.parametrize("body,family", [
    ("Harrow Cloud bought a 20% stake in Pemberly Labs worth about $4 billion.", "Stake"),
    ("Harrow Cloud signed a cloud contract with Pemberly Labs. The contract is worth about "
     "$4 billion.", "Cloud"),
    ("岚策资本持有沐川科技20%股权，价值约40亿美元。", "Stake"),
], ids=["stake-worth", "contract-worth", "zh-stake-value"])
def test_a_stake_or_a_contract_keeps_its_own_value(tmp_path, body, family):
    ents, out = run(tmp_path, body)
    assert 4_000_000_000 in _amounts(out, (family,)), [(f.family, f.figures) for f in out.frames]
