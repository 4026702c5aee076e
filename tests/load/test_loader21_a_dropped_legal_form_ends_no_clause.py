"""Issue 10, twenty-first pass (lead): a legal form the firm's name drops ("Inc.", "Corp.",
"Ltd."; `legal_forms_dropped_en` in core.yaml) sits inside the firm's slot, so its full stop no
longer ends the clause a pattern reads ("Vesterholt AI Inc. raised $N in a Series B round led
by X" was no round before). rules/slots.py."""
import pytest

from tests.load.helpers import named_roles, run


def _deals(ents, out):
    return [(f.family, named_roles(ents, f)) for f in out.frames if f.is_fact]


@pytest.mark.parametrize("form", [" Inc.", " Corp.", " Ltd.", ", Inc."])
def test_a_round_told_after_a_legal_form(tmp_path, form):
    ents, out = run(tmp_path, f"Vesterholt AI{form} raised $450 million in a Series B round led "
                              "by Nvidia.")
    assert _deals(ents, out) == [("Stake", {"investor": ["Nvidia"],
                                            "investee": ["Vesterholt AI"]})]


def test_a_full_stop_after_a_name_still_ends_the_sentence(tmp_path):
    ents, out = run(tmp_path, "Analysts like Vesterholt AI. It raised $450 million in a Series B "
                              "round led by Nvidia last year, the company said.")
    assert [d for d in _deals(ents, out) if d[0] == "Stake"] in (
        [], [("Stake", {"investor": ["Nvidia"], "investee": ["Vesterholt AI"]})])


def test_a_legal_form_before_a_capitalised_word_still_ends_the_sentence(tmp_path):
    """Review probe: "… in Z Inc. W raised …" is two sentences; the round is W's, not Z's."""
    ents, out = run(tmp_path, "Brightwell Capital invested in Sorrel Analytics Inc. Palisade AI "
                              "raised $30 million in a Series A round led by Fenmore Partners.")
    stakes = [d for d in _deals(ents, out) if d[1].get("investor") == ["Fenmore Partners"]]
    assert stakes and all(d[1]["investee"] == ["Palisade AI"] for d in stakes)


@pytest.mark.parametrize("body", [
    "Ferrin Data, a unit of Orrin Systems, Inc., raised $25 million in a Series A round led by "
    "Mossgate Capital.",
    "Helm Data, backed by Orrin Systems Inc., raised $25 million in a Series A round led by "
    "Mossgate Capital.",
    "Helm Data, formerly part of Orrin Systems Inc., signed a $300 million cloud contract with "
    "Sable Cloud.",
])
def test_a_later_firms_legal_form_gives_it_no_verb(tmp_path, body):
    """Review probes: the parent firm named in an apposition, with its legal form, is no party
    of the subject's deal."""
    ents, out = run(tmp_path, body)
    assert not any("Orrin Systems" in names for _, roles in _deals(ents, out)
                   for names in roles.values())


def test_a_later_firms_legal_form_before_a_lower_case_word_is_read_over(tmp_path):
    """A later firm's form with no comma after it ("… a lease with Y Inc. for …") stays in its slot,
    so its full stop cuts nothing."""
    ents, out = run(tmp_path, "Cindral Data Centers Inc. signed a lease with Tarvo AI Inc. for a "
                              "300 megawatt campus.")
    assert ("Lease", {"lessee": ["Cindral Data Centers"], "lessor": ["Tarvo AI"]}) in \
        _deals(ents, out)
