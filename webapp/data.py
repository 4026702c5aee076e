"""What the pages show, read from the store through :mod:`webapp.engine` with bound values.

Every function returns plain JSON-ready structures; the views render them as HTML or hand them
out as the page's JSON twin. User input only enters queries through :mod:`webapp.sparql_values`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import quote

import pyoxigraph as ox
from flask import current_app, url_for

from kg.namespaces import ARTICLE_PREFIX, DERIVED_GRAPH, DG, ONTOLOGY_GRAPH, PREFIXES, PROV
from kg.namespaces import GRAPH as GRAPH_PREFIX
from webapp import engine
from webapp.i18n import t
from webapp.money import usd
from webapp.sparql_values import iri as sv_iri
from webapp.sparql_values import literal as sv_literal
from webapp.sparql_values import values_block

RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
LABEL_PROPS = f"<{RDFS}label>|<{SKOS}prefLabel>|<{SKOS}altLabel>|<{DG.title}>"
ROLE_PROPERTIES = ["investor", "investee", "issuer", "holder", "provider", "customer", "supplier",
                   "buyer", "lender", "borrower", "arranger", "lessor", "lessee", "party"]
#: agreement classes -> category shown in the flow graph (first match wins)
CATEGORIES = [("EquityWarrant", "warrant"), ("Financing", "loan"), ("Loan", "loan"),
              ("CreditFacility", "loan"), ("BondIssue", "loan"), ("CloudServiceAgreement", "cloud"),
              ("ComputeCommitment", "compute"), ("SupplyAgreement", "supply"),
              ("InvestmentCommitment", "investment"), ("EquityStake", "investment"),
              ("LeaseAgreement", "lease"), ("JointVenture", "investment")]
CATEGORY_NAMES = ["investment", "compute", "cloud", "supply", "loan", "warrant", "lease", "other"]
#: The category a flow's role pair decides by itself (value flows from the first role); for
#: customer/buyer flows the agreement's class decides (cloud, compute, supply). So the Nvidia
#: -> OpenAI leg of a deal that is both an investment and a compute commitment is "investment".
ROLE_CATEGORIES = {"investor": "investment", "lender": "loan", "issuer": "warrant",
                   "lessee": "lease", "holder": "loan"}
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


# --- IRIs, links, labels --------------------------------------------------------------------------
def public_id_base() -> str:
    return current_app.config["PUBLIC_BASE"] + "id/"


def href(value: str) -> str:
    """Where the console shows an IRI: entity pages, ontology anchors, or the resource view."""
    base = public_id_base()
    if value.startswith(base):
        return "/id/" + quote(value[len(base):], safe="/-_.~%")
    if value.startswith(str(DG)):
        return url_for("pages.ontology") + "#" + quote(value[len(str(DG)):], safe="")
    return url_for("pages.resource", iri=value)


def compact(value: str) -> str:
    for prefix, namespace in _BY_LENGTH:
        if value.startswith(namespace) and value != namespace:
            return f"{prefix}:{value[len(namespace):]}"
    return value


def labels(iris, lang: str) -> dict[str, str]:
    """The best label of each IRI in `lang` (then English, then any, then its compact form)."""
    iris = sorted({i for i in iris if i})
    out: dict[str, str] = {}
    for chunk in (iris[i:i + 400] for i in range(0, len(iris), 400)):
        rows = engine.select(f"""
SELECT ?x ?l ?p WHERE {{ {values_block("x", chunk)}
  {{ ?x rdfs:label ?l BIND(1 AS ?p) }} UNION {{ ?x skos:prefLabel ?l BIND(2 AS ?p) }}
  UNION {{ ?x dg:title ?l BIND(3 AS ?p) }} UNION {{ ?x skos:altLabel ?l BIND(4 AS ?p) }} }}""").rows
        best: dict[str, tuple] = {}
        for row in rows:
            literal = row["l"]
            tag = (literal.language or "").lower()
            rank = (0 if tag.startswith(lang) else 1 if tag.startswith("en") else 2 if not tag else 3,
                    int(row["p"].value), literal.value)
            key = row["x"].value
            if key not in best or rank < best[key]:
                best[key] = rank
        out.update({k: v[2] for k, v in best.items()})
    for value in iris:
        out.setdefault(value, local_name(value))
    return out


def local_name(value: str) -> str:
    short = compact(value)
    if short != value:
        return short
    tail = value.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail or value


def term_json(term, names: dict[str, str] | None = None) -> dict:
    """One RDF term for templates and JSON: type, value, label, link, language, datatype."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value, "label": (names or {}).get(term.value) or local_name(term.value),
                "href": href(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value, "label": "_:" + term.value}
    out = {"type": "literal", "value": term.value, "label": term.value}
    if term.language:
        out["lang"] = term.language
    elif term.datatype.value != XSD + "string":
        out["datatype"] = compact(term.datatype.value)
    return out


