"""Issue 10, eleventh pass: in an interview told as questions and answers, "we" and "us" in an
answer are the interviewee's firm (the firm the headline or lede names first), never in the lede
or a question; invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_LEDE = ("# Cardew's finance chief on paying for a gigawatt\n\n"
         "*Cardew Digital, a data-centre developer, opened its first campus this month. We spoke "
         "to its chief financial officer, Ines Rohde, about tenants and power.*\n\n")


def _interview(answer: str, question: str = "**Who is renting the halls?**") -> str:
    return (_LEDE + "**How was the year?**\n\nBusy. The campus is half built.\n\n"
            + question + "\n\n" + answer + "\n\n**Are we in a bubble?**\n\nAsk me in 2030.")


@pytest.mark.parametrize("answer", [
    "In March we signed a 15-year lease with Tamber Labs, an AI lab, for 900 megawatts.",
    "Our tenant is Tamber Labs, an AI lab, which has signed a 15-year lease with us for 900 megawatts.",
    "Honestly, Tamber Labs, an AI lab, signed a 15-year lease with us for 900 megawatts.",
])
def test_we_in_an_answer_is_the_interviewees_firm(tmp_path, answer):
    ents, out = run(tmp_path, _interview(answer))
    leases = [f for f in out.frames if f.family == "Lease"]
    assert len(leases) == 1, out.frames
    assert named_roles(ents, leases[0]) == {"lessor": ["Cardew Digital"], "lessee": ["Tamber Labs"]}
    assert float(leases[0].figures["capacityGW"].value) == 0.9


@pytest.mark.parametrize("answer", [
    "We sold the Cobb campus to Ferrant Partners for $1.9 billion and took it straight back on a "
    "15-year lease.",
    "Ferrant Partners bought the Cobb campus from us and leases it back to us for 15 years.",
    "We agreed a sale-leaseback of the Cobb campus with Ferrant Partners; the term is 15 years.",
])
def test_interviewees_sale_leaseback(tmp_path, answer):
    ents, out = run(tmp_path, _interview(answer, "**Why sell the campus?**"))
    leases = [f for f in out.frames if f.family == "Lease"]
    assert len(leases) == 1, out.frames
    assert named_roles(ents, leases[0]) == {"lessor": ["Ferrant Partners"], "lessee": ["Cardew Digital"]}


@pytest.mark.parametrize("answer", [
    "Right now we have a 1.3-gigawatt memorandum of understanding with Tollway Power.",
    "Last month we and Tollway Power signed a memorandum of understanding covering 1.3 gigawatts.",
    "We hold a letter of intent with Tollway Power for 1.3 GW, nothing binding yet.",
])
def test_interviewees_power_memorandum_is_a_power_supply(tmp_path, answer):
    ents, out = run(tmp_path, _interview(answer, "**What about power?**"))
    deals = [f for f in out.frames if f.parties()]
    assert len(deals) == 1, out.frames
    assert deals[0].family == "Supply"
    assert named_roles(ents, deals[0]) == {"supplier": ["Tollway Power"], "buyer": ["Cardew Digital"]}


def test_we_outside_an_interview_is_no_firm(tmp_path):
    body = ("Cardew Digital, a data-centre developer, said on Monday that Tamber Labs had expanded "
            "its campus lease. \"We signed a 15-year lease with Brisk Micro for 900 megawatts,\" "
            "a Tamber Labs spokesperson said of an earlier deal.")
    ents, out = run(tmp_path, body)
    assert not [f for f in out.frames if "Cardew Digital" in named_roles(ents, f).get("lessor", [])]


def test_we_in_the_lede_and_questions_is_the_outlet(tmp_path):
    body = _LEDE + ("**Did we hear right that Tamber Labs signed a 15-year lease with you?**\n\n"
                    "No comment.\n\n**Are we in a bubble?**\n\nNo.")
    ents, out = run(tmp_path, body)
    assert not out.frames


@pytest.mark.parametrize("answer", [
    "That part is done. Velmar Systems, the chipmaker, has bought $3 billion of our shares.",
    "Velmar Systems, a chipmaker, agreed to buy $3 billion of our common stock, and the money is in.",
    "The chipmaker Velmar Systems purchased $3bn of our shares in October.",
])
def test_our_shares_bought_are_a_stake_in_the_interviewees_firm(tmp_path, answer):
    ents, out = run(tmp_path, _interview(answer, "**And the investment?**"))
    stakes = [f for f in out.frames if f.family == "Stake"]
    assert len(stakes) == 1, out.frames
    assert named_roles(ents, stakes[0]) == {"investor": ["Velmar Systems"], "investee": ["Cardew Digital"]}
