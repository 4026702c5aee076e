"""Issue 10, twenty-first pass: "You" opening an interview's question is the interviewee's firm.

An interview (rules/interviews.py) reads "we" in an answer as the firm its headline or lede names
first; a question was never read. A question whose sentence opens with "You" and a verb in the
past from a closed list of deal verbs ("You struck …", "You have signed …";
``interview.second_person`` and ``second_person_past`` in core.yaml) tells a deal of that firm,
so "You" there is the firm too (``interviews.second_person``, ``Answers.asks``).
Left alone: "you" anywhere else in a question ("Did you sign …?"), "You" before a verb that is no
past ("You say X signed … with Y?": the deal is X's and Y's), "You" outside an interview.
Invented sentences and firms.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _interview(question: str) -> str:
    return ("# Kelvary Labs' finance chief on chips and clouds\n\n"
            "Kelvary Labs, a model developer, has grown fast. We spoke to its finance chief, "
            "Oren Maddick.\n\n"
            f"**{question}**\n\n"
            "They had what we needed, when we needed it.\n\n"
            "**Is the price fixed?**\n\n"
            "Mostly. We pay for the capacity whether we use it or not.")


def _deals(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(f.family, named_roles(ents, f), {k: float(v.value) for k, v in f.figures.items()})
            for f in out.frames]


def test_you_agreed_a_contract(tmp_path):
    found = _deals(tmp_path, _interview("You have agreed a four-year, $2.7 billion hosting "
                                        "contract with Quelmar Cloud, your second this year - "
                                        "was price the reason?"))
    assert ("Cloud", {"customer": ["Kelvary Labs"], "provider": ["Quelmar Cloud"]},
            {"amountUSD": 2.7e9, "termYears": 4.0}) in found, found


def test_you_struck_a_supply_agreement(tmp_path):
    found = _deals(tmp_path, _interview("You struck a supply agreement with Orsolan Semiconductor "
                                        "for 300 megawatts of accelerators. How firm is it?"))
    assert any(family == "Compute" and roles == {"buyer": ["Kelvary Labs"],
                                                 "supplier": ["Orsolan Semiconductor"]}
               for family, roles, _ in found), found


def test_you_inside_a_question(tmp_path):
    assert _deals(tmp_path, _interview("Did you sign a contract with Quelmar Cloud?")) == []


def test_you_before_a_present_verb(tmp_path):
    found = _deals(tmp_path, _interview("You say Quelmar Cloud signed a $2 billion contract with "
                                        "Harnwick AI. Is that right?"))
    assert not any("Kelvary Labs" in sum(roles.values(), []) for _, roles, _ in found), found


def test_you_outside_an_interview(tmp_path):
    assert _deals(tmp_path, "You signed a $3 billion contract with Quelmar Cloud, a reader tells "
                  "Kelvary Labs. Is that wise?") == []


@pytest.mark.parametrize("question", [
    "You turned down a $2 billion hosting contract with Vantor Cloud in March. Why?",
    "You wanted a $2 billion hosting contract with Vantor Cloud. What went wrong?",
    "You considered a $2 billion hosting contract with Vantor Cloud. Why not sign?",
    "You used to rent GPUs from Vantor Cloud under a $2 billion contract. Why stop?",
])
def test_you_before_a_verb_that_tells_no_deal(tmp_path, question):
    """Review probes (twenty-second pass): only a deal verb makes "You" the interviewee's firm."""
    found = _deals(tmp_path, _interview(question))
    assert not any("Kelvary Labs" in sum(roles.values(), []) for _, roles, _ in found), found
