"""Interviews told as questions and answers: "we", "us" and "our" in an answer are the
interviewee's firm ("**Who uses the campus?** … In March we signed a 15-year lease with X"): the
firm the article names first, in its headline or lede (a tenant may be named more often). An
article is an interview when at least two of its paragraphs are questions
alone (a short paragraph ending with a question mark, bold or not); an answer is a paragraph after
the first question that is no question itself. The lede before the first question ("We spoke to
its chief financial officer") is the outlet's voice, and so is each question ("Are we in a
bubble?"): neither is read, but for a question opening with "You" and a deal verb in the past
("**You struck a hosting deal with X last spring; why then?**"): that "You" is the interviewee's
firm too (``interview.second_person``, ``second_person_past``: a closed list of deal verbs). A Chinese interview is told in turns opened by their speaker
("记者：…" asks, "方晓蕾：…" answers; 我们 in an answer is the firm). Words are in
``lexicon/core.yaml`` (``interview``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from kg.load.rules.entities import Entities
from kg.load.vocab import lexicon

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_MARKUP = " \t*_#>"
_QUESTION_CHARS = 300


@dataclass(frozen=True)
class Answers:
    """The answer paragraphs of an interview (character spans of the article text) and the firm
    its "we" means."""
    spans: tuple[tuple[int, int], ...]
    firm: str
    questions: tuple[tuple[int, int], ...] = ()    # the question paragraphs (turns), in order

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right([a for a, _ in self.spans], start) - 1
        return i >= 0 and end <= self.spans[i][1]

    def asks(self, start: int, end: int) -> bool:
        """Whether [start, end) lies in a question."""
        i = bisect_right([a for a, _ in self.questions], start) - 1
        return i >= 0 and end <= self.questions[i][1]


@lru_cache(maxsize=1)
def second_person() -> re.Pattern:
    """'You' opening a question's sentence, a deal verb in the past after it ("You signed …",
    "You have closed …", "You sold …"; ``interview.second_person`` and ``second_person_past`` in
    core.yaml, a closed list): the interviewee's firm."""
    cfg = lexicon()["interview"]
    words = "|".join(re.escape(w) for w in cfg["second_person"])
    past = "|".join(re.escape(w) for w in cfg["second_person_past"])
    return re.compile(rf"^[\s*_>]*(?:{words})(?= +(?:(?:have|had) +)?(?:{past})\b)")


@lru_cache(maxsize=1)
def first_person() -> re.Pattern:
    """'we', 'us', 'our' as whole words, 我们 anywhere (``interview.first_person``,
    ``first_person_zh`` in core.yaml)."""
    cfg = lexicon()["interview"]
    words = "|".join(re.escape(w) for w in cfg["first_person"])
    zh = "|".join(re.escape(w) for w in cfg.get("first_person_zh") or ())
    return re.compile(rf"\b(?:{words})\b" + (f"|{zh}" if zh else ""), re.I)


def _is_question(paragraph: str) -> bool:
    body = paragraph.strip(_MARKUP)
    return body.endswith(("?", "？")) and len(body) <= _QUESTION_CHARS


#: A Chinese turn: its speaker and a colon open a line or follow the end of the turn before
#: (a reader may join the lines of a paragraph).
_ZH_TURN = re.compile(r"(?:^|(?<=[。？！?!”」\n]))[ \t*_>]*(?P<speaker>[\u4e00-\u9fff]{1,8}|[QA])"
                      r"(?:\*\*|__)?[：:]", re.M)     # a bold label may close before its colon


def _person(who: str) -> bool:
    """Is a turn's speaker a person's name: two or three characters, a common surname first?"""
    return 2 <= len(who) <= 3 and who[0] in (lexicon().get("zh_surnames") or "")


