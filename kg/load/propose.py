"""The two proposers and the one verifier, at the seam of ``extract_article``.

Every load passes through here, whatever ``--extractor`` says. The rule proposer's output
(frames, stock moves, metrics, posts) is adapted to candidate facts (kg.load.candidates) and
verified; an accepted rule candidate is kept as the rule item it adapts, a rejected one is
dropped and named in the load's warnings (none is, on the bundled and development articles).
Then the learned deal check (kg.load.learned) holds back the rule deals it scores as most likely
wrong, each named in the warnings too (``check=False``, ``dealgraph load --no-deal-check``: none).

``model`` and ``both`` also ask the model proposer (kg.load.model) for candidates — agreements,
stock moves, metrics and posts — and add the accepted ones to the article's items *before*
``merge.assign_iris``, so a deal or move both proposers report is one node. A financing's
``collateral`` is linked to the agreement it names when that agreement is itself an accepted
fact of the same answer. In ``model`` the rule items are replaced by the model's (firms still
come from the rules' entity finder); in ``both`` the two are added.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import ModelUnavailable
from kg.load.candidates import (RULES, anchor, rule_candidates, to_frame, to_metric,
                                to_move, to_post)
from kg.load.extraction import Extraction
from kg.load.facts import MEMBERSHIP, METRICS, MOVE, OBSERVATION_ROLES
from kg.load.learned.hold_back import hold_back
from kg.load.learned.model import DealCheck, shipped
from kg.load.model.ontology_terms import terms
from kg.load.model.proposer import ModelProposer
from kg.load.read import ArticleSource
from kg.load.rules.entities import Entities
from kg.load.text.sentences import Sentence
from kg.load.verify.check import verify_fact

MODES = ("rules", "model", "both")
#: A move, metric or post the cue rules read as denied, rumoured or hypothetical: the ontology
#: gives those no status, so it cannot be written as anything but a fact (the rules skip them too).
NOT_ASSERTED = "not asserted"
_FINANCINGS = ("Loan", "Facility", "Financing", "Bond")


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
    held_back: int = 0                                               # rule frames (deal check)
    notes: list[str] = field(default_factory=list)                   # about the endpoint
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
                 keep_going: bool = False, check: DealCheck | None | bool = True):
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.model = model
        self.keep_going = keep_going
        #: The learned deal check on the rules' deals (kg.load.learned): True is the shipped
        #: weights, False or None none, or a DealCheck of one's own.
        self.check = shipped() if check is True else (check or None)
        self.tally = Tally()

    def run(self, article: ArticleSource, ents: Entities, sentences: list[Sentence],
            out: Extraction) -> None:
        """Verify the rules' items and (model, both) the model's candidates; keep the accepted."""
        answer = None
        if self.mode != "rules" and self.model is not None:
            try:
                answer = self.model.propose(article.text)
            except ModelUnavailable as exc:
                if not self.keep_going:
                    raise
                self.tally.fallbacks.append((article.key, f"{exc}; rules used instead"))
        if answer is None or self.mode == "both":
            self._verify_rules(article, ents, out, record=answer is not None)
            if self.check is not None:
                held = hold_back(out, ents, article.language, article.key, self.check)
                self.tally.held_back += len(held)
        else:
            out.frames, out.moves, out.metrics, out.posts = [], [], [], []
        if answer is not None:
            self._add_model(article, ents, sentences, out, answer)

    def _verify_rules(self, article: ArticleSource, ents: Entities, out: Extraction,
                      record: bool) -> None:
        rejected: set[int] = set()
        for c in rule_candidates(out, ents):
            v = verify_fact(c.fact, article.text, allowed=None, resolved=c.resolved,
                            reference=article.published, ents=ents)
            if record:
                self.tally.records.append(FactRecord(article.key, RULES, c.fact.type,
                                                     c.fact.quotes, v.accepted, v.reason,
                                                     getattr(c.origin, "confidence", None)))
            if not v.accepted:
                rejected.add(id(c.origin))
                out.warnings.append(f"{article.key}: the verifier rejected a rule "
                                    f"{c.fact.type} ({v.reason}): {c.fact.quotes[0][:80]}")
        if rejected:
            out.frames = [x for x in out.frames if id(x) not in rejected]
            out.moves = [x for x in out.moves if id(x) not in rejected]
            out.metrics = [x for x in out.metrics if id(x) not in rejected]
            out.posts = [x for x in out.posts if id(x) not in rejected]

    def _add_model(self, article: ArticleSource, ents: Entities, sentences: list[Sentence],
                   out: Extraction, answer) -> None:
        t = self.tally
        t.requests += answer.chunks - answer.cached
        t.cached += answer.cached
        t.prompt_tokens += answer.prompt_tokens
        t.completion_tokens += answer.completion_tokens
        if self.model.client.plain_json and not t.notes:
            t.notes.append("the endpoint rejected response_format: asked without it (the "
                           "answers were still validated against the schema here)")
        method = self.model.method
        for reason in answer.invalid:
            t.records.append(FactRecord(article.key, method, "?", [], False, reason))
        allowed = terms().kind_names | frozenset(OBSERVATION_ROLES)
        agreements: dict[str, tuple] = {}          # fact id -> (frame, record)
        for fact in answer.facts:
            v = verify_fact(fact, article.text, allowed=allowed, reference=article.published,
                            ents=ents)
            record = FactRecord(article.key, method, fact.type, fact.quotes, v.accepted, v.reason)
            t.records.append(record)
            if not v.accepted:
                continue
            at = anchor(fact, v, article.text, sentences)
            if fact.type in OBSERVATION_ROLES and at.polarity != "asserted":
                record.accepted, record.reason = False, NOT_ASSERTED
                record.disagreements = list(at.notes)
                continue
            _adopt(ents, v)
            record.confidence, record.disagreements = at.confidence, list(at.notes)
            if fact.type == MOVE:
                out.moves.append(to_move(fact, v, at, method, article, ents))
            elif fact.type in METRICS:
                out.metrics.append(to_metric(fact, v, at, method, article, ents))
            elif fact.type == MEMBERSHIP:
                out.posts.append(to_post(fact, v, at, method))
            else:
                frame = to_frame(fact, v, at, method, article)
                out.frames.append(frame)
                if fact.id:
                    agreements[fact.id] = (fact, frame, record)
        _link_collateral(agreements)


def _adopt(ents: Entities, verdict) -> None:
    """Firms the verifier found in a quote by the unseen-firm rules, and the article's entities
    did not hold, join them (so the firm node, its label and evidence are written)."""
    for found in verdict.found.values():
        m = found.new
        if m is not None and not any(x.iri == m.iri for x in ents.mentions):
            ents.mentions.append(m)
            ents.mentions.sort(key=lambda x: x.start)
            ents.names.setdefault(m.iri, m.name)


def _link_collateral(agreements: dict[str, tuple]) -> None:
    """A financing's collateral: the agreements its ``collateral`` ids name, each an accepted
    fact of the same answer and not a financing itself; any other id is a note, not a link."""
    for fact, frame, record in agreements.values():
        for ref in fact.collateral:
            target = agreements.get(ref)
            if frame.family not in _FINANCINGS:
                record.disagreements.append(f"collateral {ref}: only a financing has collateral")
            elif target is None or target[1] is frame or target[1].family in _FINANCINGS:
                record.disagreements.append(f"collateral {ref}: not an accepted agreement "
                                            "of the article")
            elif target[1] not in frame.collateral:
                frame.collateral.append(target[1])


def describe_counts(tally: Tally) -> list[str]:
    """Report lines: per method, proposed / accepted / rejected by reason."""
    lines = []
    for method, c in sorted(tally.counts().items()):
        rejected = sum(c["rejected"].values())
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(c["rejected"].items()))
        lines.append(f"{method}: {c['proposed']} proposed, {c['accepted']} accepted, "
                     f"{rejected} rejected" + (f" ({reasons})" if reasons else ""))
    return lines
