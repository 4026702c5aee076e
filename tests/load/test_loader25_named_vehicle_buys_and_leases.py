"""Issue 10, twenty-fifth pass: a special-purpose vehicle the article names ("Corlan GPU Trust, a
special-purpose vehicle", "a new special-purpose vehicle, Corlan GPU Trust II, has signed …") is
that firm wherever a later sentence calls it "the vehicle" ("The vehicle bought the chips from Y",
"It then leased them to Z" after a sentence the vehicle opens), so the vehicle buys, leases and
borrows, not the seller of its chips (rules/vehicles.py, slots.py); a firm marked by the preposition
of one verb ("buys chips from Y") is no party of the verb coordinated after it ("… and leases them
to Z": the subject lets, Y does not; rules/triggers.py, ``_coordinated_after``); and a firm "putting
up $N of the vehicle's equity" invests in the vehicle (``invest_verbs``). A vehicle named twice
over (two vehicles) leaves "the vehicle" unread; an indefinite "a vehicle that …" is no referent.
"""
import pytest

from tests.load.helpers import named_roles, run


def _roles(ents, out, family):
    return [named_roles(ents, f) for f in out.frames if f.family == family]


@pytest.mark.parametrize("body", [
    "A new special-purpose vehicle, Corlan GPU Trust II, has signed a $2 billion loan from Pellam "
    "Credit. The vehicle will use the money to buy the chips from Tavok Semiconductor and lease them "
    "to Brimlow AI for four years.",
    "Corlan GPU Trust II, a special-purpose vehicle, borrowed $1 billion from Pellam Credit. The "
    "vehicle bought the chips from Tavok Semiconductor for $900 million. It then leased them to "
    "Brimlow AI for five years.",
], ids=["apposed-name", "it-after-the-vehicle"])
def test_the_named_vehicle_buys_and_lets(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert {"buyer": ["Corlan GPU Trust II"], "supplier": ["Tavok Semiconductor"]} \
        in _roles(ents, out, "Supply")
    assert _roles(ents, out, "Lease") == [{"lessor": ["Corlan GPU Trust II"],
                                           "lessee": ["Brimlow AI"]}]
    assert {"borrower": ["Corlan GPU Trust II"], "lender": ["Pellam Credit"]} \
        in _roles(ents, out, "Loan")


@pytest.mark.parametrize("body", [
    "Harwick Compute buys chips from Tavok Semiconductor and leases them to Brimlow AI.",
    "Harwick Compute bought the chips from Tavok Semiconductor, then leased them to Brimlow AI for "
    "four years.",
], ids=["and", "then"])
def test_the_seller_of_the_first_verb_lets_nothing(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _roles(ents, out, "Lease") == [{"lessor": ["Harwick Compute"], "lessee": ["Brimlow AI"]}]


def test_a_lessor_marked_before_its_own_verb_stays(tmp_path):
    """"X leases GPUs from Y and rents them to Z": Y lets X its GPUs (its own verb's "from")."""
    ents, out = run(tmp_path, "Harwick Compute leases GPUs from Tavok Capital and rents them to "
                              "Brimlow AI.")
    assert {"lessee": ["Harwick Compute"], "lessor": ["Tavok Capital"]} in _roles(ents, out, "Lease")


def test_equity_put_up_for_the_vehicle_is_an_investment_in_it(tmp_path):
    ents, out = run(tmp_path, "A special-purpose vehicle called Corlan GPU Trust will buy chips from "
                              "Tavok Semiconductor. Tavok, the chipmaker, is putting up $1 billion "
                              "of the vehicle's equity, the people said.")
    assert _roles(ents, out, "Investment") == [{"investor": ["Tavok Semiconductor"],
                                                "investee": ["Corlan GPU Trust"]}]
    assert not _roles(ents, out, "Stake")


def test_two_named_vehicles_leave_the_vehicle_unread(tmp_path):
    ents, out = run(tmp_path, "Corlan GPU Trust, a special-purpose vehicle, bought chips from Tavok "
                              "Semiconductor. Pellin GPU Trust, a special-purpose vehicle, bought "
                              "chips from Ostrow Micro. The vehicle then leased the chips to "
                              "Brimlow AI.")
    lessors = {n for r in _roles(ents, out, "Lease") for n in r.get("lessor", [])}
    assert not lessors & {"Corlan GPU Trust", "Pellin GPU Trust", "Ostrow Micro"}


def test_an_indefinite_vehicle_is_no_referent(tmp_path):
    """"a vehicle that …" after the named one is another vehicle or the naming itself."""
    ents, out = run(tmp_path, "Corlan GPU Trust, a special-purpose vehicle, borrowed $1 billion from "
                              "Pellam Credit. Bankers say a vehicle that buys chips from Tavok "
                              "Semiconductor is being assembled.")
    assert not _roles(ents, out, "Supply")
