"""Issue 10, eighteenth pass: a firmless sentence telling the status of the deal just told.
A sentence that names no firm and tells a bindingness cue about "it" in a contracted or spoken
form ("It's a definitive agreement", "That's a signed, binding contract", "This one is firm and
non-cancellable") or says how a document describes the deal ("the exhibit characterizes the
reservation as non-cancellable") refers back to the deal of the sentence before, as "It is a
definitive agreement" already did (``deal_anaphora`` in cues.yaml). A possessive "its" is no such
word; a sentence whose status is still to come ("they expect to sign"), conditional, or that
describes the deal with no bindingness cue changes nothing. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _bindings(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {tuple(sorted(ents.names.get(i, i) for i in f.parties())): f.binding
            for f in out.frames if f.family not in ("Loan", "Facility", "Financing", "Bond")}


@pytest.mark.parametrize("body, pair, binding", [
    ("Quarrington Labs agreed to rent 180 megawatts of accelerator capacity from Hollencrest "
     "Cloud over four years for $2.9 billion. It's a binding, take-or-pay arrangement, according "
     "to the filing.", ("Hollencrest Cloud", "Quarrington Labs"), True),
    ("Ambervale Robotics will buy 900 megawatts of inference chips from Pinnock Silicon through "
     "2029. That’s a signed, definitive agreement, a spokesperson said.",
     ("Ambervale Robotics", "Pinnock Silicon"), True),
    ("Corrow AI will pay Drayfield Compute $700 million for 60 megawatts of reserved GPU "
     "capacity. \"This one is firm and non-cancellable,\" the finance chief added.",
     ("Corrow AI", "Drayfield Compute"), True),
    ("An exhibit to the report shows that Wrexley Systems will take 410 megawatts of hosted GPU "
     "capacity from Gellerton Data for eight years. The exhibit characterizes the reservation as "
     "non-cancellable.", ("Gellerton Data", "Wrexley Systems"), True),
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
    ("Ambervale Robotics will buy 900 megawatts of inference chips from Pinnock Silicon through "
     "2029. It's a binding contract only if the regulator clears it.",
     ("Ambervale Robotics", "Pinnock Silicon")),
    # described, but with no bindingness word
    ("An exhibit to the report shows that Wrexley Systems will take 410 megawatts of hosted GPU "
     "capacity from Gellerton Data for eight years. Analysts describe the commitment as ambitious.",
     ("Gellerton Data", "Wrexley Systems")),
    ("Corrow AI will pay Drayfield Compute $700 million for 60 megawatts of reserved GPU "
     "capacity. \"That one is the largest we have,\" the finance chief added.",
     ("Corrow AI", "Drayfield Compute")),
    # a possessive "its" is no anaphor
    ("Fennimore AI would lease 75 megawatts of GPU servers from Castlebrook Cloud from next "
     "spring. Its binding agreements elsewhere run for longer.",
     ("Castlebrook Cloud", "Fennimore AI")),
])
def test_no_status_for_the_deal_before(tmp_path, body, pair):
    found = _bindings(tmp_path, body)
    assert found.get(pair) is None, found
