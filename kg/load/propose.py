"""The two proposers and the one verifier, at the seam of ``extract_article``.

``rules`` is today's pipeline, untouched (its output stays byte for byte what it was).
``model`` and ``both`` ask the model proposer (kg.load.model) for candidate facts, pass every one
through the verifier (kg.load.verify) and add the accepted ones to the article's frames *before*
``merge.assign_iris``, so one deal reported by both proposers is one node. In ``both`` the rule
frames are also adapted to candidates and verified, for the report only: they are grounded by
construction (their quote is their sentence) and are kept as they are. In ``model`` the rule
frames are dropped; firms, stock moves, metrics and posts still come from the rules (the model
proposes agreements only).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.errors import ModelUnavailable
from kg.load.rules.entities import Entities
from kg.load.facts import Fact, Party, Slots
from kg.load.model.ontology_terms import terms
from kg.load.model.proposer import ModelProposer
from kg.load.extraction import Extraction, Frame
from kg.load.read import ArticleSource
from kg.load.text.sentences import Sentence
from kg.load.verify.check import SLOT_UNITS, Verdict, verify_fact
from kg.load.verify.cues import DISPUTED, STATUS, recheck

MODES = ("rules", "model", "both")
#: Confidence of a verified model fact before any cue disagreement.
MODEL_CONFIDENCE = 0.7
_POLARITY = {"Denied": "denied", "Rumoured": "rumoured", "Hypothetical": "hypothetical"}


@dataclass
class FactRecord:
    """One candidate and what the verifier made of it (``dealgraph load --explain``)."""

    article: str
    method: str
    type: str
    quotes: list[str]
    accepted: bool
    reason: str | None = None
    confidence: float | None = None
    disagreements: list[str] = field(default_factory=list)


@dataclass
class Tally:
    records: list[FactRecord] = field(default_factory=list)
    fallbacks: list[tuple[str, str]] = field(default_factory=list)   # (article, why)
    requests: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def counts(self) -> dict[str, dict]:
        """Per method: proposed, accepted, and rejected by reason."""
        out: dict[str, dict] = {}
        for r in self.records:
            c = out.setdefault(r.method, {"proposed": 0, "accepted": 0, "rejected": {}})
            c["proposed"] += 1
            if r.accepted:
                c["accepted"] += 1
            else:
                c["rejected"][r.reason] = c["rejected"].get(r.reason, 0) + 1
        return out


class Extractor:
    """Which proposers a load uses, and what they proposed."""

    def __init__(self, mode: str = "rules", model: ModelProposer | None = None,
                 keep_going: bool = False):
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.model = model
        self.keep_going = keep_going
        self.tally = Tally()

    def add_model_facts(self, article: ArticleSource, ents: Entities,
                        sentences: list[Sentence], out: Extraction) -> None:
        """Verify the model's candidates for `article` and add the accepted ones to `out`."""
        if self.mode == "rules" or self.model is None:
            return
        try:
            answer = self.model.propose(article.text)
        except ModelUnavailable as exc:
            if not self.keep_going:
                raise
            self.tally.fallbacks.append((article.key, f"{exc}; rules used instead"))
            return
        t = self.tally
        t.requests += answer.chunks - answer.cached
        t.cached += answer.cached
        t.prompt_tokens += answer.prompt_tokens
        t.completion_tokens += answer.completion_tokens
        if self.mode == "both":
            for f in out.frames:
                self._verify_rule_frame(article, f)
        else:
            out.frames.clear()
        method = self.model.method
        for reason in answer.invalid:
            t.records.append(FactRecord(article.key, method, "?", [], False, reason))
        for fact in answer.facts:
            verdict = verify_fact(fact, article.text, allowed=terms().kind_names,
                                  reference=article.published)
            record = FactRecord(article.key, method, fact.type, fact.quotes, verdict.accepted,
                                verdict.reason)
            t.records.append(record)
            if verdict.accepted:
                frame, record.disagreements = _frame(fact, verdict, article.text, sentences,
                                                     method)
                record.confidence = frame.confidence
                out.frames.append(frame)

    def _verify_rule_frame(self, article: ArticleSource, f: Frame) -> None:
        fact, resolved = rule_candidate(f)
        verdict = verify_fact(fact, article.text, allowed=None, resolved=resolved)
        self.tally.records.append(FactRecord(article.key, "rules", fact.type, fact.quotes,
                                             verdict.accepted, verdict.reason, f.confidence))


def rule_candidate(f: Frame) -> tuple[Fact, dict[str, str]]:
    """A rule frame as a candidate fact: its sentences are its quotes, its parties the IRIs the
    rules resolved (by name or anaphora), its figures its slots."""
    slots = {k: fig.value for k, fig in f.figures.items() if k in SLOT_UNITS}
    bounds = {fig.bound for k, fig in f.figures.items() if k in SLOT_UNITS}
    fact = Fact(type=sorted(f.kinds)[0] if f.kinds else "Agreement",
                parties=[Party(name=iri, role=role) for role, iris in f.roles.items() for iri in iris],
                slots=Slots(**slots, bound=bounds.pop() if len(bounds) == 1 else "Exact"),
                polarity=_POLARITY.get(f.status, "asserted"), binding=f.binding,
                quotes=[f.sentence.text] + [s.text for s in f.extra_evidence])
    return fact, {iri: iri for iri in f.parties()}


def _frame(fact: Fact, verdict: Verdict, text: str, sentences: list[Sentence],
           method: str) -> tuple[Frame, list[str]]:
    """An accepted model fact as a frame, anchored on the sentence of its first quote; what it
    writes (figures, date, parties) is what the verifier read from the quotes. Also returns
    the cue rules' disagreements with its polarity or bindingness."""
    start, end = verdict.spans[0]
    touched = [s for s in sentences if any(a < s.end and s.start < b for a, b in verdict.spans)]
    anchor = next((s for s in touched if s.start <= start < s.end), None) \
        or Sentence(0, 0, start, end, text[start:end])
    check = recheck(fact.polarity, fact.binding, " ".join(s.text for s in touched) or anchor.text)
    disagreements = check.disagreements + verdict.notes
    factor = DISPUTED if disagreements else 1.0
    roles: dict[str, list[str]] = {}
    for p in fact.parties:
        iri = verdict.parties[p.name]
        if iri not in roles.setdefault(p.role, []):
            roles[p.role].append(iri)
    confidence = round(MODEL_CONFIDENCE * factor, 2)
    figures = {k: replace(fig, confidence=min(fig.confidence, confidence))
               for k, fig in verdict.figures.items()}
    frame = Frame(terms().family(fact.type), {fact.type}, roles, anchor,
                  (start - anchor.start, min(end, anchor.end) - anchor.start), method,
                  confidence=confidence, figures=figures, binding=check.binding,
                  status=STATUS[check.polarity], date=verdict.date,
                  extra_evidence=[s for s in touched if s is not anchor])
    return frame, disagreements


def describe_counts(tally: Tally) -> list[str]:
    """Report lines: per method, proposed / accepted / rejected by reason."""
    lines = []
    for method, c in sorted(tally.counts().items()):
        rejected = sum(c["rejected"].values())
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(c["rejected"].items()))
        lines.append(f"{method}: {c['proposed']} proposed, {c['accepted']} accepted, "
                     f"{rejected} rejected" + (f" ({reasons})" if reasons else ""))
    return lines
