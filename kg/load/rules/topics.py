"""The firm a sentence is about when it names none: a deal role it names as a description ("Last
year the lessor's revenue climbed to $410m": the lessor of the latest deal), else the topic of
the sentence before."""
from __future__ import annotations

from kg.load.extraction import Frame
from kg.load.rules.role_anaphora import role_descriptions, role_referent
from kg.load.text.sentences import Sentence


def firmless_topic(s: Sentence, frames: list[Frame], previous_topic: str | None) -> str | None:
    """The topic of a sentence that names no firm."""
    for a, _, role in role_descriptions(s):
        iri = role_referent(frames, s, a, role)
        if iri is not None:
            return iri
    return previous_topic
