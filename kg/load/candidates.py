"""Between the proposers' own shapes and the fact model (kg.load.facts), both ways.

``rule_candidates``: what the rule proposer extracted (frames, stock moves, metrics, posts) as
candidate facts, each carrying the rule item it adapts (``origin``). Quotes are the item's
sentences; a party is named by its mention in those sentences, else it is one the rules
resolved by anaphora or discourse (then ``resolved`` maps it, for the verifier). An accepted
rule candidate is kept as its origin, unchanged, which is what keeps ``--extractor rules``
byte for byte what it was.

``to_frame``, ``to_move``, ``to_metric``, ``to_post``: an accepted model fact as the loader's
item, anchored on the sentence of its first quote; what it writes is what the verifier read from
the quotes (figures, bounds, parties' IRIs), not what the model claimed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.load.extraction import Extraction, Frame, Metric, Move, Post
from kg.load.facts import MEMBERSHIP, MOVE, Fact, Party, Slots
from kg.load.model.ontology_terms import terms
from kg.load.read import ArticleSource
from kg.load.rules.cues import reporter
from kg.load.rules.entities import Entities
from kg.load.rules.extract import _date as sentence_date   # the rules' own date of a sentence
from kg.load.text.sentences import Sentence
from kg.load.verify.check import SLOT_UNITS, Verdict
from kg.load.verify.cues import DISPUTED, STATUS, recheck
from kg.load.verify.observations import POST_KEYS

RULES = "rules"
#: Confidence of a verified model fact before any cue disagreement.
MODEL_CONFIDENCE = 0.7
_POLARITY = {"Denied": "denied", "Rumoured": "rumoured", "Hypothetical": "hypothetical"}
_POST_NAMES = {key: name for name, key in POST_KEYS.items()}


@dataclass
class Candidate:
    fact: Fact
    method: str
    origin: object | None = None                 # the rule item it adapts
    resolved: dict[str, str] = field(default_factory=dict)


def _parties(iris_roles: list[tuple[str, str]], sentences: list[Sentence], ents: Entities
             ) -> tuple[list[Party], dict[str, str]]:
    parties, resolved = [], {}
    for role, iri in iris_roles:
        m = next((m for m in ents.mentions if m.iri == iri
                  and any(s.start <= m.start and m.end <= s.end for s in sentences)), None)
        if m is not None:
            parties.append(Party(name=m.text, role=role))
        else:
            parties.append(Party(name=iri, role=role))
            resolved[iri] = iri
    return parties, resolved


def rule_candidates(out: Extraction, ents: Entities) -> list[Candidate]:
    """Every item the rules extracted, as a candidate fact (module docstring)."""
    found = []
    for f in out.frames:
        quotes = [f.sentence, *f.extra_evidence]
        parties, resolved = _parties([(r, i) for r, iris in f.roles.items() for i in iris],
                                     quotes, ents)
        slots = {k: fig.value for k, fig in f.figures.items() if k in SLOT_UNITS}
        bounds = {fig.bound for k, fig in f.figures.items() if k in SLOT_UNITS}
        fact = Fact(type=sorted(f.kinds)[0] if f.kinds else "Agreement", parties=parties,
                    slots=Slots(**slots, bound=bounds.pop() if len(bounds) == 1 else "Exact"),
                    polarity=_POLARITY.get(f.status, "asserted"), binding=f.binding,
                    quotes=[s.text for s in quotes])
        found.append(Candidate(fact, RULES, f, resolved))
    for mv in out.moves:
        parties, resolved = _parties([("firm", mv.firm)], [mv.sentence], ents)
        fact = Fact(type=MOVE, parties=parties, quotes=[mv.sentence.text],
                    slots=Slots(percentChange=mv.percent))
        found.append(Candidate(fact, RULES, mv, resolved))
    for mt in out.metrics:
        parties, resolved = _parties([("firm", mt.firm)], [mt.sentence], ents)
        fact = Fact(type=mt.kind, parties=parties,
                    quotes=[mt.sentence.text] + ([mt.context.text] if mt.context else []),
                    slots=Slots(metric=mt.name, value=mt.value))
        found.append(Candidate(fact, RULES, mt, resolved))
    for p in out.posts:
        if p.role not in _POST_NAMES:
            continue                # posts the ontology has no individual for are not written
        parties, resolved = _parties([("organization", p.firm)], [p.sentence], ents)
        if p.person_name in p.sentence.text:
            parties.append(Party(name=p.person_name, role="member"))
        else:
            parties.append(Party(name=p.person, role="member"))
            resolved[p.person] = p.person
        fact = Fact(type=MEMBERSHIP, parties=parties, quotes=[p.sentence.text],
                    slots=Slots(post=_POST_NAMES[p.role]))
        found.append(Candidate(fact, RULES, p, resolved))
    return found


@dataclass
class Anchored:
    """Where an accepted model fact sits: its sentence, the other sentences its quotes touch,
    the cue rules' reading and the confidence that follows."""

    sentence: Sentence
    touched: list[Sentence]
    polarity: str
    binding: bool | None
    confidence: float
    notes: list[str]


