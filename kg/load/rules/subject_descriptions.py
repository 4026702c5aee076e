"""A typed description as the subject of a later clause of its sentence, or as the possessor of
its sentence's own subject, when the firm it means is plain from the sentence's structure:

- the clause opens with a subordinator or a coordinator ("X shares fell after the chipmaker cut
  its forecast", "Investors sold X, because the cloud operator had warned …") and X is the only
  firm named before it, in its sentence and the two before;
- the clause is what the sentence's subject argues about its direct object ("Y downgraded X on
  Monday, arguing that the cloud operator's margins …"): X, when the sentence opens with Y and
  one verb stands between Y and X, and no other untyped firm was named in the two sentences
  before;
- the description owns the subject of a later clause of a sentence opening with its only firm
  ("X reported …, but a wider loss sent the GPU cloud operator's shares down"), no other untyped
  firm named in the two sentences before.

The firm, an unseen one not yet typed otherwise, takes the description's type. Left alone
(slots.py reads them as before): a description that is a clause's object ("signed with the cloud
provider"), one in the clause a firm tells ("X said the chipmaker …": it is about another firm),
a subordinate clause after a sentence naming two firms or more ("X signed with Y after the
chipmaker cut …": either, or a third), a firm that is not the verb's direct object ("Y cut its
rating on X, arguing that …"), a firm typed otherwise or one the gazetteer knows.
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
    # the description's clause opens right before it ("… after the", "…, because the")
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
#: a participle clause of the sentence's subject right before the description ("…, arguing
#: that the", "…, saying the GPU")
_ARGUED = re.compile(r",\s+[a-z]+ing\s+(?:that\s+)?(?:the|this)\s+(?:[\w-]+\s+)?$")
#: one verb (an adverb may come first) between a subject and its direct object ("Y downgraded X")
_ONE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+")


def _untyped(ents: Entities, m: Mention) -> bool:
    return not (m.known or ents.types.get(m.iri) or ents.reference_types.get(m.iri))


def subject_description(ents: Entities, s_start: int, text: str, a: int, b: int,
                        floor: int) -> Mention | None:
    """The firm the typed description whose head is text[a:b] (sentence offsets) means when it
    is a later clause's subject or the possessor of the subject of its sentence's only firm;
    firms named from `floor` (an absolute offset, two sentences back) on may be meant as well."""
    possessive = _POSSESSIVE.match(text, b)
    if not (possessive or " " in text[b:b + 1]):
        return None
    before = [m for m in ents.mentions if m.kind == "firm" and s_start <= m.start
              and m.end <= s_start + a]
    if not before or not _untyped(ents, before[-1]):
        return None
    nearest = before[-1]
    opener, verb, teller = _patterns()
    told = teller.match(text, nearest.end - s_start)
    if told and _DETERMINER.fullmatch(text, told.end(), a):
        return None         # "X said the chipmaker …": a clause X tells is about another firm
    # the untyped firms a reader may take the description to mean: those named lately
    untyped = {m.iri for m in ents.mentions if m.kind == "firm" and floor <= m.start
               and m.end <= s_start + a and _untyped(ents, m)}
    named = list(dict.fromkeys(m.iri for m in before))
    opens = _SENTENCE_OPENING.fullmatch(text, 0, before[0].start - s_start) is not None
    if not (possessive or verb.match(text, b)):
        return None
    if len(named) == 1 and untyped == {nearest.iri}:
        if opener.search(text, max(0, a - 60), a):
            return nearest  # "X fell after the chipmaker cut …", "… sold X, because the"
        if possessive and opens:
            return nearest  # "X reported …, but a wider loss sent the cloud operator's shares"
        return None
    if len(named) == 2 and opens and untyped <= set(named) and before[0].iri == named[0] \
            and _ARGUED.search(text, max(0, a - 60), a):
        obj = next(m for m in before if m.iri == named[1])
        if obj.iri == nearest.iri and _ONE_VERB.fullmatch(text, before[0].end - s_start,
                                                          obj.start - s_start):
            return nearest  # "Y downgraded X on Monday, arguing that the cloud operator's …"
    return None
