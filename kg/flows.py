"""The firm-to-firm value-flow relation, its cycles, and who is exposed when a firm defaults.

Flows are read from the agreements in the source graphs (never from the derived graph, which is
being recomputed) by role pairs (:data:`FLOW_RULES`): investor to investee, customer to provider,
buyer to supplier, lender to borrower, lessee to lessor, warrant issuer to holder (equity granted)
and bond holder to issuer. Agreements whose status is denied, rumoured, hypothetical or terminated
(and not also definitive or completed) carry no flow.

:func:`derive_flows` materialises, for the derived graph:

* ``?src dg:flowsTo ?dst`` once per firm pair;
* one ``dg:FlowStep`` per (source, target, agreement), citing the agreement (prov:wasDerivedFrom);
* one ``dg:Cycle`` per elementary cycle of at most :data:`MAX_CYCLE_LENGTH` firms, found by
  Tarjan's strongly connected components and a bounded search that only starts a cycle at its
  smallest firm (so every rotation is found once). Its IRI comes from that canonical rotation.
  A cycle has ordered steps (``dg:cycleStep`` → ``dg:FlowStep`` with ``dg:stepIndex``, the
  agreements behind that step), its members, an English and a Chinese label
  ("Nvidia → OpenAI → Oracle → Nvidia") and ``dg:onCycle`` from each member.

>>> find_cycles({"b": {"a"}, "a": {"b", "c"}, "c": {"a"}})
[('a', 'b'), ('a', 'c')]
"""
from __future__ import annotations

import logging
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.ids import entity_iri
from kg.namespaces import DERIVED_GRAPH, DG, ONTOLOGY_GRAPH, PROV
from kg.store import Store

log = logging.getLogger(__name__)

#: Longest cycle (in firms) that is materialised; longer loops are too diluted to matter.
MAX_CYCLE_LENGTH = 6
#: Safety valve against pathological graphs: stop enumerating after this many cycles.
MAX_CYCLES = 5_000
#: At most this many cycles are materialised, shortest first (a dense synthetic graph of
#: 1,000 articles has tens of thousands of long loops, which would swamp the derived graph);
#: how many were left out is recorded as ``dg:cyclesOmitted`` on the derived graph node.
MAX_MATERIALISED_CYCLES = 1_000

#: (source role, target role, kind): value flows from the first party to the second.
#: ``kind`` "equity" applies to issuer/holder except on bonds, "bond" only on bonds.
FLOW_RULES: tuple[tuple[str, str, str], ...] = (
    ("investor", "investee", "investment"),
    ("customer", "provider", "payment"),
    ("buyer", "supplier", "purchase"),
    ("lender", "borrower", "loan"),
    ("lessee", "lessor", "lease"),
    ("issuer", "holder", "equity"),
    ("holder", "issuer", "bond"),
)

#: Statuses that mean "not a fact": no value flows under such an agreement...
EXCLUDED_STATUSES = frozenset(str(DG[s]) for s in ("Denied", "Rumoured", "Hypothetical", "Terminated"))
#: ...unless another source says it was signed or completed.
CONFIRMING_STATUSES = frozenset(str(DG[s]) for s in ("Definitive", "Completed"))

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SOURCES = f"FILTER(?g != <{DERIVED_GRAPH}>)"


@dataclass(frozen=True)
class Flow:
    source: str
    target: str
    agreement: str
    kind: str


@dataclass
class Cycle:
    iri: str
    firms: tuple[str, ...]  # canonical rotation: starts at the smallest IRI
    steps: list[list[str]] = field(default_factory=list)  # agreements behind step i (i -> i+1)


# --------------------------------------------------------------------------------------------
# Reading flows from the sources
# --------------------------------------------------------------------------------------------

def values_clause(variable: str, iris: Iterable[str] | None) -> str:
    """``VALUES ?variable { <iri> ... }``, or "" for None (no restriction).

    >>> values_clause("x", ["http://a"]), values_clause("x", None)
    ('VALUES ?x { <http://a> }', '')
    """
    if iris is None:
        return ""
    return f"VALUES ?{variable} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def _flow_query(agreements: Iterable[str] | None = None) -> str:
    values = " ".join(f"(<{DG[s]}> <{DG[t]}> \"{k}\")" for s, t, k in FLOW_RULES)
    return f"""
SELECT DISTINCT ?a ?src ?dst ?kind WHERE {{ {values_clause("a", agreements)}
  VALUES (?sp ?tp ?kind) {{ {values} }}
  GRAPH ?g {{ ?a ?sp ?src }} {_SOURCES}
  GRAPH ?g2 {{ ?a ?tp ?dst }} FILTER(?g2 != <{DERIVED_GRAPH}>)
  FILTER(isIRI(?src) && isIRI(?dst) && ?src != ?dst)
}}"""