def person_speaker(sentence: str) -> tuple[int, int] | None:
    """The span of the person's name that opens `sentence` as its speaker ("蒋若溪：与X的借款合同
    已经正式签署"), if any: a name, never a cue word (若 in 蒋若溪 asks nothing).

    >>> person_speaker("蒋若溪：合同已签署。"), person_speaker("**方晓蕾**：是的。"), person_speaker("记者：何时签？")
    ((0, 3), (2, 5), None)
    """
    m = _ZH_TURN.match(sentence)
    if m is None or not _person(m.group("speaker")):
        return None
    return m.span("speaker")


def _zh_turns(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_question) of each turn of a Chinese interview opened by its speaker."""
    cfg = lexicon()["interview"]
    answers = frozenset(cfg.get("answer_labels_zh") or ())
    title_end = text.find("\n")    # the headline is no turn ("对话X某某：“我们…”")
    found = [m for m in _ZH_TURN.finditer(text) if title_end < 0 or m.start() > title_end]
    person = _person
    found = _speaker_turns(text, found, person, answers)
    spans = []
    for m, after in zip(found, [*found[1:], None]):
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        if after is not None:
            end = min(end, after.start())
        spans.append((m, end))
    replies = _replying_speakers(text, spans)
    return [(m.start(), end, not (person(m.group("speaker")) or m.group("speaker") in answers
                                  or m.group("speaker") in replies)) for m, end in spans]


def _replying_speakers(text: str, spans: list[tuple[re.Match, int]]) -> frozenset[str]:
    """Speakers who answer though their label is neither a known surname's name nor an answer
    label ("祁某某：…" with a surname the list lacks): a speaker who opens at least
    ``min_questions`` turns, none of them ending with a question mark, while another speaker's
    turns do (the asker's). An asker's label (记者, 问, ``zh_interview_askers``) never answers."""
    askers = frozenset(lexicon().get("zh_interview_askers") or ())
    asks: dict[str, list[bool]] = {}
    for m, end in spans:
        body = text[m.end():end].strip(_MARKUP + "　")
        asks.setdefault(m.group("speaker"), []).append(body.endswith(("?", "？")))
    if not any(any(v) for v in asks.values()):
        return frozenset()
    least = lexicon()["interview"]["min_questions"]
    return frozenset(who for who, v in asks.items() if who not in askers and len(v) >= least
                     and not any(v))


def _opens_line(text: str, m: re.Match) -> bool:
    return m.start() == 0 or text[m.start() - 1] == "\n"


def _speaker_turns(text: str, found: list[re.Match], person, answers: frozenset) -> list[re.Match]:
    """The turns of `found` that a speaker opens: a colon inside a turn ("我们的考虑是：第一…",
    "风险主要在两处：") opens none. A turn that starts inside a line (a reader may join a question and
    its answer) counts when its speaker is a person, an answer label, an asker's label, or a
    speaker who opens a turn at the start of a line elsewhere in the article."""
    askers = frozenset(lexicon().get("zh_interview_askers") or ())
    at_line = {m.group("speaker") for m in found if _opens_line(text, m)}
    return [m for m in found if _opens_line(text, m) or person(m.group("speaker"))
            or m.group("speaker") in answers or m.group("speaker") in askers
            or m.group("speaker") in at_line]


def interview_answers(text: str, ents: Entities, language: str = "en") -> Answers | None:
    """The answers of `text` when it is an interview (see the module docstring)."""
    if language == "zh":
        paragraphs = _zh_turns(text)
        if sum(1 for _, _, q in paragraphs if not q) < lexicon()["interview"]["min_questions"]:
            return None
    else:
        paragraphs = [(m.start(), m.end(), _is_question(m.group()))
                      for m in _PARAGRAPH.finditer(text)]
    questions = [a for a, _, q in paragraphs if q]
    if len(questions) < lexicon()["interview"]["min_questions"]:
        return None
    firm = min(((m.start, m.iri) for m in ents.mentions if m.kind == "firm"
                and m.start < questions[0]), default=(0, None))[1]
    if firm is None:
        return None
    spans = tuple((a, b) for a, b, q in paragraphs if a > questions[0] and not q)
    asked = tuple((a, b) for a, b, q in paragraphs if q)
    return Answers(spans, firm, asked) if spans else None
