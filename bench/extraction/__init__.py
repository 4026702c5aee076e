"""Score the article loader against the gold files (``articles/gold/*.yaml``).

The loader's real output (the N-Triples of each article graph) is read back and turned into the
atomic facts of the gold README's *Scoring* section: firms, firm types, people's posts,
agreements (subject kinds and parties by role), agreement figures (within 1%), bindingness,
stock moves (within 0.5 points), metrics (within 1%), collateral links and value-flow cycles.
Denied, rumoured and hypothetical deals are not facts and are not scored as agreements.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import yaml

from kg.load.rules.gazetteer import gazetteer, name_key
from kg.load.pipeline import extract_article
from kg.load.read import read_article

DG = "https://w3id.org/dealgraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SUBJECT_KINDS = {"ComputeCommitment", "CloudServiceAgreement", "InvestmentCommitment",
                 "EquityWarrant", "EquityStake", "SupplyAgreement", "Financing", "Loan",
                 "BondIssue", "CreditFacility", "LeaseAgreement"}
ROLES = ["investor", "investee", "issuer", "holder", "provider", "customer", "supplier", "buyer",
         "lender", "borrower", "arranger", "lessor", "lessee"]
FLOW = [("investor", "investee"), ("issuer", "holder"), ("customer", "provider"),
        ("buyer", "supplier"), ("lender", "borrower"), ("lessee", "lessor")]
FIGURES = ["amountUSD", "capacityGW", "termYears", "shareCount", "stakePercent"]
NOT_FACT = {"Denied", "Rumoured", "Hypothetical"}
TYPES = ["ChipMaker", "CloudProvider", "ModelDeveloper", "Financier", "Bank", "PrivateCreditFund",
         "SovereignWealthFund", "AssetManager", "Publisher"]


@dataclass
class Facts:
    by_type: dict[str, list] = field(default_factory=lambda: defaultdict(list))


def _n(name: str) -> str:
    return name_key(name)


#: Spellings of one post; gold files and the loader may use either (dg:Chair is the ontology's).
ROLE_NAMES = {"Chairman": "Chair", "Chairwoman": "Chair", "Chairperson": "Chair"}


def _role(name: str) -> str:
    """A post's name as scored: both gold and predicted roles pass through here."""
    return ROLE_NAMES.get(name, name)


SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"


@lru_cache(maxsize=1)
def _superclasses() -> dict[str, set[str]]:
    """Each ontology class's named superclasses (local names), from ontology/dealgraph.ttl."""
    from kg import paths

    direct: dict[str, set[str]] = defaultdict(set)
    data = paths.ontology_file().read_bytes()
    for t in ox.parse(data, format=ox.RdfFormat.TURTLE):
        if t.predicate.value == SUBCLASS and isinstance(t.object, ox.NamedNode) \
                and t.subject.value.startswith(DG) and t.object.value.startswith(DG):
            direct[t.subject.value[len(DG):]].add(t.object.value[len(DG):])
    closed: dict[str, set[str]] = {}
    for c in list(direct):
        seen, todo = set(), list(direct[c])
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(direct.get(x, ()))
        closed[c] = seen
    return closed


def _kinds(kinds) -> frozenset:
    """The subject kinds of an agreement, closed under the ontology's subclass axioms (a cloud
    service agreement is a compute commitment, as `?x a dg:ComputeCommitment` sees it in the
    derived graph), so a gold file that lists the superclass too and one that leaves it implied
    score alike."""
    sup = _superclasses()
    out = set(kinds)
    for k in kinds:
        out |= sup.get(k, set())
    return frozenset(k for k in out if k in SUBJECT_KINDS)


def _agreement_key(kinds, parties: dict) -> tuple:
    ks = _kinds(kinds)
    ps = frozenset((r, frozenset(_n(x) for x in v)) for r, v in parties.items() if v)
    return ks, ps


