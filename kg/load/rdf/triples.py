"""Frames, moves, metrics and posts → the triples of one article graph, each with evidence.

Every extracted node gets ``dg:sourceArticle`` (PROV-O: ``prov:wasDerivedFrom``) and
``dg:evidence`` → a ``dg:Evidence`` IRI carrying the quote (``oa:TextQuoteSelector``/``oa:exact``)
and code-point offsets into the article's ``dg:text`` (``oa:TextPositionSelector``), the rule
that fired and a confidence.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pyoxigraph as ox

from kg.ids import entity_iri, slugify
from kg.load.rules.entities import Entities
from kg.load.rdf.labels import agreement_labels, metric_labels, move_labels
from kg.load.extraction import Extraction, Frame
from kg.load.read import ArticleSource
from kg.load.text.sentences import Sentence
from kg.namespaces import BASE, DG, OA, PROV, article_iri

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
XSD = "http://www.w3.org/2001/XMLSchema#"
UNITS = {"USD": "http://qudt.org/vocab/currency/USD", "CNY": "http://qudt.org/vocab/currency/CNY",
         "EUR": "http://qudt.org/vocab/currency/EUR",
         "percent": "http://qudt.org/vocab/unit/PERCENT",
         "tokens": "http://qudt.org/vocab/unit/NUM", "count": "http://qudt.org/vocab/unit/NUM"}
POSTS = {"CEO": "CEO", "CFO": "CFO", "Chairman": "Chair", "President": "President",
         "Founder": "Founder"}
FAMILY_ROLES_BOUND = {"amountUSD": "amountBound", "capacityGW": "capacityBound",
                      "shareCount": "shareCountBound", "stakePercent": "stakeBound"}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def dg(local: str) -> ox.NamedNode:
    return ox.NamedNode(str(DG) + local)


def dec(value: Decimal) -> ox.Literal:
    text = format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)
    if "." not in text:
        text += ".0"
    return ox.Literal(text, datatype=n(XSD + "decimal"))


def lit(text: str, datatype: str | None = None) -> ox.Literal:
    return ox.Literal(text, datatype=n(XSD + datatype)) if datatype else ox.Literal(text)


def label(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh" if _CJK.search(text) else "en")


class Writer:
    """Collects the triples of one article graph."""

    def __init__(self, article: ArticleSource):
        self.article = article
        self.node = n(article_iri(article.key))
        self.triples: list[ox.Triple] = []
        self._evidence: set[str] = set()

    def add(self, s, p, o) -> None:
        self.triples.append(ox.Triple(s, p, o))

    def evidence(self, subject: ox.NamedNode, s: Sentence, rule: str, confidence: float,
                 notes: list[str] | tuple = ()) -> None:
        iri = entity_iri("evidence", self.article.key, str(s.start), str(s.end),
                         *([rule] if rule.startswith(MODEL_METHOD) else []))
        ev = n(iri)
        self.add(subject, dg("evidence"), ev)
        self.add(subject, dg("sourceArticle"), self.node)
        self.add(subject, PROV_DERIVED, self.node)
        if iri in self._evidence:
            return
        self._evidence.add(iri)
        quote, position = n(iri + "-quote"), n(iri + "-position")
        for t in [(ev, RDF_TYPE, dg("Evidence")), (ev, RDF_TYPE, n(str(OA) + "SpecificResource")),
                  (ev, n(str(OA) + "hasSource"), self.node), (ev, dg("sourceArticle"), self.node),
                  (ev, n(str(OA) + "hasSelector"), quote), (ev, n(str(OA) + "hasSelector"), position),
                  (quote, RDF_TYPE, n(str(OA) + "TextQuoteSelector")),
                  (quote, n(str(OA) + "exact"), lit(s.text)),
                  (position, RDF_TYPE, n(str(OA) + "TextPositionSelector")),
                  (position, n(str(OA) + "start"), lit(str(s.start), "nonNegativeInteger")),
                  (position, n(str(OA) + "end"), lit(str(s.end), "nonNegativeInteger")),
                  (ev, dg("quote"), lit(s.text)),
                  (ev, dg("startOffset"), lit(str(s.start), "nonNegativeInteger")),
                  (ev, dg("endOffset"), lit(str(s.end), "nonNegativeInteger")),
                  (ev, dg("extractionRule"), lit(rule)),
                  (ev, dg("confidence"), dec(Decimal(str(confidence))))]:
            self.add(*t)
        if rule.startswith(MODEL_METHOD):      # a verified model fact: its own evidence node
            self.add(ev, dg("extractionMethod"), lit(rule))
            for note in notes:                 # what the cue rules or parsers dispute
                self.add(ev, COMMENT, ox.Literal(f"disputed by the verifier: {note}",
                                                 language="en"))


PROV_DERIVED = n(str(PROV) + "wasDerivedFrom")
#: Prefix of the rule name of facts a model proposed (kg.load.model.client.ModelClient.method).
MODEL_METHOD = "model:"


def article_triples(article: ArticleSource, ents: Entities, sentences: list[Sentence],
                    out: Extraction) -> list[ox.Triple]:
    w = Writer(article)
    _article(w)
    _firms(w, ents, sentences)
    name = firm_namer(ents)
    for f in out.frames:
        _frame(w, f)
        _labels(w, n(f.iri), agreement_labels(f.kinds, f.roles, name))
    for mv in out.moves:
        m = n(mv.iri)
        w.add(m, RDF_TYPE, dg("StockPriceMove"))
        _labels(w, m, move_labels(mv.firm, mv.percent, name))
        w.add(m, dg("firm"), n(mv.firm))
        w.add(m, dg("percentChange"), dec(mv.percent))
        w.add(m, dg("isIntraday"), lit("true" if mv.intraday else "false", "boolean"))
        _observation_tail(w, m, mv, mv.date)
    for mt in out.metrics:
        m = n(mt.iri)
        w.add(m, RDF_TYPE, dg(mt.kind))
        _labels(w, m, metric_labels(mt.firm, mt.name, name))
        w.add(m, dg("firm"), n(mt.firm))
        w.add(m, dg("metricName"), lit(mt.name))
        w.add(m, dg("value"), dec(mt.value))
        if mt.unit in UNITS:
            w.add(m, dg("unit"), n(UNITS[mt.unit]))
        if mt.unit in ("USD", "CNY", "EUR"):
            w.add(m, dg("currency"), lit(mt.unit))
        _observation_tail(w, m, mt, mt.period)
    for post in out.posts:
        if post.role not in POSTS:
            continue
        person = n(post.person)
        w.add(person, RDF_TYPE, dg("Person"))
        if not post.known:
            w.add(person, LABEL, label(post.person_name))
        ms = n(entity_iri("membership", post.person, post.firm, str(DG) + POSTS[post.role]))
        w.add(ms, RDF_TYPE, dg("Membership"))
        w.add(ms, dg("member"), person)
        w.add(ms, dg("organization"), n(post.firm))
        w.add(ms, dg("role"), dg(POSTS[post.role]))
        w.evidence(ms, post.sentence, post.rule, post.confidence, post.notes)
    return w.triples


def firm_namer(ents: Entities):
    """(IRI, language) -> the firm's reference label in that language, else the article's name."""
    from kg.load.rules.gazetteer import gazetteer

    entities = gazetteer().entities

    def name(iri: str, language: str) -> str:
        known = entities.get(iri)
        if known is not None:
            return known.label_in(language)
        return ents.names.get(iri) or iri.rsplit("/", 1)[-1]
    return name


def _labels(w: Writer, node: ox.NamedNode, labels: dict[str, str]) -> None:
    for language, text in labels.items():
        w.add(node, LABEL, ox.Literal(text, language=language))


def _article(w: Writer) -> None:
    a = w.article
    w.add(w.node, RDF_TYPE, dg("Article"))
    w.add(w.node, RDF_TYPE, n(str(PROV) + "Entity"))
    w.add(w.node, dg("text"), lit(a.text))
    w.add(w.node, dg("language"), lit(a.language))
    w.add(w.node, dg("sourceFile"), lit(a.path))
    if a.title:
        w.add(w.node, dg("title"), lit(a.title))
    if a.url:
        w.add(w.node, dg("url"), lit(a.url, "anyURI"))
    if a.published:
        w.add(w.node, dg("publishedOn"), lit(a.published.isoformat(), "date"))
    if a.publisher:
        from kg.load.rules.gazetteer import gazetteer

        known = gazetteer().lookup(a.publisher)
        pub = n(known.iri) if known else n(f"{BASE}id/publisher/{slugify(a.publisher)}")
        w.add(w.node, dg("publisher"), pub)
        if not known:
            w.add(pub, RDF_TYPE, dg("Publisher"))
            w.add(pub, LABEL, label(a.publisher))


def _firms(w: Writer, ents: Entities, sentences: list[Sentence]) -> None:
    first: dict[str, Sentence] = {}
    for m in ents.mentions:
        if m.kind not in ("firm", "publisher") or m.iri in first:
            continue
        if m.kind == "publisher" and "Firm" not in ents.reference_types.get(m.iri, ()):
            continue  # an outlet the reference data does not type dg:Firm is no firm fact
        s = next((s for s in sentences if s.start <= m.start < s.end), None)
        if s is not None:
            first[m.iri] = s
    for iri, s in first.items():
        node = n(iri)
        w.add(node, RDF_TYPE, dg("Firm"))
        if iri not in ents.known:
            w.add(node, LABEL, label(ents.names[iri]))
        types = ents.types.get(iri, {})
        for type_name in types:
            if type_name == "Financier" and _FINANCIER_KINDS.intersection(types):
                continue    # "The lender, a private credit fund": the subclass says it
            w.add(node, RDF_TYPE, dg(type_name))
        if "Publisher" in ents.reference_types.get(iri, ()):
            w.add(node, RDF_TYPE, dg("Publisher"))
        w.evidence(node, s, "firm.known" if iri in ents.known else "firm.unseen",
                   0.95 if iri in ents.known else 0.7)


#: subclasses of dg:Financier (ontology/dealgraph.ttl): a firm typed with one is no bare Financier
_FINANCIER_KINDS = frozenset({"Bank", "PrivateCreditFund", "SovereignWealthFund", "AssetManager"})


def _frame(w: Writer, f: Frame) -> None:
    a = n(f.iri)
    w.add(a, RDF_TYPE, dg("Agreement"))
    for kind in sorted(f.kinds):
        w.add(a, RDF_TYPE, dg(kind))
    for role, iris in f.roles.items():
        for iri in iris:
            w.add(a, dg(role), n(iri))
    for key, fig in f.figures.items():
        if fig.low is not None and fig.high is not None and fig.low != fig.high:
            w.add(a, dg(key + "Min"), dec(fig.low))
            w.add(a, dg(key + "Max"), dec(fig.high))
        else:
            w.add(a, dg(key), dec(fig.value) if key != "shareCount" else
                  lit(str(int(fig.value)), "integer"))
        if fig.bound != "Exact" and key in FAMILY_ROLES_BOUND:
            w.add(a, dg(FAMILY_ROLES_BOUND[key]), dg(fig.bound))
    if f.binding is not None:
        w.add(a, dg("isLegallyBinding"), lit("true" if f.binding else "false", "boolean"))
    w.add(a, dg("status"), dg(f.status))
    if f.date:
        w.add(a, dg("announcedOn"), lit(f.date.isoformat(), "date"))
    if f.reported_by:
        w.add(a, dg("reportedBy"), n(f.reported_by))
    for t in f.tranches:
        tr = n(entity_iri("tranche", f.iri, str(t.index)))
        w.add(a, dg("tranche"), tr)
        w.add(tr, RDF_TYPE, dg("WarrantTranche"))
        w.add(tr, dg("trancheIndex"), lit(str(t.index), "integer"))
        w.add(tr, dg("vestingCondition"), lit(t.condition))
        w.evidence(tr, t.sentence, "warrant.tranche", 0.6)
    for c in f.collateral:
        if isinstance(c, Frame):
            w.add(a, dg("collateral"), n(c.iri))
        else:
            _, cls, s = c
            asset = n(entity_iri("asset", f.iri, cls))
            w.add(a, dg("collateral"), asset)
            w.add(asset, RDF_TYPE, dg("Asset"))
            w.add(asset, RDF_TYPE, dg(cls))
            w.evidence(asset, s, "collateral.asset", 0.6)
    confidence = min(fig.confidence for fig in f.figures.values()) if f.figures else f.confidence
    w.evidence(a, f.sentence, f.rule, min(confidence, f.confidence), f.notes)
    for s in f.extra_evidence:
        w.evidence(a, s, f.rule, f.confidence, f.notes)


def _observation_tail(w, node, obs, as_of) -> None:
    """What a stock move and a metric share: bound, date, who reported it, evidence."""
    if obs.bound != "Exact":
        w.add(node, dg("bound"), dg(obs.bound))
    if as_of:
        w.add(node, dg("asOf"), lit(as_of.isoformat(), "date"))
    if obs.reported_by:
        w.add(node, dg("reportedBy"), n(obs.reported_by))
    w.evidence(node, obs.sentence, obs.rule, obs.confidence, obs.notes)