# --- entities ------------------------------------------------------------------------------------
def entity(value: str, lang: str) -> dict | None:
    """Everything an entity page shows; None if the store knows nothing about the IRI."""
    subject = sv_iri(value)
    out_rows = engine.select(f"SELECT ?p ?o WHERE {{ {subject} ?p ?o }} LIMIT 5000").rows
    in_rows = engine.select(f"SELECT ?s ?p WHERE {{ ?s ?p {subject} FILTER(isIRI(?s)) }} LIMIT 2000").rows
    if not out_rows and not in_rows:
        return None
    iris = {value} | {r["p"].value for r in out_rows} | {r["p"].value for r in in_rows}
    iris |= {r["o"].value for r in out_rows if isinstance(r["o"], ox.NamedNode)}
    iris |= {r["s"].value for r in in_rows}
    names = labels(iris, lang)
    types = sorted({r["o"].value for r in out_rows if r["p"].value == RDF_TYPE})
    derived = {r["o"].value for r in out_rows
               if isinstance(r["o"], ox.NamedNode) and DERIVED_ID.search(r["o"].value)}
    names.update(derived_labels(derived, lang))
    grouped: dict[str, list] = defaultdict(list)
    for row in out_rows:
        if row["p"].value == RDF_TYPE:
            continue
        item = term_json(row["o"], names)
        if item["value"] in derived:
            item["href"] = None  # shown through what it belongs to, never a page of its own
        if item["type"] == "literal" and row["p"].value.endswith("USD"):
            item["display"] = usd(item["value"], lang)
        if item not in grouped[row["p"].value]:
            grouped[row["p"].value].append(item)
    flows = {"to": grouped.pop(str(DG.flowsTo), []),
             "from": [term_json(r["s"], names) for r in in_rows if r["p"].value == str(DG.flowsTo)]}
    for hidden in SHOWN_ELSEWHERE:
        grouped.pop(hidden, None)
    incoming = referenced_by(in_rows, names)
    all_labels = sorted({(r["o"].value, r["o"].language or "") for r in out_rows
                         if r["p"].value in (RDFS + "label", SKOS + "altLabel", SKOS + "prefLabel")
                         and isinstance(r["o"], ox.Literal)}, key=lambda x: (x[1], x[0]))
    result = {
        "iri": value, "label": names[value], "href": href(value),
        "labels": [{"value": v, "lang": lg} for v, lg in all_labels],
        "types": [term_json(ox.NamedNode(t), names) for t in types],
        "properties": [{"predicate": term_json(ox.NamedNode(p), names), "values": vals}
                       for p, vals in sorted(grouped.items(), key=lambda kv: compact(kv[0]))],
        "incoming": [{"predicate": term_json(ox.NamedNode(p), names), "subjects": subs}
                     for p, subs in sorted(incoming.items(), key=lambda kv: compact(kv[0]))],
        "flows": flows,
        "agreements": agreements_of(value, lang),
        "evidence": evidence_of(value, lang),
        "cycles": cycles_of(value, lang),
        "is_article": str(DG.Article) in types,
    }
    if result["is_article"]:
        result["article"] = article(value, lang)
    return result


#: Properties an entity page shows in their own sections (sources, cycles, flows), not again in
#: the property table.
SHOWN_ELSEWHERE = (str(DG.evidence), str(DG.onCycle), str(PROV) + "wasDerivedFrom")
#: Nodes dealgraph derives (flow steps, cycle steps, evidence, canonical figures): shown through
#: the cycle, flow or source they belong to, never as "referenced by".
DERIVED_ID = re.compile(r"/id/(flow|evidence|figure|canonical)/|/id/cycle/[^/]+/step/")
#: Incoming links that repeat what a more specific one says (dg:party under dg:investor, ...).
GENERIC_INCOMING = (str(DG.party), "http://www.w3.org/ns/org#organization", str(DG.cycleMember),
                    str(DG.flowsTo), str(DG.flowSource), str(DG.flowTarget))


