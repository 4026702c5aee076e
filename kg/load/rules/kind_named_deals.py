"""A deal named by one of its firms and its kind in a sentence about bindingness ("The X chip
purchase is only a letter of intent", "The Y hosting contract, by contrast, is binding"): the deal of that firm whose family the kind words name, wherever the article tells it
(a long op-ed tells the deal ten paragraphs before; a pledged contract may be read only in a later
sentence). Words: ``kind_named_deal`` in lexicon/cues.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_NOT_FACT = ("Denied", "Rumoured", "Hypothetical")


@lru_cache(maxsize=1)
def _rules():
    spec = lexicon()["kind_named_deal"]
    phrase = re.compile(spec["phrase"])
    families = tuple((family, re.compile(words, re.I)) for family, words in spec["families"].items())
    return phrase, families


def kind_named_deal(frames: list[Frame], s: Sentence, ents: Entities) -> list[Frame]:
    """The deal(s) the sentence names by a firm and kind words: of the firm's deals of those
    families, the one(s) told last before the sentence that no cue qualified yet, else the first
    told after it; none when the phrase names no family or no firm's deal fits."""
    phrase, families = _rules()
    m = phrase.search(s.text)
    if m is None:
        return []
    wanted = {family for family, words in families if words.search(m.group("kind"))}
    if not wanted:
        return []
    name = m.group("firm")
    fit = [f for f in frames if f.family in wanted and f.status not in _NOT_FACT
           and f.binding is None and _names_party(name, f, ents)]
    before = [f for f in fit if f.sentence.index < s.index]
    if before:
        last = max(f.sentence.index for f in before)
        return [f for f in before if f.sentence.index == last]
    after = [f for f in fit if f.sentence.index > s.index]
    if after:
        first = min(f.sentence.index for f in after)
        return [f for f in after if f.sentence.index == first]
    return []


def _names_party(name: str, f: Frame, ents: Entities) -> bool:
    return any(ents.names.get(i, "").split(" ")[0] == name or ents.names.get(i, "") == name
               for i in f.parties())
