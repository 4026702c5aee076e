"""Issue 10, eighteenth pass: a firmless sentence telling the status of the deal just told.
A sentence that names no firm and tells the status of "it" on structure — a pronoun or
demonstrative subject ("it's", "that one was") with a copula, or a document that describes,
characterises or labels the deal "as" something — with the bindingness cue as that complement
("an executed, definitive contract", "signed and non-cancellable", "as binding and take-or-pay")
refers back to the deal of the sentence before, as "It is a definitive agreement" already did
(``status_anaphora`` in cues.yaml). Not when the clause asks, negates, hedges or leaves the signing
to come (``status_doubt``: "whether", "no longer", "in name only", "still need to sign"), when the
cue lies in another clause about another deal ("was binding, but this one is …"), when a third
party rather than a document does the describing, or with a possessive "its". Invented sentences
and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _bindings(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {tuple(sorted(ents.names.get(i, i) for i in f.parties())): f.binding
            for f in out.frames if f.family not in ("Loan", "Facility", "Financing", "Bond")}


_MARWICK = "Marwick AI will buy 450 megawatts of GPU capacity from Stonebury Cloud through 2031. "
_MARWICK_PAIR = ("Marwick AI", "Stonebury Cloud")


@pytest.mark.parametrize("body, pair, binding", [
    ("Quarrington Labs agreed to rent 180 megawatts of accelerator capacity from Hollencrest "
     "Cloud over four years for $2.9 billion. It's a binding, take-or-pay arrangement, according "
     "to the filing.", ("Hollencrest Cloud", "Quarrington Labs"), True),
    # a contraction with adjectives joined by a comma, the attribution first
    ("Ferrowick Robotics is to purchase 1,150 megawatts of inference servers from Yellowmere "
     "Silicon until 2032. According to one of its lawyers, it’s an executed, definitive contract.",
     ("Ferrowick Robotics", "Yellowmere Silicon"), True),
    # "that one" with adjectives joined by "and", told in reported speech
    ("For $840 million, Corvath AI has reserved 95 megawatts of GPU capacity from Pellham "
     "Compute. Asked about it, the treasurer replied that this one was signed and "
     "non-cancellable.", ("Corvath AI", "Pellham Compute"), True),
    # a document labelling the obligation, the deal told with the document last
    ("Over the next nine years Brisendale Analytics will lease 260 megawatts of GPU capacity "
     "from Quillmoor Data, the annual report shows. In an annex, the report labels the "
     "obligation as binding and take-or-pay.", ("Brisendale Analytics", "Quillmoor Data"), True),
    # a negated cue word inside the status is no doubt
    (_MARWICK + "It's a binding contract that can't be cancelled before 2029.", _MARWICK_PAIR, True),
    ("Fennimore AI would lease 75 megawatts of GPU servers from Castlebrook Cloud from next "
     "spring. It's only a memorandum of understanding for now.", ("Castlebrook Cloud", "Fennimore AI"), False),
])
def test_firmless_status_sentence_reaches_the_deal_before(tmp_path, body, pair, binding):
    found = _bindings(tmp_path, body)
    assert found.get(pair) is binding, found


@pytest.mark.parametrize("body, pair", [
    # the status still to come, or conditional
    ("Quarrington Labs agreed to rent 180 megawatts of accelerator capacity from Hollencrest "
     "Cloud over four years. That's the definitive agreement they expect to sign by March.",
     ("Hollencrest Cloud", "Quarrington Labs")),
    ("Ferrowick Robotics is to purchase 1,150 megawatts of inference servers from Yellowmere "
     "Silicon until 2032. It's a binding contract only if the regulator clears it.",
     ("Ferrowick Robotics", "Yellowmere Silicon")),
    (_MARWICK + "It's a definitive agreement the two still need to sign.", _MARWICK_PAIR),
    # asked, not told
    (_MARWICK + "Nobody at either company would say whether it's a binding contract.", _MARWICK_PAIR),
    # negated
    (_MARWICK + "The report never describes the obligation as take-or-pay.", _MARWICK_PAIR),
    (_MARWICK + "The prospectus no longer characterizes the reservation as non-cancellable.",
     _MARWICK_PAIR),
    # hedged, or a third party's word
    (_MARWICK + "Critics have characterized the reservation as binding in name only.", _MARWICK_PAIR),
    (_MARWICK + "The filing describes the obligation as binding only on paper.", _MARWICK_PAIR),
    # described, but with no bindingness word
    ("Over the next nine years Brisendale Analytics will lease 260 megawatts of GPU capacity "
     "from Quillmoor Data, the annual report shows. Analysts describe the commitment as ambitious.",
     ("Brisendale Analytics", "Quillmoor Data")),
    ("For $840 million, Corvath AI has reserved 95 megawatts of GPU capacity from Pellham "
     "Compute. \"That one is the largest we have,\" the treasurer added.",
     ("Corvath AI", "Pellham Compute")),
    # a possessive "its" is no anaphor
    ("Fennimore AI would lease 75 megawatts of GPU servers from Castlebrook Cloud from next "
     "spring. Its binding agreements elsewhere run for longer.",
     ("Castlebrook Cloud", "Fennimore AI")),
])
def test_no_status_for_the_deal_before(tmp_path, body, pair):
    found = _bindings(tmp_path, body)
    assert found.get(pair) is None, found


def test_a_cue_of_another_clause_is_no_status_of_this_one(tmp_path):
    """The cue lies in a clause about another deal; "this one is only a memorandum" is, if
    anything, no binding word."""
    found = _bindings(tmp_path, _MARWICK + "A previous contract between two rival labs was binding, "
                      "but this one is only a memorandum.")
    assert found.get(_MARWICK_PAIR) is not True, found
