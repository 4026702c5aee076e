"""What secures a financing told as the answer to a question about it ("**What secures it?** / Two
things. The land …, and our lease with X", "问：具体用什么做担保？ / 答：第一是我们与X签的算力合同…",
"The collateral? The X contract."). The question carries the cue and the answer none: the answer's
sentences (the rest of the question's paragraph, else the paragraph right after it, up to the next
question and at most ``_ANSWER_SENTENCES`` sentences) tell what secures the financing too. A
question that names no security ("Why private credit?") makes no answer one. Words:
``collateral_question`` in lexicon/cues.yaml."""
from __future__ import annotations

import re

from kg.load.rules.patterns import cue
from kg.load.text.sentences import Sentence

_ANSWER_SENTENCES = 4
_QUESTION_END = re.compile(r"[?？]\W*$")


def _asks_security(s: Sentence) -> bool:
    """Is `s` a question about what secures a financing?"""
    return bool(_QUESTION_END.search(s.text)) and bool(cue("collateral_question").search(s.text))


def security_answers(sentences: list[Sentence]) -> set[int]:
    """The indexes of the sentences that answer a question about security (module docstring)."""
    out: set[int] = set()
    for i, q in enumerate(sentences):
        if "?" not in q.text and "？" not in q.text or not _asks_security(q):
            continue
        same = i + 1 < len(sentences) and sentences[i + 1].paragraph == q.paragraph
        paragraph = q.paragraph if same else q.paragraph + 1
        for s in sentences[i + 1:i + 1 + _ANSWER_SENTENCES]:
            if s.paragraph != paragraph or _QUESTION_END.search(s.text):
                break
            out.add(s.index)
    return out