def derived_labels(iris: set[str], lang: str) -> dict[str, str]:
    """Readable names for derived nodes: "1. Nvidia → xAI" for a flow or cycle step,
    "amount (USD) = 100000000000" for a canonical figure."""
    if not iris:
        return {}
    rows = engine.select(f"""
SELECT ?x ?i ?s ?t ?fp ?fv WHERE {{ {values_block("x", sorted(iris))}
  OPTIONAL {{ ?x dg:stepIndex ?i }} OPTIONAL {{ ?x dg:flowSource ?s ; dg:flowTarget ?t }}
  OPTIONAL {{ ?x dg:figureProperty ?fp ; dg:figureValue ?fv }} }}""").rows
    ends = labels({r[k].value for r in rows for k in ("s", "t", "fp") if k in r}, lang)
    out = {}
    for row in rows:
        x = row["x"].value
        if "s" in row:
            step = f'{row["i"].value}. ' if "i" in row else ""
            out[x] = f'{step}{ends[row["s"].value]} → {ends[row["t"].value]}'
        elif "fp" in row:
            value = row["fv"].value
            shown = usd(value, lang) if row["fp"].value.endswith("USD") else value
            out[x] = f'{ends[row["fp"].value]} = {shown}'
    return out


def referenced_by(in_rows, names: dict[str, str]) -> dict[str, list]:
    """Incoming links from things people recognise: labelled, not derived, each subject once
    (under its most specific property)."""
    specific: dict[str, str] = {}
    # in a fixed order (not the store's, which is each engine's own): a subject linked by two
    # specific properties is shown under the same one over every store
    for row in sorted(in_rows, key=lambda r: (r["s"].value, r["p"].value)):
        subject, predicate = row["s"].value, row["p"].value
        if DERIVED_ID.search(subject) or names.get(subject) == local_name(subject):
            continue
        if predicate in GENERIC_INCOMING and predicate != str(DG.party):
            continue
        if subject not in specific or specific[subject] == str(DG.party):
            specific[subject] = predicate
    incoming: dict[str, list] = defaultdict(list)
    for subject, predicate in sorted(specific.items(), key=lambda kv: names[kv[0]]):
        incoming[predicate].append(term_json(ox.NamedNode(subject), names))
    return incoming


def entity_triples(value: str) -> list[ox.Triple]:
    subject = sv_iri(value)
    return engine.select(
        f"CONSTRUCT {{ {subject} ?p ?o . ?s ?p2 {subject} }} WHERE "
        f"{{ {{ {subject} ?p ?o }} UNION {{ ?s ?p2 {subject} FILTER(isIRI(?s)) }} }}").triples


def agreements_of(firm: str, lang: str) -> list[dict]:
    roles = " ".join(f"dg:{r}" for r in ROLE_PROPERTIES)
    rows = engine.select(f"""
SELECT DISTINCT ?a ?role ?other ?otherRole ?amount ?binding ?status ?type ?on ?source WHERE {{
  VALUES ?role {{ {roles} }} VALUES ?otherRole {{ {roles} }}
  ?a ?role {sv_iri(firm)} .
  OPTIONAL {{ ?a ?otherRole ?other FILTER(?other != {sv_iri(firm)} && isIRI(?other)) }}
  OPTIONAL {{ ?a dg:canonicalAmountUSD ?amount }} OPTIONAL {{ ?a dg:isLegallyBinding ?binding }}
  OPTIONAL {{ ?a dg:announcedOn ?on }} OPTIONAL {{ ?a dg:sourceArticle ?source }}
  OPTIONAL {{ ?a dg:status ?status }} OPTIONAL {{ ?a a ?type FILTER(STRSTARTS(STR(?type), STR(dg:))) }}
}} LIMIT 5000""").rows
    by_agreement: dict[str, dict] = {}
    for row in rows:
        a = row["a"].value
        item = by_agreement.setdefault(a, {"iri": a, "roles": set(), "counterparties": {},
                                           "types": set(), "amountUSD": None, "binding": None,
                                           "status": None, "dates": set(), "sources": set()})
        if "on" in row:
            item["dates"].add(row["on"].value)
        if "source" in row:
            item["sources"].add(row["source"].value)
        if row["role"].value != str(DG.party) or not item["roles"]:
            item["roles"].add(row["role"].value)
        if "other" in row and row.get("otherRole") and row["otherRole"].value != str(DG.party):
            item["counterparties"].setdefault(row["other"].value, set()).add(row["otherRole"].value)
        elif "other" in row:
            item["counterparties"].setdefault(row["other"].value, set())
        if "type" in row:
            item["types"].add(row["type"].value)
        if "amount" in row:
            item["amountUSD"] = row["amount"].value
        if "binding" in row:
            item["binding"] = row["binding"].value == "true"
        if "status" in row:
            item["status"] = row["status"].value
    iris = set(by_agreement)
    for item in by_agreement.values():
        iris |= item["roles"] | set(item["counterparties"]) | item["types"]
        iris |= {r for rs in item["counterparties"].values() for r in rs} | item["sources"]
        if item["status"]:
            iris.add(item["status"])
    names = labels(iris, lang)
    out = []
    for a, item in sorted(by_agreement.items(),
                          key=lambda kv: (names[kv[0]], min(kv[1]["dates"], default=""))):
        roles = [r for r in item["roles"] if r != str(DG.party)] or list(item["roles"])
        out.append({
            "iri": a, "label": names[a], "href": href(a),
            "roles": [{"iri": r, "label": names[r]} for r in sorted(roles)],
            "types": [{"iri": t, "label": names[t], "href": href(t)} for t in sorted(item["types"])
                      if t not in (str(DG.Agreement),)],
            "counterparties": [{"iri": c, "label": names[c], "href": href(c),
                                "roles": [names[r] for r in sorted(rs)]}
                               for c, rs in sorted(item["counterparties"].items())],
            "amountUSD": item["amountUSD"], "binding": item["binding"],
            "date": min(item["dates"], default=None),
            "sources": [{"iri": s, "label": names[s], "href": href(s)} for s in sorted(item["sources"])],
            "loi": str(DG.LetterOfIntent) in item["types"],
            "status": {"iri": item["status"], "label": names[item["status"]]} if item["status"] else None,
        })
    return out


