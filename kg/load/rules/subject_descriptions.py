"""A typed description as the subject of a later clause of its sentence, or as the possessor of
its sentence's own subject: "Y downgraded X on Monday, arguing that the cloud operator's margins
…", "X shares fell after the chipmaker cut its forecast", "X reported …, but a wider loss sent the
GPU cloud operator's shares down". The description means the nearest firm named before it in its
sentence, which it types, when that firm is an unseen one not yet typed otherwise.

Left alone (slots.py reads them as before): a description that is a clause's object ("signed
with the cloud provider", "supply the chipmaker"), a description in the clause a firm tells ("X
said the chipmaker …": it is about another firm), a possessive that does not belong to its
sentence's only firm, a firm the text types otherwise or one the gazetteer knows.
Words: ``subject_descriptions_en`` in lexicon/core.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.entities import Entities, Mention
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = lexicon()["subject_descriptions_en"]
    # the description's clause opens right before it ("…, arguing that the", "… after the")
    opener = re.compile(rf"\b(?:{'|'.join(spec['clause_openers'])})\s+(?:the|this)\s+(?:[\w-]+\s+)?$",
                        re.I)
    # the description is its clause's subject: a verb right after it
    verb = re.compile(rf"\s+(?:(?:{'|'.join(spec['verbs'])})\b|[a-z]+ed\b)")
    teller = re.compile(lexicon()["company_anaphora"]["teller_en"], re.I)
    return opener, verb, teller


_DETERMINER = re.compile(r"(?:the|this)\s+(?:[\w-]+\s+)?")
_POSSESSIVE = re.compile(r"(?:'s|’s)\s")
#: What may stand before a sentence's subject: nothing, or an opening phrase closed by a comma
_SENTENCE_OPENING = re.compile(r"\s*(?:[A-Z][^,\n.;:\"“]{0,40},\s+)?")


def subject_description(ents: Entities, s_start: int, text: str, a: int, b: int) -> Mention | None:
    """The firm the typed description whose head is text[a:b] (sentence offsets) means when it
    is a later clause's subject or the possessor of the subject of its sentence's only firm."""
    if not (_POSSESSIVE.match(text, b) or " " in text[b:b + 1]):
        return None
    before = [m for m in ents.mentions if m.kind == "firm" and s_start <= m.start
              and m.end <= s_start + a]
    if not before:
        return None
    nearest = before[-1]
    if nearest.known or ents.types.get(nearest.iri) or ents.reference_types.get(nearest.iri):
        return None
    opener, verb, teller = _patterns()
    told = teller.match(text, nearest.end - s_start)
    if told and _DETERMINER.fullmatch(text, told.end(), a):
        return None         # "X said the chipmaker …": a clause X tells is about another firm
    if opener.search(text, max(0, a - 60), a) and (_POSSESSIVE.match(text, b) or verb.match(text, b)):
        return nearest      # "…, arguing that the cloud operator's", "… after the chipmaker cut"
    if {m.iri for m in before} == {nearest.iri} and _POSSESSIVE.match(text, b) \
            and _SENTENCE_OPENING.fullmatch(text, 0, before[0].start - s_start):
        return nearest      # "X reported …, but a wider loss sent the cloud operator's shares"
    return None
