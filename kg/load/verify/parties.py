"""Resolve a candidate's parties against its grounded quotes.

A party is accepted when its name is found in a quote, in this order:

1. the proposer resolved it there by its anaphora rules (``resolved``: the rules only);
2. a gazetteer entity (label or alias, either language) that the gazetteer finds in the quotes;
3. a firm the rule proposer's entity finder (kg.load.rules.entities) finds in the quotes: in the
   article (``ents``, which includes unseen firms found by role words anywhere in it) or in the
   quote itself (organisation suffixes, "private credit fund X", 磐石半导体). Such a firm keeps the
   IRI the rules mint for it (``firm_iri`` of its name);
4. a person (role ``member``): a reference person, or a name that occurs verbatim in a quote.

Everything else (a firm the model invented, a name the quotes do not contain, a name that does not
look like an organisation by the rules) is ``party not in quote``.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.ids import person_iri
from kg.load.rules.entities import Entities, Mention, find_entities
from kg.load.rules.gazetteer import Gazetteer
from kg.load.verify.locate import fold

#: Roles whose party is a person, not a firm.
PERSON_ROLES = frozenset({"member"})


@dataclass(frozen=True)
class Resolved:
    iri: str
    name: str
    #: a firm the article's entities do not hold yet (found in the quote by the unseen-firm rules)
    new: Mention | None = None
    person: bool = False
    known: bool = True


def _same(a: str, b: str) -> bool:
    return a == b or fold(a).casefold() == fold(b).casefold()


def _mentions(text: str, spans: list[tuple[int, int]], ents: Entities | None) -> list[Mention]:
    """Firm mentions inside the quotes: the article's (as the rules found them), then those the
    entity finder finds in each quote alone, at article offsets."""
    out = [m for m in (ents.mentions if ents else []) if m.kind == "firm"
           and any(s <= m.start and m.end <= e for s, e in spans)]
    for s, e in spans:
        for m in find_entities(text[s:e]).mentions:
            if m.kind == "firm":
                out.append(Mention(m.start + s, m.end + s, m.text, m.iri, m.name, m.kind, m.known))
    return out


def resolve_parties(names: list[tuple[str, str]], text: str, spans: list[tuple[int, int]],
                    gaz: Gazetteer, *, resolved: dict[str, str] | None = None,
                    ents: Entities | None = None) -> dict[str, Resolved] | None:
    """name -> Resolved for every (name, role) in `names`, or None when one is not grounded."""
    grounded = [text[s:e] for s, e in spans]
    found = {h.entity.iri for q in grounded for form in (q, fold(q)) for h in gaz.find(form)}
    mentions: list[Mention] | None = None
    out: dict[str, Resolved] = {}
    for name, role in names:
        if resolved and name in resolved:
            out[name] = Resolved(resolved[name], name)
            continue
        entity = gaz.lookup(name) or gaz.lookup(fold(name))
        if entity is not None and entity.iri in found:
            out[name] = Resolved(entity.iri, entity.label, person=entity.kind == "person")
            continue
        if role in PERSON_ROLES:
            if any(name in q or fold(name) in fold(q) for q in grounded) and name.strip():
                out[name] = Resolved(person_iri(name), name, person=True, known=False)
                continue
            return None
        if mentions is None:
            mentions = _mentions(text, spans, ents)
        hit = next((m for m in mentions if _same(m.text, name) or _same(m.name, name)), None)
        if hit is None:
            return None
        known_here = ents is not None and any(m.iri == hit.iri for m in ents.mentions)
        out[name] = Resolved(hit.iri, hit.name, None if known_here else hit, known=hit.known)
    return out