def evidence_of(node: str, lang: str) -> list[dict]:
    rows = engine.select(f"""
SELECT DISTINCT ?e ?quote ?start ?end ?article ?title WHERE {{
  {sv_iri(node)} dg:evidence ?e .
  OPTIONAL {{ ?e dg:quote|oa:exact ?quote }}
  OPTIONAL {{ ?e dg:startOffset|oa:start ?start }} OPTIONAL {{ ?e dg:endOffset|oa:end ?end }}
  OPTIONAL {{ ?e dg:sourceArticle ?article OPTIONAL {{ ?article dg:title ?title }} }}
}} LIMIT 500""").rows
    seen = {}
    for row in rows:
        e = row["e"].value
        if e in seen:
            continue
        article_iri = row["article"].value if "article" in row else None
        link = href(article_iri) if article_iri else None
        if link and "start" in row:
            link += f"#char-{row['start'].value}"
        seen[e] = {"iri": e, "quote": row["quote"].value if "quote" in row else None,
                   "start": int(row["start"].value) if "start" in row else None,
                   "end": int(row["end"].value) if "end" in row else None,
                   "article": article_iri, "article_title": row["title"].value if "title" in row else
                   (local_name(article_iri) if article_iri else None), "href": link}
    return sorted(seen.values(), key=lambda e: (e["article"] or "", e["start"] or 0))


def cycles_of(node: str, lang: str) -> list[dict]:
    rows = engine.select(f"SELECT DISTINCT ?c WHERE {{ ?c a dg:Cycle ; dg:cycleMember {sv_iri(node)} }}").rows
    names = labels([r["c"].value for r in rows], lang)
    return [{"iri": r["c"].value, "label": names[r["c"].value], "href": href(r["c"].value)} for r in rows]


