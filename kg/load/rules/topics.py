"""The firm a sentence is about when it names none: a deal role it names as a description ("Last
year the lessor's revenue climbed to $410m": the lessor of the latest deal); "the company" (also
"the privately held company", "the group") means the firm the article is about — the one named
most often — when the sentence before named it, not whichever firm that sentence opened with;
else the topic of the sentence before."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.role_anaphora import role_descriptions, role_referent
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _the_company() -> re.Pattern:
    """"the company", "the privately held company", "the group": the firm the article is about
    (the nouns of `company_anaphora` in lexicon/core.yaml, up to two words before them)."""
    nouns = "|".join(map(re.escape, lexicon()["company_anaphora"]["nouns"]))
    return re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b(?!\s+(?:of|that|which))", re.I)


def article_subject(ents: Entities) -> str | None:
    """The firm named most often in the article (ties: the one named first)."""
    counts = Counter(m.iri for m in ents.mentions if m.kind == "firm")
    first: dict[str, int] = {}
    for m in ents.mentions:
        first.setdefault(m.iri, m.start)
    return max(counts, key=lambda iri: (counts[iri], -first[iri]), default=None)


def firmless_topic(s: Sentence, frames: list[Frame], previous_topic: str | None,
                   subject: str | None = None, previous_firms: list[str] = ()) -> str | None:
    """The topic of a sentence that names no firm. "the company" is the article's subject when
    the sentence before named it too ("Tollund has signed only a letter, which Calloway leaves
    out of its backlog. … expected the privately held company to post revenue of $1.3bn":
    Calloway), else the firm the sentence before was about ("Lumora is growing quickly. Its CEO
    said the company had passed 9 million users")."""
    for a, _, role in role_descriptions(s):
        iri = role_referent(frames, s, a, role)
        if iri is not None:
            return iri
    if subject in previous_firms and _the_company().search(s.text):
        return subject
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
