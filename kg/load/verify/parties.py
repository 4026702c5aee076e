"""Resolve a candidate's parties against its grounded quotes.

A party is accepted when its name is found in a quote, in this order:

1. the proposer resolved it there by its anaphora rules (``resolved``: the rules only);
2. a firm the rule proposer's entity finder (kg.load.rules.entities) found in the article
   (``ents``: gazetteer firms, product names, unseen firms found by suffixes or role words
   anywhere in it) at a mention inside the quotes, named as the mention or the firm's label;
3. a gazetteer entity (label or alias, either language) that the gazetteer finds in the quotes;
4. a person (role ``member``): a reference person, or a name that occurs verbatim in a quote;
5. a firm the entity finder finds in the quote alone (organisation suffixes, "private credit fund
   X", 磐石半导体), with the IRI the rules mint for it (``firm_iri`` of its name).

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


def _article_mentions(spans: list[tuple[int, int]], ents: Entities | None) -> list[Mention]:
    """The article's firm mentions inside the quotes (as the rules found them)."""
    return [m for m in (ents.mentions if ents else []) if m.kind == "firm"
            and any(s <= m.start and m.end <= e for s, e in spans)]


def _quote_mentions(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The firms the entity finder finds in each quote alone, at article offsets."""
    out = []
    for s, e in spans:
        for m in find_entities(text[s:e]).mentions:
            if m.kind == "firm":
                out.append(Mention(m.start + s, m.end + s, m.text, m.iri, m.name, m.kind, m.known))
    return out


def _hit(mentions: list[Mention], name: str) -> Mention | None:
    return next((m for m in mentions if _same(m.text, name) or _same(m.name, name)), None)


def resolve_parties(names: list[tuple[str, str]], text: str, spans: list[tuple[int, int]],
                    gaz: Gazetteer, *, resolved: dict[str, str] | None = None,
                    ents: Entities | None = None) -> dict[str, Resolved] | None:
    """name -> Resolved for every (name, role) in `names`, or None when one is not grounded."""
    grounded = [text[s:e] for s, e in spans]
    found: set[str] | None = None          # gazetteer entities in the quotes, read when needed
    quote_mentions: list[Mention] | None = None
    out: dict[str, Resolved] = {}
    for name, role in names:
        if resolved and name in resolved:
            out[name] = Resolved(resolved[name], name)
            continue
        hit = None if role in PERSON_ROLES else _hit(_article_mentions(spans, ents), name)
        if hit is not None:                # the rules found this firm here (cheapest first)
            out[name] = Resolved(hit.iri, hit.name, known=hit.known)
            continue
        entity = gaz.lookup(name) or gaz.lookup(fold(name))
        if entity is not None:
            if found is None:
                found = {h.entity.iri for q in grounded
                         for form in {q, fold(q)} for h in gaz.find(form)}
            if entity.iri in found:
                out[name] = Resolved(entity.iri, entity.label, person=entity.kind == "person")
                continue
        if role in PERSON_ROLES:
            if any(name in q or fold(name) in fold(q) for q in grounded) and name.strip():
                out[name] = Resolved(person_iri(name), name, person=True, known=False)
                continue
            return None
        if quote_mentions is None:
            quote_mentions = _quote_mentions(text, spans)
        hit = _hit(quote_mentions, name)
        if hit is None:
            return None
        known_here = ents is not None and any(m.iri == hit.iri for m in ents.mentions)
        out[name] = Resolved(hit.iri, hit.name, None if known_here else hit, known=hit.known)
    return out
