"""Issue 10, sixteenth pass: in an interview's answer, a deal verb whose subject is another firm
and whose other side the clause leaves unsaid has the interviewee's firm on that side ("X has
put in about $450m over three rounds", "X invested $1.2bn and took two board seats", "X has leased
both buildings", "X lent $700m against the halls", "X rents 150 MW under a five-year contract"); an
answer's "the company" with no firm to point back to is the interviewee's; money put in as equity
by the holder of a stake is that stake's price. Not for a party the clause describes ("a stake in a
robotics startup") or any named, capitalised or prepositional object ("in solar farms", "to build
plants", "in Lumo"), another party said around it ("our rival X"), a firm given as an example, a subject of its own between the firm and the verb,
the interviewee's own one-firm deal, a question, or outside an interview (invented sentences and
firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_LEDE = ("*Halvane Data builds and runs data centres in southern Portugal. We asked its chief "
         "executive, Rui Falcato, about money and tenants. The conversation has been shortened.*")


def _interview(*turns: tuple[str, str]) -> str:
    parts = [_LEDE]
    for question, answer in turns:
        parts += [f"**{question}**", answer]
    parts += ["**Anything else?**", "Not today, thanks."]
    return "\n\n".join(parts)


def _deals(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(f.family, named_roles(ents, f), {k: v.value for k, v in f.figures.items()})
            for f in out.frames]


def _has(deals, family, roles):
    return any(fam == family and all(r.get(k) == [v] for k, v in roles.items())
               for fam, r, _ in deals)


@pytest.mark.parametrize("question, answer, family, roles", [
    ("Who are your shareholders?",
     "Corvina Capital has put in about $450 million over three rounds, and the founders own the "
     "rest.",
     "Investment", {"investor": "Corvina Capital", "investee": "Halvane Data"}),
    ("Who led the round?",
     "Sovereign money. Tavener Reserve Fund invested $1.2 billion and took two board seats.",
     "Investment", {"investor": "Tavener Reserve Fund", "investee": "Halvane Data"}),
    ("Who is the tenant?",
     "Since March, Quorvan Compute has leased both buildings, on a ten-year term.",
     "Lease", {"lessee": "Quorvan Compute", "lessor": "Halvane Data"}),
    ("How is construction paid for?",
     "Mostly debt: Dravo Bank lent $700 million against the finished halls, repayable over "
     "nine years.",
     "Loan", {"lender": "Dravo Bank", "borrower": "Halvane Data"}),
    ("Who uses the capacity?",
     "Myrtale Labs rents 150 megawatts under a five-year contract, and more is coming.",
     "Cloud", {"customer": "Myrtale Labs", "provider": "Halvane Data"}),
])
def test_answer_deal_with_one_firm_has_interviewee_on_the_other_side(tmp_path, question, answer,
                                                                     family, roles):
    deals = _deals(tmp_path, _interview((question, answer)))
    assert _has(deals, family, roles), deals


def test_answer_company_and_equity_put_in_are_one_stake(tmp_path):
    body = _interview(("Who are the owners?",
                       "Hexa Partners has held roughly 40% of the company since 2022. It invested "
                       "$600 million then, all as equity."))
    stakes = [(r, fig) for fam, r, fig in _deals(tmp_path, body) if fam == "Stake"]
    assert any(r.get("investor") == ["Hexa Partners"] and r.get("investee") == ["Halvane Data"]
               and fig.get("stakePercent") == 40 and fig.get("amountUSD") == 600_000_000
               for r, fig in stakes), stakes


@pytest.mark.parametrize("turns", [
    # a party the clause describes: someone else's deal
    [("What do your investors do elsewhere?",
      "Corvina Capital also bought a stake in a robotics startup last year.")],
    # a firm given as an example
    [("Is the market crowded?", "Rivals like Zenit Cloud rent capacity by the megawatt now.")],
    # a subject of its own between the firm and the verb
    [("How do the banks see it?", "Dravo Bank thinks you can lend against any signed lease.")],
    # the interviewee's own one-firm deal
    [("What did you sign last year?", "We signed a lease for 200 megawatts in Lisbon.")],
    # a question tells nothing
    [("Did Quorvan Compute sign a twelve-year lease for both buildings?", "I can't say.")],
])
def test_answer_partner_not_for_other_parties_examples_or_questions(tmp_path, turns):
    deals = _deals(tmp_path, _interview(*turns))
    assert not any("Halvane Data" in sum(r.values(), []) for _, r, _ in deals), deals


def test_no_interviewee_outside_an_interview(tmp_path):
    body = ("Halvane Data builds data centres in southern Portugal and reports on Friday.\n\n"
            "Pelham Sovereign Fund invested $1.2 billion in April, its filing shows.")
    deals = _deals(tmp_path, body)
    assert not _has(deals, "Investment", {"investee": "Halvane Data"}), deals


def test_put_in_place_is_no_investment(tmp_path):
    deals = _deals(tmp_path, _interview((
        "What did the bank do?", "Dravo Bank has put in place some $300 million of revolving credit.")))
    assert not any(fam == "Investment" for fam, _, _ in deals), deals


_OTHER = ("Tell me about the market.",)


@pytest.mark.parametrize("answer", [
    # the deal's object is another, named or described one
    "Tavener Reserve Fund has invested $800 million in wind parks off Galicia.",
    "Dravo Bank lent $450 million to finance a battery factory.",
    "Tavener Reserve Fund invested $35 million in Tollo last spring.",
    "Dravo Bank lent $60 million to Pirrin, a bakery chain.",
    "Tavener Reserve Fund has put in $3 billion across six robotics firms.",
    "Myrtale Labs takes 90 megawatts from whoever is cheapest that month.",
    # another party said around the deal
    "Our competitor Ostova Cloud has signed an eight-year lease for the buildings near Porto.",
    "Quorvan Compute has leased both buildings for ten years, but that is with our neighbour.",
    # "the company" described on is another firm
    "Hexa Partners owns about a third of the company that supplies our pumps.",
    # a stake in a named other firm, then equity money
    "Hexa Partners acquired 25% of Ledro Motors in 2020. It invested another $80 million as equity.",
    "Tavener Reserve Fund took 15% of a chip designer in 2021. It invested a further $40 million in 2023.",
])
def test_answer_partner_not_for_other_objects(tmp_path, answer):
    deals = _deals(tmp_path, _interview((_OTHER[0], answer)))
    assert not any("Halvane Data" in sum(r.values(), []) for _, r, _ in deals), deals


def test_put_in_orders_is_no_investment(tmp_path):
    body = ("Halvane Data builds data centres in southern Portugal.\n\n"
            "Tessaro AI has put in $1.5 billion of orders with Murrow Systems this year, the filing says.")
    deals = _deals(tmp_path, body)
    assert not any(fam == "Investment" for fam, _, _ in deals), deals
