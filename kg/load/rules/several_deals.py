"""Several deals told at once (issue 10, twenty-fourth pass): a plural deal noun with a list of
counterparties ("X has signed capacity deals with A, B and C", "cloud contracts with A and B",
"agreements with A and other chipmakers") recaps one deal per firm, told elsewhere or not at
all, with no terms of its own. The loader would read one deal with all the firms on one side (or
the list's first firm with the sentence's other figures); the frames whose match holds such a
phrase are dropped (``several_deals_with`` in cues.yaml). A deal told with one firm ("a capacity
deal with A"; "deals with A" too), and a list whose firms each carry their own figure ("contracts
with A ($3bn), B ($2bn) and C ($1bn)") stay."""
from __future__ import annotations

from kg.load.extraction import Frame
from kg.load.rules.cues import masked
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import cue
from kg.load.text.sentences import Sentence


def without_several_deals(frames: list[Frame], s: Sentence, ents: Entities) -> list[Frame]:
    """`frames` of sentence `s` but those whose match holds a plural deal noun with a list of
    counterparties (module docstring)."""
    if not frames or " with " not in s.text:
        return frames
    text = masked(s, ents)
    found = [(m.start(), m.end()) for m in cue("several_deals_with").finditer(text)]
    if not found:
        return frames
    # the listed firms: a frame none of whose parties the list names tells another deal, the list
    # an aside on a party ("X, which has agreements with A and B, invested $N in Y"; review fix)
    listed = [{m.iri for m in ents.mentions if m.kind == "firm"
               and s.start + a <= m.start < s.start + b} for a, b in found]
    return [f for f in frames if not any(f.span[0] <= a < f.span[1] and (not firms or firms & f.parties())
                                         for (a, _), firms in zip(found, listed))]
