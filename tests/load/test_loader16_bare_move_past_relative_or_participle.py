"""Issue 10, sixteenth pass: a firm's share move told without a share word, past what market copy
puts between the firm and its move: a relative clause set off by commas ("X, which builds racks
for GPU halls, rose 4%"), a reflexive ("X itself edged up"), a verb of small moves (edged, inched,
ticked, crept), and a participle after a clause the firm opens ("X bucked the trend, rising 2%";
`move_bare`, `move_bare_apposition` in cues.yaml). Not a participle after a firm that was a
preposition's object, nor across an amount, nor a participle of a cut in staff, guidance, costs or
prices (`move_participle_other`). Invented sentences and firms."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import run


def _moves(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {(ents.names.get(m.firm, m.firm), m.percent) for m in out.moves}


@pytest.mark.parametrize("body, firm, percent", [
    # a relative clause between the firm and the verb
    ("Stellan Networks, which builds optical switches for AI clusters, rose 4.4% by the close.",
     "Stellan Networks", "4.4"),
    ("Among laggards, Marrowby Cloud, which leases GPUs to start-ups in Nevada, slid 3.3% on Friday.",
     "Marrowby Cloud", "-3.3"),
    # a participle after a clause the firm opens
    ("Stellan Networks bucked the trend, climbing 2.6% after an upgrade from a broker.",
     "Stellan Networks", "2.6"),
    ("Orsin Photonics shrugged off the selloff, advancing 3.9% by midday.",
     "Orsin Photonics", "3.9"),
    ("Orsin Photonics lagged its peers, sinking 2.2% into the close.", "Orsin Photonics", "-2.2"),
    # a reflexive and a verb of small moves
    ("Brokers turned cautious on the group, yet Orsin Photonics itself closed down 1.7% after the "
     "bell.", "Orsin Photonics", "-1.7"),
    ("Stellan Networks ticked down 0.4% in a quiet session.", "Stellan Networks", "-0.4"),
])
def test_bare_move_past_relative_or_participle(tmp_path, body, firm, percent):
    assert (firm, Decimal(percent)) in _moves(tmp_path, body)


@pytest.mark.parametrize("body", [
    # the firm before the participle is a preposition's object, not the clause's subject
    "Marrowby Cloud won an order from Stellan Networks last week, surging 9%.",
    # an amount between: the participle is no move of the firm
    "Marrowby Cloud said Stellan Networks would pay it $2 billion, rising 5% a year.",
])
def test_no_move_for_a_participle_after_an_object(tmp_path, body):
    assert not any(f == "Stellan Networks" for f, _ in _moves(tmp_path, body))


@pytest.mark.parametrize("body", [
    # a cut in staff: the participle's object is the staff, no share move
    "Harnett Compute cut its workforce this year, shedding 8% of its staff.",
    # a cut in guidance told against the earlier figure
    "Harnett Compute trimmed its guidance, dropping 3% from the figure it gave in May.",
    # prices lowered, the participle's object a pronoun for them
    "Harnett Compute lowered rental rates for older GPUs, dropping them 5% across the board.",
    # costs
    "Harnett Compute reworked its cost base, shedding 6% of expenses.",
    # spending
    "Harnett Compute slashed capital spending, falling 12% short of plan.",
    # "more" + a noun after the percentage: a gain in something else
    "Harnett Compute renegotiated the lease, gaining 7% more floor space.",
])
def test_no_move_for_a_participle_of_a_cut(tmp_path, body):
    assert not _moves(tmp_path, body)
