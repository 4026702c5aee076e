"""Issue 10, twenty-first pass: a dateline ("DENVER, Sept 14 - …") is never a firm, nor part of one.

- A line that opens with a dateline (a place in capitals, a month and a day) starts a paragraph of
  its own (``read._dateline``), so a headline with no full stop right above it no longer runs into
  the body's first sentence: the headline's last firm does not swallow the place ("Harnwick Cloud
  DENVER"), and the month after the comma is no listed deal party ("…, Sept").
- A role word closing one paragraph ("… of the chipmaker") names no firm that opens the next
  (``role_before_en`` and ``employer_en`` in ``entities.rules`` take spaces only, no line break):
  the place of the dateline below is no chipmaker.
- Left alone: a role word and a name on one line ("the chipmaker Orsolan Devices"), a capitalised
  line with no month and day ("KEY FACTS"), a date in the middle of a line.
Invented sentences and firms.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _firms(ents):
    return {ents.names[m.iri] for m in ents.mentions if m.kind == "firm"}


def _deals(ents, out):
    return [(f.family, named_roles(ents, f)) for f in out.frames]


def test_headline_line_above_a_dateline(tmp_path):
    ents, out = run(tmp_path, "Brindlecote AI books hosting deal with Harnwick Cloud\n"
                    "DENVER, Sept 14 - Brindlecote AI will pay $4.6 billion over six years for "
                    "capacity from Harnwick Cloud, the two companies said on Thursday.")
    firms = _firms(ents)
    assert "Sept" not in firms and not any("DENVER" in f for f in firms), firms
    assert ("Cloud", {"customer": ["Brindlecote AI"], "provider": ["Harnwick Cloud"]}) \
        in _deals(ents, out), _deals(ents, out)


def test_role_word_closing_the_headline(tmp_path):
    ents, out = run(tmp_path, "Kelvary Labs to take 3 gigawatts of accelerators from the chipmaker\n\n"
                    "SAN DIEGO, Feb 9 (Wire) - Orsolan Semiconductor said Kelvary Labs would deploy "
                    "3 gigawatts of its Tarrow accelerators from 2027.")
    firms = _firms(ents)
    assert not any("SAN DIEGO" in f for f in firms), firms
    assert ("Compute", {"buyer": ["Kelvary Labs"], "supplier": ["Orsolan Semiconductor"]}) \
        in _deals(ents, out), _deals(ents, out)


def test_role_word_and_name_on_one_line(tmp_path):
    ents, _ = run(tmp_path, "Kelvary Labs said on Friday it had placed an order with the chipmaker "
                  "Orsolan Devices for 40,000 accelerators.")
    assert "Orsolan Devices" in _firms(ents), _firms(ents)


def test_capitals_without_a_date_stay_in_the_paragraph(tmp_path):
    ents, _ = run(tmp_path, "Kelvary Labs signs with Quelmar Cloud\nKEY FACTS follow below.\n\n"
                  "Kelvary Labs agreed a $700 million contract with Quelmar Cloud.")
    firms = _firms(ents)
    assert "Quelmar Cloud" in firms and "KEY FACTS" not in firms, firms


def test_date_inside_a_line_is_untouched(tmp_path):
    ents, out = run(tmp_path, "Tarrowind AI agreed on Oct 2 to buy $900 million of capacity from "
                    "Quelmar Cloud over three years.")
    assert ("Cloud", {"customer": ["Tarrowind AI"], "provider": ["Quelmar Cloud"]}) \
        in _deals(ents, out), _deals(ents, out)


@pytest.mark.parametrize("body", [
    "Brindlecote AI said in a filing with the\nSEC, May 12, that it had agreed to pay Harnwick "
    "Cloud $4.6 billion over six years for capacity.",
    "Brindlecote AI, whose chief executive visited the\nUK, June 3, agreed to pay Harnwick Cloud "
    "$4.6 billion over six years for capacity.",
])
def test_pin_a_hard_wrap_on_an_acronym_and_a_date_is_no_dateline(tmp_path, body):
    """Twenty-first pass, after review: a dateline needs its dash ("BOSTON, Nov 3 (Wire) - …");
    a wrapped line opening on an acronym and a date keeps its sentence whole."""
    ents, out = run(tmp_path, body)
    assert ("Cloud", {"customer": ["Brindlecote AI"], "provider": ["Harnwick Cloud"]}) \
        in _deals(ents, out), _deals(ents, out)
