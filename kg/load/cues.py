"""What a sentence says *about* its claims: binding or not, denied, rumoured, hypothetical,
terminated, definitive, and who reported it (second-hand claims keep their reporter).

Cues apply to the frames of their sentence; bindingness and definitiveness also reach the
frames of other sentences between the same firms ("Nvidia's OpenAI pledge is only a letter of
intent"), and a denial of "this report" reaches the frames of the sentence before.
"""
from __future__ import annotations

from kg.load.entities import Entities
from kg.load.model import Frame
from kg.load.patterns import cue
from kg.load.sentences import Sentence

_STATUS_ORDER = ("denied", "rumoured", "hypothetical", "terminated")
_STATUS = {"denied": "Denied", "rumoured": "Rumoured", "hypothetical": "Hypothetical",
           "terminated": "Terminated"}


def sentence_status(text: str) -> str | None:
    """The status a sentence's cues give its claims, or None (announced)."""
    for name in _STATUS_ORDER:
        if cue(name).search(text):
            return _STATUS[name]
    return None


def reporter(s: Sentence, ents: Entities) -> str | None:
    """The publisher a sentence cites ("according to Bloomberg", 据《华尔街日报》), if any."""
    if not cue("reported").search(s.text):
        return None
    for m in ents.mentions:
        if m.kind == "publisher" and s.start <= m.start and m.end <= s.end:
            return m.iri
    return None


def apply_cues(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> None:
    """Set status, bindingness, definitiveness and reporter on every frame of an article."""
    by_sentence: dict[int, list[Frame]] = {}
    for f in frames:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    for s in sentences:
        own = by_sentence.get(s.index, [])
        status = sentence_status(s.text)
        who = reporter(s, ents)
        for f in own:
            if status:
                f.status = status
                f.confidence = min(f.confidence, 0.6)
            if who:
                f.reported_by = who
        if status == "Denied" and not own and _refers_back(s.text):
            for f in by_sentence.get(s.index - 1, []):
                f.status = "Denied"
        if cue("non_binding").search(s.text) and not cue("vague").search(s.text):
            _mark(frames, s, own, ents, by_sentence, binding=False)
        elif cue("definitive").search(s.text) and not cue("not_yet").search(s.text) \
                and not status:
            _mark(frames, s, own, ents, by_sentence, binding=True)


def _refers_back(text: str) -> bool:
    return any(w in text.lower() for w in ("这一说法", "该说法", "这一消息", "该消息", "传闻",
                                            "the report", "the claim", "the rumour", "reports"))


def _mark(frames: list[Frame], s: Sentence, own: list[Frame], ents: Entities,
          by_sentence: dict[int, list[Frame]], *, binding: bool) -> None:
    targets = list(own)
    firms = {m.iri for m in ents.mentions if m.kind == "firm" and s.start <= m.start < s.end}
    if len(firms) >= 2:
        targets += [f for f in frames if f not in targets and len(f.parties()) >= 2
                    and f.parties() <= firms]
    elif not own and cue("deal_anaphora").search(s.text):
        for offset in (-1, 1, -2):
            near = by_sentence.get(s.index + offset, [])
            if near:
                targets += near
                break
    for f in targets:
        if f.status in ("Denied", "Rumoured", "Hypothetical"):
            continue
        if binding:
            if f.binding is False:
                continue
            f.binding = True
            f.status = "Definitive"
        else:
            f.binding = False
            f.kinds.add("LetterOfIntent")
            if f.status == "Definitive":
                f.status = "Announced"