def _flow_rows(store: Store, agreements: list[str] | None) -> set[tuple[str, str, str, str]]:
    """{(agreement, source, target, kind)} from the source graphs. For given agreements, their
    own role triples are read (``?a`` bound in ``GRAPH ?g``, roles by ``FILTER ... IN``):
    Oxigraph 0.5 plans a ``VALUES ?p`` beside ``GRAPH ?g`` 10x slower (0.35 s vs 0.04 s for
    120 agreements on the 1M bench graph)."""
    if agreements is None:
        return {(r["a"].value, r["src"].value, r["dst"].value, r["kind"].value)
                for r in store.query(_flow_query(None)).rows}
    wanted = {str(DG[p]) for rule in FLOW_RULES for p in rule[:2]}
    found: set[tuple[str, str, str, str]] = set()
    for start in range(0, len(agreements), 2000):
        said: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        picked = ", ".join(f"<{p}>" for p in sorted(wanted))
        rows = store.query(f"SELECT ?a ?p ?o WHERE {{ {values_clause('a', agreements[start:start + 2000])} "
                           f"GRAPH ?g {{ ?a ?p ?o }} FILTER(?p IN ({picked}) && isIRI(?o)) "
                           f"{_SOURCES} }}").rows
        for row in rows:
            if row["p"].value in wanted and isinstance(row["o"], ox.NamedNode):
                said[row["a"].value][row["p"].value].add(row["o"].value)
        for agreement, by in said.items():
            for sp, tp, kind in FLOW_RULES:
                found.update((agreement, src, dst, kind) for src in by.get(str(DG[sp]), ())
                             for dst in by.get(str(DG[tp]), ()) if src != dst)
    return found


def _subclasses(store: Store, cls: str) -> set[str]:
    rows = store.query(
        f"SELECT DISTINCT ?c WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?c <{_RDFS}subClassOf>+ <{cls}> }} }}"
    ).rows
    return {cls} | {r["c"].value for r in rows if isinstance(r["c"], ox.NamedNode)}


def _typed(store: Store, classes: set[str], within: Iterable[str] | None = None) -> set[str]:
    if not classes:
        return set()
    values = " ".join(f"<{c}>" for c in sorted(classes))
    rows = store.query(
        f"SELECT DISTINCT ?x WHERE {{ {values_clause('x', within)} VALUES ?c {{ {values} }} "
        f"GRAPH ?g {{ ?x <{_RDF_TYPE}> ?c }} {_SOURCES} }}"
    ).rows
    return {r["x"].value for r in rows}


def _statuses(store: Store, within: Iterable[str] | None = None) -> dict[str, set[str]]:
    rows = store.query(
        f"SELECT DISTINCT ?a ?s WHERE {{ {values_clause('a', within)} "
        f"GRAPH ?g {{ ?a <{DG.status}> ?s }} {_SOURCES} }}"
    ).rows
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        found[row["a"].value].add(row["s"].value)
    return found


def carries_flow(statuses: Iterable[str]) -> bool:
    """False for denied/rumoured/hypothetical/terminated agreements no source confirms.

    >>> carries_flow([str(DG.Announced)]), carries_flow([str(DG.Denied)])
    (True, False)
    >>> carries_flow([str(DG.Rumoured), str(DG.Definitive)])
    True
    """
    statuses = set(statuses)
    return not (statuses & EXCLUDED_STATUSES) or bool(statuses & CONFIRMING_STATUSES)


def read_flows(store: Store, agreements: Iterable[str] | None = None) -> list[Flow]:
    """Every (source, target, agreement) value flow in the source graphs, sorted; only those
    of `agreements` when given."""
    if agreements is not None:
        agreements = sorted(agreements)
        if not agreements:
            return []
    rows = _flow_rows(store, agreements)
    if not rows:
        return []
    found = {a for a, _, _, _ in rows}
    parties = {x for _, src, dst, _ in rows for x in (src, dst)}
    scoped = agreements is not None
    bonds = _typed(store, _subclasses(store, str(DG.BondIssue)), found if scoped else None)
    people = _typed(store, _subclasses(store, str(DG.Person)), parties if scoped else None)
    statuses = _statuses(store, found if scoped else None)
    flows = set()
    for agreement, source, target, kind in rows:
        if kind == "bond" and agreement not in bonds or kind == "equity" and agreement in bonds:
            continue
        if source in people or target in people:
            continue
        if not carries_flow(statuses.get(agreement, ())):
            continue
        flows.add(Flow(source, target, agreement, kind))
    return sorted(flows, key=lambda f: (f.source, f.target, f.agreement, f.kind))