def _cycles(edges: set[tuple[str, str]], limit: int = 5) -> set[tuple[str, ...]]:
    graph = defaultdict(set)
    for a, b in edges:
        if a != b:
            graph[a].add(b)
    found = set()

    def walk(start, node, path):
        for nxt in graph[node]:
            if nxt == start and len(path) >= 2:
                found.add(_canonical(path))
            elif nxt not in path and len(path) < limit:
                walk(start, nxt, path + [nxt])

    for start in list(graph):
        walk(start, start, [start])
    return found


def _canonical(path) -> tuple[str, ...]:
    i = path.index(min(path))
    return tuple(path[i:] + path[:i])


def reference_types(name: str) -> set[str]:
    """The types the reference data gives a known firm (what `?f a dg:Bank` sees anyway)."""
    entity = gazetteer().lookup(name)
    return set(entity.types) & set(TYPES) if entity is not None else set()


def gold_facts(spec: dict) -> Facts:
    """Gold facts; a firm's types are the ones its gold entry lists (what the text says) plus
    its reference types: the graph a user queries holds both (docs/loader.md, "Firm types")."""
    f = Facts()
    for firm in spec.get("firms") or []:
        f.by_type["firm"].append(_n(firm["name"]))
        for t in sorted(set(firm.get("types") or []) | reference_types(firm["name"])):
            if t in TYPES:
                f.by_type["firm type"].append((_n(firm["name"]), t))
    for p in spec.get("people") or []:
        f.by_type["person"].append((_n(p["name"]), _n(p["firm"]), _role(p["role"])))
    keys = []
    edges = set()
    for a in spec.get("agreements") or []:
        key = _agreement_key(a["kind"], a.get("parties") or {})
        keys.append(key)
        f.by_type["agreement"].append(key)
        for prop in FIGURES:
            if a.get(prop) is not None:
                f.by_type["figure"].append((key, prop, float(a[prop])))
        if a.get("binding") is not None:
            f.by_type["binding"].append((key, bool(a["binding"])))
    for a, key in zip(spec.get("agreements") or [], keys):
        for idx in a.get("collateral") or []:
            f.by_type["collateral"].append((key, keys[idx]))
        if a.get("collateralAsset"):
            f.by_type["collateral"].append((key, "asset"))
    for m in spec.get("moves") or []:
        f.by_type["move"].append((_n(m["firm"]), float(m["percentChange"])))
    for m in spec.get("metrics") or []:
        f.by_type["metric"].append((_n(m["firm"]), m["metric"], float(m["value"])))
    for c in spec.get("cycles") or []:
        f.by_type["cycle"].append(_canonical([_n(x) for x in c]))
    del edges
    return f


