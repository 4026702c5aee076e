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


def possessor(slotted, s: Sentence, previous_firms: list[str]) -> str | None:
    """What "its" means in "X, its chief financial officer, told investors": the first firm the
    sentence names or describes ("The model developer's revenue …, Paul Arenas, its chief
    financial officer, said"), else the firm the sentence before named last ("…; Norvale denied
    it. \"…,\" said Priya Raman, its chief financial officer")."""
    for iris in slotted.slots:
        if len(iris) == 1:
            return iris[0]
    return previous_firms[-1] if previous_firms else None
