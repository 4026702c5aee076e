"""Re-check a candidate's polarity and bindingness with the loader's cue rules (kg.load.rules.cues).

A disagreement does not reject the fact: the caller lowers its confidence (``DISPUTED``) and
records it. Where the cue
rules find a denial, rumour or hypothetical the proposer did not claim, the cue's polarity is the
one written (a claim stays no stronger than its sentence).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.load.rules.cues import non_binding_spans, sentence_status
from kg.load.rules.patterns import cue

#: Confidence factor of a fact whose polarity, bindingness or bound the rules dispute.
DISPUTED = 0.6
_POLARITY = {"Denied": "denied", "Rumoured": "rumoured", "Hypothetical": "hypothetical"}
STATUS = {"asserted": "Announced", "denied": "Denied", "rumoured": "Rumoured",
          "hypothetical": "Hypothetical"}


@dataclass
class CueCheck:
    polarity: str
    binding: bool | None
    disagreements: list[str] = field(default_factory=list)


def cue_polarity(sentence: str) -> str:
    return _POLARITY.get(sentence_status(sentence) or "", "asserted")


def cue_binding(sentence: str) -> bool | None:
    if non_binding_spans(sentence):
        return False
    if cue("definitive").search(sentence):
        return True
    return None


def recheck(polarity: str, binding: bool | None, sentence: str) -> CueCheck:
    """The polarity and bindingness to write for a claim made in `sentence`."""
    said = cue_polarity(sentence)
    bound = cue_binding(sentence)
    out = CueCheck(polarity if said == "asserted" else said, binding if binding is not None else bound)
    if said != polarity:
        out.disagreements.append(f"polarity: proposed {polarity}, cue rules read {said}")
    if binding is not None and bound is not None and binding != bound:
        out.disagreements.append(f"binding: proposed {binding}, cue rules read {bound}")
    return out
