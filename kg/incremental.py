"""The derived graph maintained from a change alone, not recomputed (issue 12).

A change names the source graphs it replaced, removed or added to. Every derivation in
:mod:`kg.derive` depends on a subject's own statements (its types, its sub-property triples,
an agreement's roles and status, a node's figure claims and that graph's article), so the
derived triples a change can alter are keyed by the **subjects of the changed graphs**, before
and after the change (:func:`scope_subjects`). For those keys each derivation computes its
part afresh (SPARQL restricted by ``VALUES``) and reads its current part from the derived graph
(the same restriction); the difference is written as one update (``DELETE DATA`` / ``INSERT
DATA``), so derived triples a removed article alone supported go,
and those another source still supports stay.

The parts, each keyed so that no two derivations write the same triple:

* inferred types / super-properties: ``?x a ?superclass`` / ``?x ?superproperty ?o`` for the
  subjects ``?x``;
* value flows: the ``dg:FlowStep`` of every agreement among the subjects, or linked by a role to
  one (a firm typed a person drops out of flows), and ``dg:flowsTo`` for the firm pairs whose
  flows changed;
* cycles: recomputed over the whole flow graph (in memory, from the materialised
  ``dg:flowsTo`` pairs) only when a pair appeared or went; the cycles through a changed pair or a changed
  firm (its label) are rewritten; the global caps (MAX_CYCLES, MAX_MATERIALISED_CYCLES) keep the
  full recompute's exact meaning;
* canonical figures: every figure of the subjects.

A change whose effect is not known (a user's SPARQL update), that touches the ontology or
reference graphs, or whose graphs hold blank-node subjects (no ``VALUES`` for those) falls back
to the full recompute (:func:`kg.changes.refresh`). ``dealgraph derive --rebuild`` runs the
full recompute on demand; the property tests check that both always agree.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import canonical, derive, flows
from kg.flows import values_clause
from kg.namespaces import DERIVED_GRAPH, DG, ONTOLOGY_GRAPH
from kg.store import Store

_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: Past this many changed subjects, fall back to the full recompute (a load's batch of 500
#: generated articles has about 28,000; the full recompute's memory grows with the store).
MAX_SUBJECTS = 50_000
_CHUNK = 2_000


@dataclass
class Scope:
    """What a change touched: subjects of the changed graphs (before and after), and what
    the maintenance steps learn on the way."""

    subjects: set[str] = field(default_factory=set)
    full: bool = False  # unknown effect: recompute everything
    reason: str = ""
    graphs: set[str] = field(default_factory=set)      # the changed source graphs
    #: subjects and objects of the derived graph's delta, and whether it holds rdfs:subClassOf
    touched: set[ox.Term] = field(default_factory=set)
    touched_subclass: bool = False
    validate: bool = False   # the change asks for a validation report (kg.validate.maintained)
    #: the default graph was the union of the named graphs before the change, and the change's
    #: writes keep it so (whole graphs replaced, kg.store.base.replace_update): a full
    #: recompute then brings it in line from the derived graph's own difference, no full sync
    default_kept: bool = False
    steps: dict[str, object] = field(default_factory=dict)   # per-step state of this change


def scope_subjects(store: Store, graphs: Iterable[str], scope: Scope) -> None:
    """Add the subjects of `graphs` (as the store holds them now) to `scope`."""
    graphs = sorted(set(graphs))
    if not graphs or scope.full:
        return
    rows = store.query(f"SELECT DISTINCT ?s WHERE {{ {values_clause('g', graphs)} "
                       f"GRAPH ?g {{ ?s ?p ?o }} }}").rows
    for row in rows:
        subject = row["s"]
        if not isinstance(subject, ox.NamedNode):
            scope.full, scope.reason = True, "blank-node subjects"
            return
        scope.subjects.add(subject.value)
    if len(scope.subjects) > MAX_SUBJECTS:
        scope.full, scope.reason = True, f"more than {MAX_SUBJECTS} subjects"


@dataclass
class Delta:
    """Derived triples to take back and to add."""

    remove: set[ox.Triple] = field(default_factory=set)
    add: set[ox.Triple] = field(default_factory=set)

    def replace(self, current: Iterable[ox.Triple], fresh: Iterable[ox.Triple]) -> None:
        self.remove.update(current)
        self.add.update(fresh)

    def net(self) -> tuple[set[ox.Triple], set[ox.Triple]]:
        same = self.remove & self.add
        return self.remove - same, self.add - same


def _chunks(items: Iterable[str]) -> list[list[str]]:
    ordered = sorted(items)
    return [ordered[i:i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def _construct(store: Store, template: str, variable: str, keys: Iterable[str]) -> list[ox.Triple]:
    found: list[ox.Triple] = []
    for chunk in _chunks(keys):
        found.extend(store.query(template.format(scope=values_clause(variable, chunk))).triples)
    return found


# --- inferred types and super-properties --------------------------------------------------
_CURRENT_TYPES = f"""CONSTRUCT {{{{ ?x a ?c }}}} WHERE {{{{ {{scope}}
  GRAPH <{DERIVED_GRAPH}> {{{{ ?x a ?c }}}}
  FILTER EXISTS {{{{ GRAPH <{ONTOLOGY_GRAPH}> {{{{ ?k <{_RDFS}subClassOf> ?c }}}} }}}}
}}}}"""
_CURRENT_PROPERTIES = f"""CONSTRUCT {{{{ ?s ?p ?o }}}} WHERE {{{{ {{scope}}
  GRAPH <{DERIVED_GRAPH}> {{{{ ?s ?p ?o }}}}
  FILTER EXISTS {{{{ GRAPH <{ONTOLOGY_GRAPH}> {{{{ ?k <{_RDFS}subPropertyOf> ?p }}}} }}}}
}}}}"""


def inferred_delta(store: Store, scope: Scope, delta: Delta) -> None:
    keys = scope.subjects
    delta.replace(_construct(store, _CURRENT_TYPES, "x", keys), _inferred(store, "x", keys))
    delta.replace(_construct(store, _CURRENT_PROPERTIES, "s", keys),
                  _inferred(store, "s", keys, properties=True))


def _inferred(store: Store, variable: str, keys: Iterable[str], *,
              properties: bool = False) -> list[ox.Triple]:
    found: list[ox.Triple] = []
    for chunk in _chunks(keys):
        found.extend(derive.inferred_for(store, values_clause(variable, chunk),
                                         properties=properties))
    return found


# --- value flows and cycles ---------------------------------------------------------------
def _role_agreements(store: Store, parties: set[str]) -> set[str]:
    roles = sorted({str(DG[r]) for rule in flows.FLOW_RULES for r in rule[:2]})
    found: set[str] = set()
    for chunk in _chunks(parties):
        rows = store.query(f"SELECT DISTINCT ?a WHERE {{ {values_clause('x', chunk)} "
                           f"GRAPH ?g {{ ?a ?r ?x }} FILTER(?r IN ({', '.join(f'<{r}>' for r in roles)})) "
                           f"FILTER(?g != <{DERIVED_GRAPH}>) }}").rows
        found.update(r["a"].value for r in rows if isinstance(r["a"], ox.NamedNode))
    return found


def _cycle_members(store: Store, iris: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """{cycle IRI: its firms in step order}, read from the derived graph."""
    members: dict[str, dict[int, str]] = defaultdict(dict)
    for chunk in _chunks(iris):
        rows = store.query(f"""SELECT ?c ?i ?f WHERE {{ {values_clause('c', chunk)}
  GRAPH <{DERIVED_GRAPH}> {{ ?c <{DG.cycleStep}> ?st . ?st <{DG.stepIndex}> ?i ;
                                <{DG.flowSource}> ?f }} }}""").rows
        for row in rows:
            members[row["c"].value][int(row["i"].value)] = row["f"].value
    return {c: tuple(steps[i] for i in sorted(steps)) for c, steps in members.items()}


_CURRENT_CYCLES = f"""CONSTRUCT {{{{ ?s ?p ?o }}}} WHERE {{{{ {{scope}} GRAPH <{DERIVED_GRAPH}> {{{{
  {{{{ ?c ?p ?o BIND(?c AS ?s) }}}}
  UNION {{{{ ?c <{DG.cycleStep}> ?s . ?s ?p ?o }}}}
  UNION {{{{ ?s <{DG.onCycle}> ?c BIND(<{DG.onCycle}> AS ?p) BIND(?c AS ?o) }}}} }}}} }}}}"""


def _cycles_touching(store: Store, firms: set[str], pairs: set[tuple[str, str]]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(firms):
        rows = store.query(f"SELECT DISTINCT ?c WHERE {{ {values_clause('m', chunk)} GRAPH "
                           f"<{DERIVED_GRAPH}> {{ ?c <{DG.cycleMember}> ?m }} }}").rows
        found.update(r["c"].value for r in rows)
    if pairs:
        values = " ".join(f"(<{s}> <{t}>)" for s, t in sorted(pairs))
        rows = store.query(f"""SELECT DISTINCT ?c WHERE {{ VALUES (?s ?t) {{ {values} }}
  GRAPH <{DERIVED_GRAPH}> {{ ?c <{DG.cycleStep}> ?st . ?st <{DG.flowSource}> ?s ;
                                <{DG.flowTarget}> ?t }} }}""").rows
        found.update(r["c"].value for r in rows)
    return found


def _omitted(store: Store) -> int:
    rows = store.query(f"SELECT ?n WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ <{DERIVED_GRAPH}> "
                       f"<{DG.cyclesOmitted}> ?n }} }}").rows
    return max((int(r["n"].value) for r in rows), default=0)


#: The flow steps (not the cycles' steps). VALUES goes inside GRAPH: outside it, Oxigraph 0.5
#: evaluates the whole pattern first (6 s instead of 4 ms at 1,000 articles).
_STEPS = f"""SELECT ?s ?t ?a WHERE {{{{ GRAPH <{DERIVED_GRAPH}> {{{{ {{scope}}
  ?step <{DG.flowSource}> ?s ; <{DG.flowTarget}> ?t ; <{DG.flowAgreement}> ?a .
  FILTER NOT EXISTS {{{{ ?step <{DG.stepIndex}> ?i }}}} }}}} }}}}"""

Step = tuple[str, str, str]   # (source, target, agreement)


def _steps(store: Store, variable: str | None = None, keys: Iterable[str] = ()) -> set[Step]:
    """The materialised flows (before the change), all or those whose `variable` is in `keys`."""
    scopes = [""] if variable is None else [values_clause(variable, c) for c in _chunks(keys)]
    return {(r["s"].value, r["t"].value, r["a"].value)
            for scope in scopes for r in store.query(_STEPS.format(scope=scope)).rows}


def _steps_of_pairs(store: Store, pairs: set[tuple[str, str]]) -> set[Step]:
    found: set[Step] = set()
    ordered = sorted(pairs)
    for i in range(0, len(ordered), _CHUNK):
        values = " ".join(f"(<{s}> <{t}>)" for s, t in ordered[i:i + _CHUNK])
        found |= {(r["s"].value, r["t"].value, r["a"].value) for r in store.query(
            _STEPS.format(scope=f"VALUES (?s ?t) {{ {values} }}")).rows}
    return found


def _support(before: set[Step], old: set[Step], new: set[Step]) -> dict[tuple[str, str], set[str]]:
    """{(source, target): agreements} after the change, from the flows before it."""
    after: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s, t, a in (before - old) | new:
        after[(s, t)].add(a)
    return after


def flows_delta(store: Store, scope: Scope, delta: Delta) -> None:
    """Flow steps of the touched agreements, flowsTo of their pairs, then the cycles. Reads
    the derived graph before the change restricted to the change (the whole flow relation only
    when a flowsTo pair appeared or went: the cycle set must then be recomputed)."""
    subjects = scope.subjects
    as_party = _steps(store, "s", subjects) | _steps(store, "t", subjects)
    touched = subjects | _role_agreements(store, subjects) | {a for _, _, a in as_party}
    old = _steps(store, "a", touched)
    new = {(f.source, f.target, f.agreement) for f in flows.read_flows(store, touched)}
    if old == new and not as_party:
        return
    for s, t, a in old - new:
        delta.remove.update(flows.step_triples(s, t, a))
    for s, t, a in new - old:
        delta.add.update(flows.step_triples(s, t, a))
    pairs = {(s, t) for s, t, _ in old | new}
    others = {(s, t) for s, t, a in _steps_of_pairs(store, pairs) if a not in touched}
    before_pairs = others | {(s, t) for s, t, _ in old}
    after_pairs = others | {(s, t) for s, t, _ in new}
    delta.remove.update(flows.flows_to_triple(s, t) for s, t in before_pairs - after_pairs)
    delta.add.update(flows.flows_to_triple(s, t) for s, t in after_pairs - before_pairs)
    changed_pairs = {(s, t) for s, t, _ in old ^ new}
    affected = _cycles_touching(store, subjects, changed_pairs)
    if before_pairs != after_pairs:  # the cycle set itself may change: recompute it, as in full
        _recompute_cycles(store, delta, (old, new), (before_pairs, after_pairs), affected)
    else:
        _rewrite_cycles(store, delta, old, new, affected)


def _flow_pairs(store: Store) -> set[tuple[str, str]]:
    """Every ``dg:flowsTo`` pair of the derived graph (one triple pattern: a fraction of the
    cost of reading every flow step with its agreement)."""
    rows = store.query(f"SELECT ?s ?t WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s <{DG.flowsTo}> ?t }} }}").rows
    return {(r["s"].value, r["t"].value) for r in rows}


def _recompute_cycles(store: Store, delta: Delta, steps: tuple[set[Step], set[Step]],
                      pairs: tuple[set, set], affected: set[str]) -> None:
    """The cycle set over the flow pairs after the change (the stored ``dg:flowsTo`` pairs,
    with the touched pairs as they are now), as in the full recompute; the agreements of each
    step read only for the cycles written now (new ones, and those through a changed pair or
    firm)."""
    old, new = steps
    before_pairs, after_pairs = pairs
    now = (_flow_pairs(store) - (before_pairs - after_pairs)) | (after_pairs - before_pairs)
    bare, omitted = flows.materialise_cycles([flows.Flow(s, t, "", "") for s, t in now])
    current = {r["c"].value for r in store.query(
        f"SELECT ?c WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?c a <{DG.Cycle}> }} }}").rows}
    wanted = {c.iri: c for c in bare}
    before_omitted = _omitted(store)
    if omitted != before_omitted:
        delta.remove.update(flows.omitted_triple(before_omitted))
        delta.add.update(flows.omitted_triple(omitted))
    rewrite = (affected & set(wanted)) | (set(wanted) - current)

    def ring(c):
        return [(c.firms[i], c.firms[(i + 1) % len(c.firms)]) for i in range(len(c.firms))]

    # the agreements of each step: only for the cycles written now
    after = _support(_steps_of_pairs(store, {p for c in rewrite for p in ring(wanted[c])}), old, new)
    _write_cycles(store, delta, rewrite | (current - set(wanted)),
                  [flows.Cycle(c, wanted[c].firms, [sorted(after[p]) for p in ring(wanted[c])])
                   for c in sorted(rewrite)])


def _rewrite_cycles(store: Store, delta: Delta, old: set[Step], new: set[Step],
                    affected: set[str]) -> None:
    """The cycle set is unchanged: rewrite the cycles through a changed step or firm."""
    members = _cycle_members(store, affected)
    pairs = {(f[i], f[(i + 1) % len(f)]) for f in members.values() for i in range(len(f))}
    after = _support(_steps_of_pairs(store, pairs), old, new)
    rewrite = []
    for iri, firms in sorted(members.items()):
        n = len(firms)
        rewrite.append(flows.Cycle(iri, firms, [sorted(after[(firms[i], firms[(i + 1) % n])])
                                                for i in range(n)]))
    _write_cycles(store, delta, set(members), rewrite)


def _write_cycles(store: Store, delta: Delta, take_back: set[str],
                  cycles: list[flows.Cycle]) -> None:
    delta.remove.update(_construct(store, _CURRENT_CYCLES, "c", take_back))
    labels = flows.firm_labels(store, {f for c in cycles for f in c.firms})
    delta.add.update(flows.cycle_triples(cycles, labels))


# --- canonical figures ----------------------------------------------------------------------
def _current_canonical_template() -> str:
    props = " ".join(f"<{DG[c]}>" for _, c, _ in canonical.FIGURES)
    return f"""CONSTRUCT {{{{ ?s ?p ?o }}}} WHERE {{{{ {{scope}} GRAPH <{DERIVED_GRAPH}> {{{{
  {{{{ VALUES ?p {{{{ {props} <{DG.canonicalFigure}> }}}} ?x ?p ?o BIND(?x AS ?s) }}}}
  UNION {{{{ ?x <{DG.canonicalFigure}> ?s . ?s ?p ?o }}}} }}}} }}}}"""


def canonical_delta(store: Store, scope: Scope, delta: Delta) -> None:
    current = _construct(store, _current_canonical_template(), "x", scope.subjects)
    fresh: list[ox.Triple] = []
    for chunk in _chunks(scope.subjects):
        fresh.extend(canonical.derive_canonical(store, chunk))
    delta.replace(current, fresh)


#: The incremental counterpart of each step of :data:`kg.derive.DERIVATIONS`.
DELTAS = [inferred_delta, flows_delta, canonical_delta]


def derived_delta(store: Store, scope: Scope) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """(triples to remove, triples to add) that bring the derived graph up to date with a
    change to the sources, computed before the derived graph is written."""
    delta = Delta()
    if scope.subjects:
        for step in DELTAS:
            step(store, scope, delta)
    return delta.net()


def delta_update(remove: set[ox.Triple], add: set[ox.Triple]) -> str:
    """One SPARQL update that applies a delta to the derived graph."""
    ops = []
    if remove:
        ops.append(f"DELETE DATA {{ GRAPH <{DERIVED_GRAPH}> {{\n"
                   + " .\n".join(str(t) for t in remove) + " .\n} }")
    if add:
        ops.append(f"INSERT DATA {{ GRAPH <{DERIVED_GRAPH}> {{\n"
                   + " .\n".join(str(t) for t in add) + " .\n} }")
    return " ;\n".join(ops)
