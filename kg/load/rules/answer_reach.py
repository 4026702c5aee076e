"""An interview answer goes on about what its question asks: "Q: Who is lending you the money? /
A: X arranged it and is the largest lender", "Start with the loan. Who is in it? / X and Y arranged
it", "问：这笔贷款的基本情况？ / 答：……由X担任牵头安排行". The financing was told in the
introduction, several sentences before the answer (the question and a line about the interview
between), so the answer's lenders reach as far back as a sentence that names the loan back
(``financing_reach.NAMED``) when the question's paragraph names a financing or its lending
(``financing_question`` in lexicon/cues.yaml). Only the first ``_ANSWER_SENTENCES`` sentences after
the question count: a question ends its own reach."""
from __future__ import annotations

import re

from kg.load.rules.patterns import cue
from kg.load.text.sentences import Sentence

_ANSWER_SENTENCES = 4
_QUESTION_END = re.compile(r"[?？]\W*$")


def asks_of_financing(sentences: list[Sentence], s: Sentence) -> bool:
    """Is `s` among the first sentences answering a question whose paragraph names a financing?

    >>> from kg.load.text.sentences import Sentence as S
    >>> qa = [S(0, 0, 0, 1, "Who is lending you the money?"), S(1, 1, 0, 1, "A: X led it."),
    ...       S(2, 2, 0, 1, "What about the weather?"), S(3, 3, 0, 1, "X liked it.")]
    >>> asks_of_financing(qa, qa[1]), asks_of_financing(qa, qa[3]), asks_of_financing(qa, qa[0])
    (True, False, False)
    """
    i = s.index
    for back in range(1, _ANSWER_SENTENCES + 1):
        j = i - back
        if j < 0 or j >= len(sentences) or sentences[j].index != j:
            return False
        q = sentences[j]
        if _QUESTION_END.search(q.text):
            if q.paragraph not in (s.paragraph, s.paragraph - 1):
                return False
            asked = " ".join(x.text for x in sentences[:j + 1] if x.paragraph == q.paragraph)
            return bool(cue("financing_question").search(asked))
        if q.paragraph != s.paragraph:
            return False        # the answer's paragraph starts after no question
    return False