# --- articles ------------------------------------------------------------------------------------
def article(value: str, lang: str) -> dict:
    """The article text cut into segments, each marked with the facts and entities it carries."""
    subject = sv_iri(value)
    head = engine.select(f"""SELECT ?text ?title ?lang ?url WHERE {{ {subject} dg:text ?text
      OPTIONAL {{ {subject} dg:title ?title }} OPTIONAL {{ {subject} dg:language ?lang }}
      OPTIONAL {{ {subject} dg:url ?url }} }} LIMIT 1""").rows
    if not head:
        return {"text": None, "segments": [], "facts": []}
    text = head[0]["text"].value
    rows = engine.select(f"""
SELECT DISTINCT ?fact ?e ?start ?end ?type WHERE {{
  ?e dg:sourceArticle {subject} ; dg:startOffset|oa:start ?start ; dg:endOffset|oa:end ?end .
  ?fact dg:evidence ?e . OPTIONAL {{ ?fact a ?type FILTER(STRSTARTS(STR(?type), STR(dg:))) }}
}} LIMIT 5000""").rows
    facts: dict[str, dict] = {}
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        if not (0 <= start < end <= len(text)):
            continue
        f = facts.setdefault(row["fact"].value, {"iri": row["fact"].value, "spans": set(), "types": set()})
        f["spans"].add((start, end))
        if "type" in row:
            f["types"].add(row["type"].value)
    parties = engine.select(f"""
SELECT DISTINCT ?firm ?l WHERE {{
  ?e dg:sourceArticle {subject} . ?fact dg:evidence ?e ; ?role ?firm .
  VALUES ?role {{ {" ".join("dg:" + r for r in ROLE_PROPERTIES)} dg:firm }}
  ?firm rdfs:label|skos:altLabel ?l }}""").rows
    names = labels(set(facts) | {t for f in facts.values() for t in f["types"]}
                   | {r["firm"].value for r in parties}, lang)
    fact_at: list[set] = [set() for _ in text]
    entity_at: list[str | None] = [None] * len(text)
    fact_ids = {f: f"f{i}" for i, f in enumerate(sorted(facts))}
    for fact, item in facts.items():
        for start, end in item["spans"]:
            for i in range(start, end):
                fact_at[i].add(fact_ids[fact])
    lowered = text.casefold()
    for row in sorted(parties, key=lambda r: -len(r["l"].value)):
        needle = row["l"].value.casefold()
        if len(needle) < 2:
            continue
        pos = lowered.find(needle)
        while pos >= 0:
            if all(entity_at[i] is None for i in range(pos, pos + len(needle))):
                for i in range(pos, pos + len(needle)):
                    entity_at[i] = row["firm"].value
            pos = lowered.find(needle, pos + len(needle))
    segments = []
    i = 0
    while i < len(text):
        j = i
        key = (frozenset(fact_at[i]), entity_at[i])
        while j < len(text) and (frozenset(fact_at[j]), entity_at[j]) == key:
            j += 1
        ent = entity_at[i]
        segments.append({"text": text[i:j], "start": i, "facts": sorted(fact_at[i]),
                         "entity": {"iri": ent, "href": href(ent), "label": names.get(ent, "")} if ent else None})
        i = j
    fact_list = [{"id": fact_ids[f], "iri": f, "label": names[f], "href": href(f),
                  "types": [names[t] for t in sorted(item["types"])],
                  "spans": sorted(item["spans"])} for f, item in sorted(facts.items(), key=lambda kv: min(kv[1]["spans"]))]
    return {"text": text, "title": head[0]["title"].value if "title" in head[0] else None,
            "language": head[0]["lang"].value if "lang" in head[0] else None,
            "url": head[0]["url"].value if "url" in head[0] else None,
            "segments": segments, "facts": fact_list}


# --- search --------------------------------------------------------------------------------------
def search(text: str, lang: str, limit: int = 20) -> list[dict]:
    """Entities whose labels (any language, alternative names too) contain `text`."""
    text = (text or "").strip()
    if not text:
        return []
    rows = engine.select(f"""
SELECT ?s ?l WHERE {{ VALUES ?q {{ {sv_literal(text[:200])} }}
  ?s rdfs:label|skos:altLabel|skos:prefLabel|dg:title ?l .
  FILTER(isIRI(?s) && CONTAINS(LCASE(STR(?l)), LCASE(?q)))
}} LIMIT 2000""").rows
    needle = text.casefold()
    best: dict[str, tuple] = {}
    for row in rows:
        label = row["l"].value
        folded = label.casefold()
        rank = 0 if folded == needle else 1 if folded.startswith(needle) else 2
        key = row["s"].value
        candidate = (rank, len(label), label)
        if key not in best or candidate < best[key]:
            best[key] = candidate
    if not best:
        return []
    iris = sorted(best, key=lambda k: best[k])[: limit * 3]
    type_rows = engine.select(f"SELECT ?s ?t WHERE {{ {values_block('s', iris)} ?s a ?t }}").rows
    types: dict[str, set] = defaultdict(set)
    for row in type_rows:
        types[row["s"].value].add(row["t"].value)
    names = labels(set(iris) | {t for ts in types.values() for t in ts}, lang)
    important = [str(DG.Firm), str(DG.Person), str(DG.Agreement), str(DG.Article)]

    def order(k):
        kinds = types.get(k, set())
        weight = min([important.index(t) for t in kinds if t in important], default=len(important))
        return (best[k][0], weight, best[k][1], names[k])

    out = []
    for k in sorted(iris, key=order)[:limit]:
        shown = [t for t in types.get(k, ()) if t.startswith(str(DG))]
        out.append({"iri": k, "label": names[k], "matched": best[k][2], "href": href(k),
                    "types": sorted(names[t] for t in shown)})
    return out