def anchor(fact: Fact, verdict: Verdict, text: str, sentences: list[Sentence]) -> Anchored:
    start, end = verdict.spans[0]
    touched = [s for s in sentences if any(a < s.end and s.start < b for a, b in verdict.spans)]
    first = next((s for s in touched if s.start <= start < s.end), None) \
        or Sentence(0, 0, start, end, text[start:end])
    check = recheck(fact.polarity, fact.binding, " ".join(s.text for s in touched) or first.text)
    notes = check.disagreements + verdict.notes
    confidence = round(MODEL_CONFIDENCE * (DISPUTED if notes else 1.0), 2)
    return Anchored(first, [s for s in touched if s is not first], check.polarity,
                    check.binding, confidence, notes)


def to_frame(fact: Fact, verdict: Verdict, at: Anchored, method: str,
             article: ArticleSource) -> Frame:
    roles: dict[str, list[str]] = {}
    for p in fact.parties:
        iri = verdict.parties[p.name]
        if iri not in roles.setdefault(p.role, []):
            roles[p.role].append(iri)
    start, end = verdict.spans[0]
    figures = {k: replace(fig, confidence=min(fig.confidence, at.confidence))
               for k, fig in verdict.figures.items()}
    s = at.sentence
    return Frame(terms().family(fact.type), {fact.type}, roles, s,
                 (max(start, s.start) - s.start, min(end, s.end) - s.start), method,
                 confidence=at.confidence, figures=figures, binding=at.binding,
                 status=STATUS[at.polarity], date=verdict.date or sentence_date(s, article),
                 extra_evidence=at.touched, notes=at.notes)


def _firm(fact: Fact, verdict: Verdict, role: str = "firm") -> str:
    return verdict.parties[next(p.name for p in fact.parties if p.role == role)]


def to_move(fact: Fact, verdict: Verdict, at: Anchored, method: str, article: ArticleSource,
            ents: Entities) -> Move:
    o = verdict.observed
    return Move(_firm(fact, verdict), o.value, o.bound, at.sentence, method, intraday=o.intraday,
                date=sentence_date(at.sentence, article), reported_by=reporter(at.sentence, ents),
                confidence=at.confidence, notes=at.notes)


def to_metric(fact: Fact, verdict: Verdict, at: Anchored, method: str, article: ArticleSource,
              ents: Entities) -> Metric:
    o = verdict.observed
    return Metric(_firm(fact, verdict), fact.type, o.name, o.value, o.unit, o.bound, at.sentence,
                  method, period=sentence_date(at.sentence, article),
                  reported_by=reporter(at.sentence, ents), confidence=at.confidence,
                  notes=at.notes)


def to_post(fact: Fact, verdict: Verdict, at: Anchored, method: str) -> Post:
    member = next(p.name for p in fact.parties if p.role == "member")
    found = verdict.found[member]
    return Post(found.iri, found.name, _firm(fact, verdict, "organization"), verdict.observed.name,
                at.sentence, method, known=found.known, confidence=at.confidence,
                notes=at.notes)
