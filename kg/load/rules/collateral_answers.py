"""What secures a financing told as the answer to a question about it ("**What backs the
facility?** / The land under the campus, and our lease with X", "问：抵押物有哪些？ / 答：一是我们和X的
算力合同…", "The collateral? Its X contract."). The question carries the cue and the answer none:
the answer's sentences (the rest of the question's paragraph, else the paragraph right after it,
up to the next question and at most ``_ANSWER_SENTENCES`` sentences) tell what secures the
financing too. Only a question that asks *what* secures it counts ("Is the loan secured?", "有抵押
吗？", "What about cyber security?" make no answer one), and an answer that opens by saying nothing
does ("Nothing; it is unsecured.", "没有，是信用贷款。") names no security. Words:
``collateral_question`` and ``collateral_answer_none`` in lexicon/cues.yaml."""
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
        answer = []
        for s in sentences[i + 1:i + 1 + _ANSWER_SENTENCES]:
            if s.paragraph != paragraph or _QUESTION_END.search(s.text):
                break
            answer.append(s.index)
        if answer and not cue("collateral_answer_none").search(sentences[i + 1].text):
            out.update(answer)
    return out