def predicted_facts(ntriples: str) -> Facts:
    triples = list(ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    po: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        po[t.subject.value][t.predicate.value].append(t.object)
    gaz = gazetteer()

    def name(iri: str) -> str:
        entity = gaz.entities.get(iri)
        if entity is not None:
            return _n(entity.label)
        labels = po.get(iri, {}).get(LABEL, [])
        return _n(labels[0].value) if labels else iri

    def types(s):
        return {o.value[len(DG):] for o in po[s].get(RDF_TYPE, []) if o.value.startswith(DG)}

    f = Facts()
    edges = set()
    keys = {}
    for s in po:
        ts = types(s)
        if "Firm" in ts:
            f.by_type["firm"].append(name(s))
            entity = gaz.entities.get(s)
            if entity is not None:
                ts = ts | set(entity.types)
            for t in ts & set(TYPES):
                f.by_type["firm type"].append((name(s), t))
        if "Membership" in ts:
            p = po[s]
            f.by_type["person"].append((name(p[DG + "member"][0].value),
                                        name(p[DG + "organization"][0].value),
                                        _role(p[DG + "role"][0].value[len(DG):])))
        if "StockPriceMove" in ts:
            p = po[s]
            f.by_type["move"].append((name(p[DG + "firm"][0].value),
                                      float(p[DG + "percentChange"][0].value)))
        if ts & {"FinancialMetric", "UsageMetric"}:
            p = po[s]
            for v in p[DG + "value"]:
                f.by_type["metric"].append((name(p[DG + "firm"][0].value),
                                            p[DG + "metricName"][0].value, float(v.value)))
        if "Agreement" in ts:
            p = po[s]
            status = {o.value[len(DG):] for o in p.get(DG + "status", [])}
            if status & NOT_FACT:
                continue
            parties = {r: [name(o.value) for o in p.get(DG + r, [])] for r in ROLES}
            key = _agreement_key(ts, parties)
            keys[s] = key
            f.by_type["agreement"].append(key)
            for prop in FIGURES:
                for v in p.get(DG + prop, []):
                    f.by_type["figure"].append((key, prop, float(v.value)))
            for v in p.get(DG + "isLegallyBinding", []):
                f.by_type["binding"].append((key, v.value == "true"))
            for a, b in FLOW:
                for x in parties[a]:
                    for y in parties[b]:
                        edges.add((x, y))
    for s, key in keys.items():
        for c in po[s].get(DG + "collateral", []):
            target = keys.get(c.value, "asset")
            f.by_type["collateral"].append((key, target))
    for cycle in _cycles(edges):
        f.by_type["cycle"].append(cycle)
    return f


def _close(a, b, rel=0.01, absolute=None) -> bool:
    if absolute is not None:
        return abs(a - b) <= absolute
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


def _equal(kind: str, g, p) -> bool:
    if kind == "figure":
        return g[0] == p[0] and g[1] == p[1] and _close(g[2], p[2])
    if kind == "move":
        return g[0] == p[0] and _close(g[1], p[1], absolute=0.5)
    if kind == "metric":
        return g[0] == p[0] and g[1] == p[1] and _close(g[2], p[2])
    return g == p


def match(kind: str, gold: list, pred: list) -> tuple[int, int, int]:
    """(true positives, gold count, predicted count); duplicates count once (sets)."""
    gold_u = _unique(kind, gold)
    pred_u = _unique(kind, pred)
    used = set()
    tp = 0
    for g in gold_u:
        for i, p in enumerate(pred_u):
            if i not in used and _equal(kind, g, p):
                used.add(i)
                tp += 1
                break
    return tp, len(gold_u), len(pred_u)


def _unique(kind: str, items: list) -> list:
    out = []
    for x in items:
        if not any(_equal(kind, x, y) for y in out):
            out.append(x)
    return out


FACT_TYPES = ["firm", "firm type", "person", "agreement", "figure", "binding", "move", "metric",
              "collateral", "cycle"]


def score_article(article_path: Path, gold_path: Path,
                  extractor=None) -> dict[str, tuple[int, int, int]]:
    spec = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    _, data, _ = extract_article(read_article(article_path), extractor)
    gold, pred = gold_facts(spec), predicted_facts(data)
    return {k: match(k, gold.by_type.get(k, []), pred.by_type.get(k, [])) for k in FACT_TYPES}


def prf(tp: int, g: int, p: int) -> tuple[float, float, float]:
    precision = tp / p if p else (1.0 if not g else 0.0)
    recall = tp / g if g else (1.0 if not p else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_corpus(articles_dir: Path, gold_dir: Path, extractor=None) -> tuple[dict, dict]:
    """Totals per fact type and per-article results over every gold file of the corpus
    (`extractor`: kg.load.propose.Extractor of --extractor model|both; None is the rules)."""
    totals = {k: [0, 0, 0] for k in FACT_TYPES}
    per_article = {}
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        if gold_path.name.startswith("seed-"):
            continue
        spec = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        article_path = articles_dir / spec["article"]
        result = score_article(article_path, gold_path, extractor)
        per_article[spec["article"]] = result
        for k, (tp, g, p) in result.items():
            totals[k][0] += tp
            totals[k][1] += g
            totals[k][2] += p
    return totals, per_article


def overall(totals: dict) -> tuple[float, float, float]:
    tp = sum(v[0] for v in totals.values())
    g = sum(v[1] for v in totals.values())
    p = sum(v[2] for v in totals.values())
    return prf(tp, g, p)
