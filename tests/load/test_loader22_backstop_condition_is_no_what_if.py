"""Issue 10, twenty-second pass: a cloud deal bought on the condition that its provider cannot
rent the capacity out (a backstop: "X has agreed to buy $N of spare capacity from Y if Y fails to
lease the capacity out", "… if it goes unsold") is a fact; the "if" clause is the
backstop's own term, not a what-if. Read for cloud deals only (``unsold_en`` in relations.yaml,
rules/cues.py ``_backstop_condition``). Any other condition ("if demand stays strong"), a modal
("X could buy … if Y cannot find tenants") and a loan or a deal told after such a condition in
a supposition ("If Y cannot rent …, Z will lend Y $N") stay what-ifs."""
import pytest

from tests.load.helpers import named_roles, run


def _deals(ents, out, family):
    return [(f.is_fact, named_roles(ents, f)) for f in out.frames if f.family == family]


_PAIR = {"customer": ["Pelloran Semiconductor"], "provider": ["Quistal Cloud"]}


@pytest.mark.parametrize("body", [
    "Pelloran Semiconductor has agreed to buy $800 million of spare capacity from Quistal Cloud over "
    "three years if Quistal fails to lease the capacity out.",
    "Quistal Cloud, a GPU cloud operator, said Pelloran Semiconductor committed last month to buy "
    "$640 million of idle capacity from Quistal Cloud if it goes unsold.",
    "If Quistal Cloud cannot sell its new capacity, Pelloran Semiconductor has agreed to buy up "
    "to $800 million of it.",
    "Pelloran Semiconductor will take $720 million of compute from Quistal Cloud in 2027 if the "
    "operator is unable to sign up enough renters.",
])
def test_a_backstop_told_with_its_condition_is_a_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _deals(ents, out, "Cloud") == [(True, _PAIR)]


@pytest.mark.parametrize("body", [
    "Pelloran Semiconductor agreed to buy up to $800 million of capacity from Quistal Cloud if "
    "demand stays strong.",
    "Pelloran Semiconductor could buy up to $800 million of capacity from Quistal Cloud if "
    "Quistal cannot find other tenants.",
])
def test_another_condition_or_a_modal_stays_a_what_if(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert all(not fact for fact, _ in _deals(ents, out, "Cloud"))


def test_a_loan_on_the_unsold_condition_stays_a_what_if(tmp_path):
    ents, out = run(tmp_path, "If Quistal Cloud cannot rent out the capacity, Ostravel Bank will "
                              "lend Quistal Cloud $800 million.")
    assert all(not f.is_fact for f in out.frames if f.family in ("Loan", "Facility", "Financing"))


# Review of 092b15e: the condition makes a backstop only of a deal its customer is told to have
# agreed, on capacity left unsold; a modal, talks, a provider's own fallback or another sale
# named in the condition leave the "if" a what-if.
@pytest.mark.parametrize("body", [
    "Pelloran Semiconductor may buy up to $800 million of capacity from Quistal Cloud if Quistal "
    "cannot find other tenants.",
    "Pelloran Semiconductor is in talks to buy up to $800 million of capacity from Quistal Cloud "
    "if the capacity goes unsold.",
    "Quistal Cloud will lease its spare capacity to Pelloran Semiconductor for $300 million if it "
    "cannot find other tenants.",
    "Pelloran Semiconductor will buy $500 million of capacity from Quistal Cloud if Quistal fails "
    "to sell its stake in the data center.",
])
def test_a_backstop_condition_beside_a_modal_or_another_sale_stays_a_what_if(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _deals(ents, out, "Cloud") and all(not fact for fact, _ in _deals(ents, out, "Cloud"))
