"""Issue 10, eighth pass: bindingness and collateral told in new words, apart from the deal
(invented text and firm names)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def _deal(ents, out, family, **roles):
    return next(f for f in out.frames if f.family == family
                and all(named_roles(ents, f).get(r) == v for r, v in roles.items()))


def _pledged(frame) -> list:
    return [c for c in frame.collateral if not isinstance(c, tuple)]


def _assets(frame) -> list:
    return [c for c in frame.collateral if isinstance(c, tuple)]


def test_plan_that_has_not_gone_beyond_a_letter_of_intent_is_not_binding(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud plans to buy 1 gigawatt of accelerators from "
                    "Tessaly Semiconductor over two years. That plan has not gone beyond a "
                    "letter of intent, Dunmore Cloud said.")
    assert _deal(ents, out, "Compute").binding is False


def test_order_said_to_be_no_more_than_a_letter_of_intent_is_not_binding(tmp_path):
    ents, out = run(tmp_path, "Tessaly Semiconductor will supply 400 megawatts of accelerators "
                    "to Pellow Labs. The order is still only a letter of intent.")
    assert _deal(ents, out, "Compute").binding is False


def test_binding_in_quotation_marks_is_binding(tmp_path):
    ents, out = run(tmp_path, "Pellow Labs signed a 10-year lease with Dunmore Systems for the "
                    "Fenwick campus. Ivo Tarrant, Dunmore's chief executive, said the lease was "
                    "\u201cbinding and non-cancellable\u201d.")
    assert _deal(ents, out, "Lease").binding is True


def test_lenders_security_is_the_supply_contract_and_the_chips(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud has agreed to buy 300 megawatts of accelerators "
                    "from Tessaly Semiconductor for $2.1bn. Dunmore Cloud has signed a $1.5bn "
                    "credit facility with Harth Bank. According to a filing, the lender's "
                    "security is the accelerators Dunmore Cloud buys together with the Tessaly "
                    "supply contract.")
    facility = next(f for f in out.frames if f.family in ("Facility", "Loan"))
    assert any(p.family == "Compute" for p in _pledged(facility))
    assert _assets(facility)


def test_security_is_twofold_pledges_the_contract_and_the_fleet(tmp_path):
    ents, out = run(tmp_path, "A $3bn capacity contract with Pellow Labs has helped Dunmore Cloud "
                    "borrow $1.2bn from Harth Bank. Their security is twofold: Dunmore Cloud's "
                    "fleet of GPUs and the Pellow Labs contract.")
    assert any(_assets(f) for f in out.frames if f.family == "Loan")


def test_bondholders_secured_on_a_lease(tmp_path):
    ents, out = run(tmp_path, "Pellow Labs signed a 12-year lease with Dunmore Digital for its "
                    "campus. Dunmore Digital then sold $2bn of senior secured notes. "
                    "Bondholders are secured on the Pellow Labs lease and on the campus.")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert any(p.family == "Lease" for p in _pledged(bond))