# --------------------------------------------------------------------------------------------
# Cycles: Tarjan's SCCs, then a bounded search rooted at each cycle's smallest node
# --------------------------------------------------------------------------------------------

def strongly_connected_components(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (no recursion limit); components with sorted members.

    >>> strongly_connected_components({"a": ["b"], "b": ["a"], "c": ["a"]})
    [['a', 'b'], ['c']]
    """
    nodes = sorted(set(graph) | {t for ts in graph.values() for t in ts})
    succ = {n: sorted(graph.get(n, ())) for n in nodes}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            recurse = False
            for j in range(i, len(succ[node])):
                nxt = succ[node][j]
                if nxt not in index:
                    work.append((node, j + 1))
                    work.append((nxt, 0))
                    recurse = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if recurse:
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(components)


def find_cycles(graph: Mapping[str, Iterable[str]], max_length: int = MAX_CYCLE_LENGTH,
                limit: int = MAX_CYCLES) -> list[tuple[str, ...]]:
    """Elementary cycles (2..max_length nodes), each once, as its rotation starting at its
    smallest node; sorted. Self-loops are ignored.

    >>> find_cycles({"n": ["o"], "o": ["r"], "r": ["n"]})
    [('n', 'o', 'r')]
    >>> find_cycles({"a": ["b"], "b": ["c"], "c": ["d"], "d": ["a"]}, max_length=3)
    []
    """
    cycles: list[tuple[str, ...]] = []
    for component in strongly_connected_components(graph):
        if len(component) < 2:
            continue
        members = set(component)
        succ = {n: sorted(t for t in graph.get(n, ()) if t in members and t != n) for n in component}
        pred: dict[str, list[str]] = defaultdict(list)
        for n in component:
            for t in succ[n]:
                pred[t].append(n)
        for start in component:  # sorted: only nodes greater than start may follow it
            # steps from each node back to start through nodes > start: a branch that cannot
            # close within max_length is skipped (same cycles, same order, far less search)
            back = _distances_to(start, pred, max_length)
            path = [start]
            on_path = {start}
            iters = [iter(succ[start])]
            while iters:
                nxt = next(iters[-1], None)
                if nxt is None:
                    iters.pop()
                    on_path.discard(path.pop())
                    continue
                if nxt == start:
                    if len(path) >= 2:
                        cycles.append(tuple(path))
                        if len(cycles) >= limit:
                            log.warning("stopped after %d cycles (limit)", limit)
                            return sorted(cycles)
                    continue
                if nxt < start or nxt in on_path or len(path) + back.get(nxt, max_length) > max_length:
                    continue
                path.append(nxt)
                on_path.add(nxt)
                iters.append(iter(succ[nxt]))
    return sorted(cycles)


def _distances_to(start: str, pred: Mapping[str, list[str]], max_length: int) -> dict[str, int]:
    """{node: fewest steps from it to `start` through nodes greater than start}, up to
    max_length - 1 steps (breadth-first over the reversed edges)."""
    dist = {start: 0}
    frontier = [start]
    for depth in range(1, max_length):
        nxt_frontier = []
        for node in frontier:
            for p in pred.get(node, ()):
                if p > start and p not in dist:
                    dist[p] = depth
                    nxt_frontier.append(p)
        frontier = nxt_frontier
    return dist


def cycle_iri(firms: Iterable[str]) -> str:
    """Deterministic IRI of the cycle through `firms` in canonical rotation."""
    return entity_iri("cycle", *firms)


def cycles_from_flows(flows: Iterable[Flow], max_length: int = MAX_CYCLE_LENGTH) -> list[Cycle]:
    flows = list(flows)
    graph: dict[str, set[str]] = defaultdict(set)
    agreements: dict[tuple[str, str], set[str]] = defaultdict(set)
    for flow in flows:
        graph[flow.source].add(flow.target)
        agreements[(flow.source, flow.target)].add(flow.agreement)
    found: list[tuple[str, ...]] = []
    for length in range(2, max_length + 1):  # grow the bound: if the limit stops the search,
        found = find_cycles(graph, length)     # every shorter cycle has already been found
        if len(found) >= MAX_CYCLES:
            break
    result = []
    for firms in found:
        steps = [sorted(agreements[(firms[i], firms[(i + 1) % len(firms)])]) for i in range(len(firms))]
        result.append(Cycle(cycle_iri(firms), firms, steps))
    return result


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

def firm_labels(store: Store, iris: Iterable[str]) -> dict[str, dict[str, str]]:
    """{iri: {lang: label}} from rdfs:label (any graph but the derived one); "" for untagged."""
    iris = sorted(set(iris))
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for chunk in range(0, len(iris), 500):
        values = " ".join(f"<{i}>" for i in iris[chunk:chunk + 500])
        rows = store.query(
            f"SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }} GRAPH ?g {{ ?x <{_RDFS}label> ?l }} {_SOURCES} }}"
        ).rows
        for row in rows:
            lit = row["l"]
            if isinstance(lit, ox.Literal):
                lang = (lit.language or "").lower().split("-")[0]
                current = labels[row["x"].value].get(lang)
                if current is None or lit.value < current:
                    labels[row["x"].value][lang] = lit.value
    return labels


def pick_label(iri: str, labels: Mapping[str, Mapping[str, str]], lang: str) -> str:
    """The label in `lang`, else English, else untagged, else any, else the IRI's last segment."""
    found = labels.get(iri, {})
    for key in (lang, "en", ""):
        if found.get(key):
            return found[key]
    if found:
        return found[sorted(found)[0]]
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def cycle_text(firms: Iterable[str], labels: Mapping[str, Mapping[str, str]], lang: str) -> str:
    """"Nvidia → OpenAI → Oracle → Nvidia" (the first firm repeated at the end)."""
    names = [pick_label(f, labels, lang) for f in firms]
    return " → ".join([*names, names[0]])


# --------------------------------------------------------------------------------------------
# Materialisation
# --------------------------------------------------------------------------------------------

def _nn(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def flow_triples(flows: list[Flow], cycles: list[Cycle],
                 labels: Mapping[str, Mapping[str, str]]) -> list[ox.Triple]:
    triples: list[ox.Triple] = []
    for source, target in sorted({(f.source, f.target) for f in flows}):
        triples.append(flows_to_triple(source, target))
    for flow in flows:
        triples.extend(step_triples(flow.source, flow.target, flow.agreement))
    triples.extend(cycle_triples(cycles, labels))
    return triples


def flows_to_triple(source: str, target: str) -> ox.Triple:
    return ox.Triple(_nn(source), _nn(DG.flowsTo), _nn(target))


def step_triples(source: str, target: str, agreement: str) -> list[ox.Triple]:
    """The dg:FlowStep of one (source, target, agreement) flow."""
    step = _nn(entity_iri("flow", source, target, agreement))
    return [ox.Triple(step, _nn(_RDF_TYPE), _nn(DG.FlowStep)),
            ox.Triple(step, _nn(DG.flowSource), _nn(source)),
            ox.Triple(step, _nn(DG.flowTarget), _nn(target)),
            ox.Triple(step, _nn(DG.flowAgreement), _nn(agreement)),
            ox.Triple(step, _nn(str(PROV.wasDerivedFrom)), _nn(agreement))]


def cycle_triples(cycles: list[Cycle], labels: Mapping[str, Mapping[str, str]]) -> list[ox.Triple]:
    """The dg:Cycle nodes, their steps, and dg:onCycle from each member."""
    rdf_type = _nn(_RDF_TYPE)
    derived_from = _nn(str(PROV.wasDerivedFrom))
    triples: list[ox.Triple] = []
    add = triples.append
    integer = _nn("http://www.w3.org/2001/XMLSchema#integer")
    for cycle in cycles:
        node = _nn(cycle.iri)
        add(ox.Triple(node, rdf_type, _nn(DG.Cycle)))
        add(ox.Triple(node, _nn(DG.cycleLength), ox.Literal(str(len(cycle.firms)), datatype=integer)))
        for lang in ("en", "zh"):
            add(ox.Triple(node, _nn(_RDFS + "label"),
                          ox.Literal(cycle_text(cycle.firms, labels, lang), language=lang)))
        for firm in cycle.firms:
            add(ox.Triple(node, _nn(DG.cycleMember), _nn(firm)))
            add(ox.Triple(_nn(firm), _nn(DG.onCycle), node))
        n = len(cycle.firms)
        for i, agreements in enumerate(cycle.steps):
            step = _nn(f"{cycle.iri}/step/{i + 1}")
            add(ox.Triple(node, _nn(DG.cycleStep), step))
            add(ox.Triple(step, rdf_type, _nn(DG.FlowStep)))
            add(ox.Triple(step, _nn(DG.stepIndex), ox.Literal(str(i + 1), datatype=integer)))
            add(ox.Triple(step, _nn(DG.flowSource), _nn(cycle.firms[i])))
            add(ox.Triple(step, _nn(DG.flowTarget), _nn(cycle.firms[(i + 1) % n])))
            for agreement in agreements:
                add(ox.Triple(step, _nn(DG.flowAgreement), _nn(agreement)))
                add(ox.Triple(step, derived_from, _nn(agreement)))
                add(ox.Triple(node, derived_from, _nn(agreement)))
    return triples


def omitted_triple(count: int) -> list[ox.Triple]:
    """``<derived graph> dg:cyclesOmitted count``, when cycles were left out."""
    if count <= 0:
        return []
    return [ox.Triple(_nn(DERIVED_GRAPH), _nn(DG.cyclesOmitted), ox.Literal(
        str(count), datatype=_nn("http://www.w3.org/2001/XMLSchema#integer")))]


def materialise_cycles(flows: list[Flow]) -> tuple[list[Cycle], int]:
    """The cycles to materialise (shortest first, at most MAX_MATERIALISED_CYCLES) and how
    many were left out."""
    found = sorted(cycles_from_flows(flows), key=lambda c: (len(c.firms), c.iri))
    cycles = found[:MAX_MATERIALISED_CYCLES]
    return cycles, len(found) - len(cycles)


def derive_flows(store: Store) -> list[ox.Triple]:
    """The flow and cycle triples of the derived graph, computed from the current sources."""
    flows = read_flows(store)
    if not flows:
        return []
    cycles, omitted = materialise_cycles(flows)
    labels = firm_labels(store, {f for c in cycles for f in c.firms})
    return flow_triples(flows, cycles, labels) + omitted_triple(omitted)


# --------------------------------------------------------------------------------------------
# Exposure: who loses if a firm defaults
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExposureStep:
    source: str
    target: str
    agreements: tuple[str, ...]


@dataclass(frozen=True)
class Exposure:
    """A firm exposed to a default: `distance` steps away; `path` leads from it to the defaulter."""

    firm: str
    distance: int
    path: tuple[ExposureStep, ...]

    def as_dict(self) -> dict:
        return {"firm": self.firm, "distance": self.distance,
                "path": [{"source": s.source, "target": s.target, "agreements": list(s.agreements)}
                         for s in self.path]}


def materialised_flows(store: Store) -> dict[tuple[str, str], set[str]]:
    """{(source, target): agreements} from the FlowSteps of the derived graph."""
    rows = store.query(f"""
SELECT ?s ?t ?a WHERE {{ GRAPH <{DERIVED_GRAPH}> {{
  ?step a <{DG.FlowStep}> ; <{DG.flowSource}> ?s ; <{DG.flowTarget}> ?t ; <{DG.flowAgreement}> ?a .
  FILTER NOT EXISTS {{ ?step <{DG.stepIndex}> ?i }} }} }}""").rows
    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        edges[(row["s"].value, row["t"].value)].add(row["a"].value)
    return edges


def exposure(store: Store, firm_iri: str, max_distance: int | None = None) -> list[Exposure]:
    """Firms that would be hit if `firm_iri` defaulted: every firm whose value flows reach it
    (its investors, lenders, customers, buyers, warrant issuers, and theirs in turn), each with
    the shortest path of flows (and the agreements behind each step) to the defaulting firm.

    Sorted by distance, then IRI. Reads the materialised flows (never stale).
    """
    edges = materialised_flows(store)
    incoming: dict[str, list[str]] = defaultdict(list)
    for source, target in sorted(edges):
        incoming[target].append(source)
    nxt: dict[str, str] = {}  # exposed firm -> the firm its value flows to on the shortest path
    dist = {firm_iri: 0}
    queue = deque([firm_iri])
    while queue:
        node = queue.popleft()
        if max_distance is not None and dist[node] >= max_distance:
            continue
        for source in incoming.get(node, ()):
            if source not in dist:
                dist[source] = dist[node] + 1
                nxt[source] = node
                queue.append(source)
    found = []
    for firm in sorted(nxt, key=lambda f: (dist[f], f)):
        path, node = [], firm
        while node != firm_iri:
            target = nxt[node]
            path.append(ExposureStep(node, target, tuple(sorted(edges[(node, target)]))))
            node = target
        found.append(Exposure(firm, dist[firm], tuple(path)))
    return found