# --- money flows ---------------------------------------------------------------------------------
def flow_graph(lang: str) -> dict:
    """Firms as nodes, agreements as directed edges (direction of value), cycles marked."""
    try:
        from kg.flows import FLOW_RULES
    except ImportError:  # pragma: no cover - flows module absent
        FLOW_RULES = (("investor", "investee", "investment"), ("customer", "provider", "payment"),
                      ("buyer", "supplier", "purchase"), ("lender", "borrower", "loan"),
                      ("lessee", "lessor", "lease"), ("issuer", "holder", "equity"))
    pairs = " ".join(f"(dg:{s} dg:{t})" for s, t, _ in FLOW_RULES)
    rows = engine.select(f"""
SELECT DISTINCT ?a ?sp ?src ?dst ?type ?binding ?amount WHERE {{
  VALUES (?sp ?tp) {{ {pairs} }}
  ?a ?sp ?src ; ?tp ?dst . FILTER(isIRI(?src) && isIRI(?dst) && ?src != ?dst)
  OPTIONAL {{ ?a a ?type FILTER(STRSTARTS(STR(?type), STR(dg:))) }}
  OPTIONAL {{ ?a dg:isLegallyBinding ?binding }}
  OPTIONAL {{ ?a dg:canonicalAmountUSD ?amount }}
}} LIMIT 20000""").rows
    edges: dict[tuple, dict] = {}
    for row in rows:
        key = (row["src"].value, row["dst"].value, row["a"].value)
        edge = edges.setdefault(key, {"types": set(), "binding": None, "roles": set(),
                                      "amount": None})
        if "amount" in row:
            edge["amount"] = float(row["amount"].value)
        edge["roles"].add(row["sp"].value.removeprefix(str(DG)))
        if "type" in row:
            edge["types"].add(row["type"].value.removeprefix(str(DG)))
        if "binding" in row:
            edge["binding"] = row["binding"].value == "true"
    cycle_rows = engine.select("""
SELECT ?c ?src ?dst WHERE { ?c a dg:Cycle ; dg:cycleStep ?step .
  ?step dg:flowSource ?src ; dg:flowTarget ?dst }""").rows
    on_cycle = {(r["src"].value, r["dst"].value) for r in cycle_rows}
    cycles = sorted({r["c"].value for r in cycle_rows})
    firms = {k[0] for k in edges} | {k[1] for k in edges}
    names = labels(firms | {k[2] for k in edges} | set(cycles), lang)
    nodes = [{"id": f, "label": names[f], "href": href(f),
              "on_cycle": any(f in pair for pair in on_cycle)} for f in sorted(firms)]
    out_edges = []
    for (src, dst, a), edge in sorted(edges.items()):
        category = flow_category(edge["roles"], edge["types"])
        loi = "LetterOfIntent" in edge["types"] or edge["binding"] is False
        out_edges.append({"id": f"{src}|{dst}|{a}", "source": src, "target": dst, "agreement": a,
                          "label": names[a], "href": href(a), "category": category, "loi": loi,
                          "types": sorted(edge["types"]), "on_cycle": (src, dst) in on_cycle,
                          "amountUSD": edge["amount"]})
    used = sorted({e["category"] for e in out_edges}, key=CATEGORY_NAMES.index)
    members = defaultdict(set)
    for row in cycle_rows:
        members[row["c"].value] |= {row["src"].value, row["dst"].value}
    return {"nodes": nodes, "edges": out_edges, "links": merged_links(out_edges, lang),
            "categories": [{"name": c, "label": t(f"cat_{c}", lang)} for c in used],
            "cycles": [{"iri": c, "label": names[c], "href": href(c), "members": sorted(members[c])}
                       for c in cycles]}


