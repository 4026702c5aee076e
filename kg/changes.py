"""The one write path for source data: graphs in, derived graph brought up to date, never stale.

A change (:func:`changing`) writes its graphs and marks the derived graph stale in one
transaction, then runs the :data:`MAINTENANCE` steps: the derived graph's delta, computed from
the change alone (:mod:`kg.incremental`), is written in one transaction; the marker is removed
after the last step. A crash in between leaves the marker, and the next :func:`ensure_fresh`
(run when a store is opened for writing, and by every change) recomputes everything. Another
maintenance step (a view kept beside the derived graph) is one more entry in
:data:`MAINTENANCE`.

A bare store (:mod:`kg.store.layout`) has no base graphs and no derived graph: a change there
is the user's write alone, in one transaction, and nothing is derived.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from kg import default_graph, written_forms
from kg.base_graphs import base_graph_data
from kg.errors import KGError
from kg.incremental import Scope, delta_update, derived_delta, scope_subjects
from kg.namespaces import DERIVED_GRAPH, DG
from kg.store import GraphData, Store
from kg.store.base import replace_update, to_ntriples
from kg.store.sparql_lexer import tokens

_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
_STALE = f"<{DERIVED_GRAPH}> <{DG.stale}> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"
_MARK_STALE = f"INSERT DATA {{ GRAPH <{DERIVED_GRAPH}> {{ {_STALE} }} }}"
_CLEAR_STALE = f"DELETE DATA {{ GRAPH <{DERIVED_GRAPH}> {{ {_STALE} }} }}"


def apply(store: Store, replace: Mapping[str, GraphData] | None = None,
          remove: Iterable[str] = (), *, with_base: bool = True) -> None:
    """Atomically replace/remove source graphs (plus the base graphs), then bring what is
    derived from them up to date (from the change alone: :mod:`kg.incremental`)."""
    replace = {g: to_ntriples(d) for g, d in (replace or {}).items()}
    remove = list(remove)
    write = replace_update(replace, remove)
    if store.bare:
        if write:
            store.update(write, trusted=True)
    else:
        with changing(store, set(replace) | set(remove), with_base=with_base):
            store.update(write + " ;\n" + _MARK_STALE if write else _MARK_STALE, trusted=True)
    written_forms.record(store, replace, remove)


def run_update(store: Store, sparql: str, *, graphs: Iterable[str] | None = None,
               **dataset) -> None:
    """A user's SPARQL update, with the stale marker in the same transaction, then the
    derived graph brought up to date.

    `graphs` names every graph the update can change, when the caller knows (the Graph Store
    Protocol's POST to one graph): then the derived graph is maintained from that change
    alone. Without it the update's effect is unknown and the derived graph is recomputed in
    full (README, "Graph layout").

    An update that is empty or only a prologue (``BASE``/``PREFIX``) is valid and changes
    nothing; it is checked by the engine as it is (a marker after it would not parse). The
    default graph is snapshotted first and brought in line after (:mod:`kg.default_graph`),
    on a bare store too.
    """
    if not has_operation(sparql):
        store.update(sparql, **dataset)
        return
    if store.bare:
        with store.writing():
            default_graph.snapshot(store)
            try:
                store.update(sparql, **dataset)
            except KGError:
                default_graph.discard_snapshot(store)
                raise
            default_graph.sync(store)
        return
    body = sparql.rstrip()
    separator = "\n" if body.endswith(";") else "\n;\n"
    with changing(store, None if graphs is None else set(graphs), snapshot=True):
        store.update(body + separator + _MARK_STALE, **dataset)


@contextmanager
def changing(store: Store, graphs: Iterable[str] | None, *, with_base: bool = False,
             snapshot: bool = False, validate: bool = False) -> Iterator[Scope]:
    """One change to the source graphs `graphs` (None: unknown), written inside the block
    together with the stale marker; afterwards every :data:`MAINTENANCE` step runs.

    The subjects of `graphs` are read before and after the block (the scope of the change);
    with `with_base` the ontology and reference graphs are rewritten first when their files
    changed (then everything is recomputed). With `snapshot` (a user's update, which may write
    the unnamed default graph) the default graph is copied aside first, so the last step can
    record what the update did to it. With `validate` the store keeps a validation report
    from now on, maintained by every change (:mod:`kg.validate.maintained`; the results this
    change introduced are ``scope.steps["validation"].added``). Other processes see the change
    once it is over (:meth:`Store.writing`).
    """
    with store.writing():
        if snapshot:
            default_graph.snapshot(store)
        scope = Scope(graphs=set(graphs or ()), validate=validate)
        if graphs is None:
            scope.full, scope.reason = True, "a SPARQL update whose effect is unknown"
        elif is_stale(store):
            scope.full, scope.reason = True, "the derived graph was stale"
        else:   # written by whole graphs (replace_update), unless a user's update
            scope.default_kept = not snapshot
        if with_base:
            base = changed_base_graphs(store)
            if base:
                store.update(replace_update(base) + " ;\n" + _MARK_STALE, trusted=True)
                scope.full, scope.reason = True, "the ontology or reference graph changed"
        scope_subjects(store, graphs or (), scope)
        for step in MAINTENANCE:
            if step.before is not None:
                step.before(store, scope)
        try:
            yield scope
        except KGError:
            for step in MAINTENANCE:
                if step.abandon is not None:
                    step.abandon(store, scope)
            raise
        scope_subjects(store, graphs or (), scope)
        for step in MAINTENANCE:
            step.after(store, scope)
        store.update(_CLEAR_STALE)   # last: a crash before it leaves the marker


def changed_base_graphs(store: Store) -> dict[str, str]:
    """The base graphs (ontology, reference) whose stored contents differ from their files."""
    changed = {}
    for graph, text in base_graph_data().items():
        stored = store.export(ox.RdfFormat.N_TRIPLES, graph)
        if _canonical(stored) != _canonical_text(text):
            changed[graph] = text
    return changed


def _canonical(ntriples: bytes) -> frozenset:
    """The triples with blank nodes canonicalised (the ontology has OWL blank nodes)."""
    dataset = ox.Dataset(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return frozenset(dataset)


@lru_cache(maxsize=4)
def _canonical_text(ntriples: str) -> frozenset:
    return _canonical(ntriples.encode("utf-8"))


def update_derived(store: Store, scope: Scope) -> None:
    """The maintenance step of the derived graph: the change's delta (one update), else a
    full recompute."""
    if not scope.full:
        remove, add = derived_delta(store, scope)
        if not any(isinstance(term, ox.BlankNode) for t in remove | add for term in t):
            if remove or add:
                store.update(delta_update(remove, add), trusted=True)
                store.update(default_graph.delta(remove, add), trusted=True)
            for t in remove | add:
                scope.touched.update((t.subject, t.object))
                scope.touched_subclass |= t.predicate.value == _SUBCLASS
            return
        scope.full, scope.reason = True, "a blank node in the derived graph's delta"
    recompute(store, default_kept=scope.default_kept)


@dataclass(frozen=True)
class Maintenance:
    """A step that keeps something computed from the sources current after each change.

    ``after`` runs once the change is written (the derived graph marked stale), with the
    change's :class:`~kg.incremental.Scope`; ``before`` (optional) before it is written;
    ``abandon`` (optional) when writing it failed. The stale marker is cleared after the last
    step, so a crash in any step leaves it for the next writer.
    """

    after: Callable[[Store, Scope], None]
    before: Callable[[Store, Scope], None] | None = None
    abandon: Callable[[Store, Scope], None] | None = None


#: What runs around every change to the sources, in order (a view kept beside the derived
#: graph is one more entry).
MAINTENANCE: tuple[Maintenance, ...] = (
    # first, after a user's update: record what it wrote to the unnamed graph (into
    # graph/default, a source like any other) and drop the snapshot, so that no derivation
    # reads the snapshot as one more source; a no-op when no snapshot is pending
    Maintenance(lambda store, scope: default_graph.sync_if_pending(store),
                abandon=lambda store, scope: default_graph.discard_snapshot(store)),
    Maintenance(update_derived),
    # last: the kept validation report, re-checked where the change (and the derived delta)
    # can affect it; a no-op until something asks for a report
    Maintenance(lambda store, scope: _validation().after(store, scope),
                before=lambda store, scope: _validation().before(store, scope)),
)


def _validation():
    from kg.validate import maintained   # rdflib and the shapes: only when a change runs

    return maintained


def has_operation(sparql: str) -> bool:
    """True when an update has an operation, not only a prologue.

    >>> has_operation("PREFIX : <http://example/> # otherwise empty"), has_operation("CLEAR ALL")
    (False, True)
    """
    for token in tokens(sparql):
        if token.upper() not in ("BASE", "PREFIX") and not token.endswith(":") \
                and not token.startswith("<"):
            return True
    return False


def is_stale(store: Store) -> bool:
    return bool(store.query(f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ {_STALE} }} }}").boolean)


def ensure_fresh(store: Store) -> bool:
    """Recompute the derived graph (and the default graph) if a crash left them stale."""
    if store.bare:
        if not default_graph.needs_sync(store):
            return False
        with store.writing():
            default_graph.sync(store)
        return True
    if is_stale(store) or default_graph.needs_sync(store):
        with store.writing():
            refresh(store)
        return True
    return False


def derived_drift(store: Store) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """(missing, extra): how the stored derived graph differs from a full recompute, blank
    nodes canonicalised (``dealgraph derive --check``, the property tests)."""
    from kg.derive import derive

    stored = store.export(ox.RdfFormat.N_TRIPLES, DERIVED_GRAPH)
    fresh = derive(store).encode("utf-8")
    have = {q.triple for q in _canonical(stored)} - {_stale_triple()}
    want = {q.triple for q in _canonical(fresh)}
    return want - have, have - want


def _stale_triple() -> ox.Triple:
    return ox.Triple(ox.NamedNode(DERIVED_GRAPH), ox.NamedNode(DG.stale),
                     ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")))


def refresh(store: Store) -> None:
    """Recompute the whole derived graph from the sources and clear the stale marker
    (``dealgraph derive --rebuild``; :func:`ensure_fresh` after a crash)."""
    if store.bare:
        return
    recompute(store)
    _validation().refresh(store)
    store.update(_CLEAR_STALE)


def recompute(store: Store, *, default_kept: bool = False) -> None:
    """Recompute the whole derived graph, leaving the stale marker set (the fallback of a
    change whose effect is unknown).

    Clear everything but the marker, then add the new contents (parsed natively, without a
    transaction). A crash at any point leaves the marker, so the next writer recomputes.

    The default graph is then brought in line: with `default_kept` (it was the union of the
    named graphs but for the derived graph's change) only what left the derived graph and no
    other graph states leaves it (the new contents joined it with the load); else by a full
    :func:`default_graph.sync`, two scans of the whole store (10 s at 1,000 articles).
    """
    from kg.derive import derive

    text = derive(store)
    old = _stored_derived(store) if default_kept else None
    if not is_stale(store):
        store.update(_MARK_STALE)
    store.update(f"DELETE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{DERIVED_GRAPH}> "
                 f"{{ ?s ?p ?o }} FILTER(?p != <{DG.stale}>) }}")
    data = text.encode("utf-8")
    store.add_ntriples(DERIVED_GRAPH, data, atomic=False)   # the marker covers a crash
    blank = b"_:" in data or any(isinstance(term, ox.BlankNode) for t in old or () for term in t)
    if old is None or blank:   # blank nodes: each copy may have its own (sync compares them)
        default_graph.sync(store)
        return
    gone = old - _triples(data) if old else set()
    if gone:
        store.update(default_graph.delta(gone, ()), trusted=True)


def _stored_derived(store: Store) -> set[ox.Triple]:
    """The derived graph's triples as stored, without the stale marker."""
    return _triples(store.export(ox.RdfFormat.N_TRIPLES, DERIVED_GRAPH)) - {_stale_triple()}


def _triples(ntriples: bytes) -> set[ox.Triple]:
    return {quad.triple for quad in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)}