def merged_links(edges: list[dict], lang: str) -> list[dict]:
    """Parallel agreements (same firms, direction and category) as one link: its agreements,
    total amount (what its width shows) and a label with the category and the amount."""
    merged: dict[tuple, dict] = {}
    for e in edges:
        link = merged.setdefault((e["source"], e["target"], e["category"]), {
            "id": f'{e["source"]}|{e["target"]}|{e["category"]}', "source": e["source"],
            "target": e["target"], "category": e["category"], "agreements": [], "amountUSD": 0.0,
            "loi": True, "on_cycle": e["on_cycle"]})
        link["agreements"].append({"iri": e["agreement"], "label": e["label"], "href": e["href"]})
        link["amountUSD"] += e["amountUSD"] or 0.0
        link["loi"] = link["loi"] and e["loi"]
    for link in merged.values():
        amount = usd(link["amountUSD"], lang) if link["amountUSD"] else ""
        count = len(link["agreements"])
        link["label"] = " · ".join(x for x in (t(f'cat_{link["category"]}', lang), amount,
                                               f"×{count}" if count > 1 else "") if x)
        link["href"] = link["agreements"][0]["href"] if count == 1 else None
    return sorted(merged.values(), key=lambda link: link["id"])


def flow_category(roles: set[str], types: set[str]) -> str:
    """A flow's category: its role pair's (investment, loan, ...), else its agreement class's.

    >>> flow_category({"investor"}, {"InvestmentCommitment", "ComputeCommitment"})
    'investment'
    >>> flow_category({"customer"}, {"InvestmentCommitment", "ComputeCommitment"})
    'compute'
    """
    by_role = sorted(ROLE_CATEGORIES[r] for r in roles if r in ROLE_CATEGORIES)
    if by_role:
        return by_role[0]
    by_class = [c for cls, c in CATEGORIES if cls in types and c in ("cloud", "compute", "supply")]
    return by_class[0] if by_class else "other"


def cycles(lang: str) -> list[dict]:
    rows = engine.select("SELECT DISTINCT ?c ?m WHERE { ?c a dg:Cycle ; dg:cycleMember ?m }").rows
    members: dict[str, list] = defaultdict(list)
    for row in rows:
        members[row["c"].value].append(row["m"].value)
    names = labels(set(members) | {m for ms in members.values() for m in ms}, lang)
    return [{"iri": c, "label": names[c], "href": href(c),
             "members": [{"iri": m, "label": names[m], "href": href(m)} for m in sorted(ms)]}
            for c, ms in sorted(members.items())]


# --- ontology, dataset ---------------------------------------------------------------------------
def ontology_terms(lang: str) -> dict:
    graph = sv_iri(ONTOLOGY_GRAPH)
    rows = engine.select(f"""
SELECT ?t ?kind ?p ?o WHERE {{ GRAPH {graph} {{
  VALUES (?k ?kind) {{ (owl:Class "class") (owl:ObjectProperty "property") (owl:DatatypeProperty "property")
                     (owl:AnnotationProperty "property") (rdf:Property "property") }}
  ?t a ?k . FILTER(isIRI(?t) && STRSTARTS(STR(?t), STR(dg:)))
  OPTIONAL {{ ?t ?p ?o VALUES ?p {{ rdfs:label rdfs:comment rdfs:domain rdfs:range rdfs:subClassOf rdfs:subPropertyOf }} }}
}} }}""").rows
    terms: dict[str, dict] = {}
    for row in rows:
        t = row["t"].value
        item = terms.setdefault(t, {"iri": t, "name": t[len(str(DG)):], "kind": row["kind"].value,
                                    "labels": {}, "comments": {}, "domain": [], "range": [],
                                    "super": []})
        if "p" not in row:
            continue
        p, o = row["p"].value, row["o"]
        if p == RDFS + "label" and isinstance(o, ox.Literal):
            item["labels"][o.language or ""] = o.value
        elif p == RDFS + "comment" and isinstance(o, ox.Literal):
            item["comments"][o.language or ""] = o.value
        elif isinstance(o, ox.NamedNode):
            key = {"domain": "domain", "range": "range", "subClassOf": "super",
                   "subPropertyOf": "super"}[p.rsplit("#", 1)[1]]
            if o.value not in item[key]:
                item[key].append(o.value)
    refs = {x for item in terms.values() for k in ("domain", "range", "super") for x in item[k]}
    names = labels(refs, lang)
    for item in terms.values():
        item["label"] = item["labels"].get(lang) or item["labels"].get("en") or item["name"]
        item["comment"] = item["comments"].get(lang) or item["comments"].get("en") or ""
        for key in ("domain", "range", "super"):
            item[key] = [{"iri": x, "label": names[x], "href": href(x)} for x in sorted(item[key])]
    ordered = sorted(terms.values(), key=lambda i: i["name"].lower())
    classes = [t for t in ordered if t["kind"] == "class"]
    properties = [t for t in ordered if t["kind"] == "property"]
    return {"namespace": str(DG), "classes": classes, "properties": properties,
            "class_tree": term_tree(classes), "property_tree": term_tree(properties)}


def term_tree(terms: list[dict]) -> list[dict]:
    """The terms as a forest under their dealgraph super-terms (a term with several appears
    under each); roots are the terms with no dealgraph super-term.

    >>> tree = term_tree([{"iri": "a", "name": "A", "label": "A", "super": []},
    ...                   {"iri": "b", "name": "B", "label": "B", "super": [{"iri": "a"}]}])
    >>> [(n["name"], [c["name"] for c in n["children"]]) for n in tree]
    [('A', ['B'])]
    """
    known = {t["iri"] for t in terms}
    children: dict[str, list[dict]] = defaultdict(list)
    roots = []
    for term in terms:
        parents = [s["iri"] for s in term["super"] if s["iri"] in known]
        for parent in parents:
            children[parent].append(term)
        if not parents:
            roots.append(term)

    def node(term: dict, seen: frozenset) -> dict:
        kids = [node(c, seen | {term["iri"]}) for c in children[term["iri"]] if c["iri"] not in seen]
        return {"name": term["name"], "label": term["label"], "children": kids}

    return [node(r, frozenset()) for r in roots]


def _graph_row(graph: str, size: int, titles: dict[str, str]) -> dict:
    """A named graph as the dataset page lists it: articles by title, linked to the article."""
    from kg.namespaces import ARTICLE_GRAPH_PREFIX

    if graph.startswith(ARTICLE_GRAPH_PREFIX):
        key = graph.removeprefix(ARTICLE_GRAPH_PREFIX)
        return {"iri": graph, "triples": size, "derived": False, "order": 1, "kind": "article",
                "label": titles.get(key, key), "href": href(ARTICLE_PREFIX + key)}
    kind = graph.removeprefix(GRAPH_PREFIX) if graph.startswith(GRAPH_PREFIX) else "user"
    return {"iri": graph, "triples": size, "derived": graph == DERIVED_GRAPH, "order": 0 if
            kind in ("ontology", "reference", "derived") else 2, "kind": kind.split("/")[0],
            "label": "graph/" + graph.removeprefix(GRAPH_PREFIX) if kind != "user" else graph,
            "href": None}


def dataset(lang: str) -> dict:
    graphs = engine.store().graphs()
    class_rows = engine.select("""SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c }
      GROUP BY ?c ORDER BY DESC(?n) LIMIT 500""").rows
    article_rows = engine.select("""
SELECT ?a (SAMPLE(?t) AS ?title) (SAMPLE(?lg) AS ?lang) (SAMPLE(?d) AS ?date) (COUNT(DISTINCT ?f) AS ?facts) WHERE {
  ?a a dg:Article . OPTIONAL { ?a dg:title ?t } OPTIONAL { ?a dg:language ?lg }
  OPTIONAL { ?a dg:publishedOn ?d } OPTIONAL { ?f dg:evidence/dg:sourceArticle ?a }
} GROUP BY ?a ORDER BY ?a LIMIT 5000""").rows
    names = labels([r["c"].value for r in class_rows], lang)
    titles = {r["a"].value.removeprefix(ARTICLE_PREFIX): r["title"].value
              for r in article_rows if "title" in r}
    facts = engine.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"].value
    graph_rows = [_graph_row(g, n, titles) for g, n in graphs.items()]
    return {
        "facts": int(facts),
        "quads": sum(graphs.values()),
        "graphs": sorted(graph_rows, key=lambda g: (g["order"], g["label"].lower())),
        "classes": [{"iri": r["c"].value, "label": names[r["c"].value], "href": href(r["c"].value),
                     "compact": compact(r["c"].value), "instances": int(r["n"].value)}
                    for r in class_rows if isinstance(r["c"], ox.NamedNode)],
        "articles": [{"iri": r["a"].value, "href": href(r["a"].value),
                      "title": r["title"].value if "title" in r else local_name(r["a"].value),
                      "language": r["lang"].value if "lang" in r else None,
                      "published": r["date"].value if "date" in r else None,
                      "facts": int(r["facts"].value)} for r in article_rows],
    }
