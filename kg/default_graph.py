"""The default graph every query sees: each fact once, as a real (materialised) RDF graph.

Why: an article graph holds every claim its article makes, and a deal told by three articles
is in three graphs. Oxigraph's union default graph (and any FROM list) is a *bag* of their
triples, so ``SELECT (COUNT(*) AS ?n) { ?s ?p ?o }`` counted one fact three times and sums
over the default graph tripled amounts. A materialised default graph is a set by definition.

The layout (see README, "Graph layout"):

- every write stores **named graphs** (ontology, reference, one per article, the derived
  graph, the user's own graphs);
- the store's **unnamed default graph** is the set union of every named graph, kept in sync
  by :func:`sync` at the end of every write (before the "derived graph is stale" marker is
  cleared, so a crash leaves the marker and the next writer re-syncs). Queries that name no
  dataset read it directly: no union flag on the embedded engine, and a remote server runs
  *without* a union default graph (``oxigraph serve`` as is, Fuseki's default);
- what a user writes to the unnamed default graph (``INSERT DATA`` without ``GRAPH``, ``CLEAR
  DEFAULT``, the Graph Store Protocol's ``?default``) is kept in the named graph
  :data:`USER_DEFAULT_GRAPH`, so it survives every sync; :func:`snapshot` before a user's update
  lets :func:`sync` record those changes;
- named graphs stay addressable with ``GRAPH``/``FROM`` and ``GRAPH ?g`` sees exactly the
  stored graphs (never a copy), so per-source readings (canonical figures, validation) are
  unchanged.

Writes of whole graphs keep it in sync incrementally, in their own transaction
(:func:`retract` before a graph is dropped or replaced: what no other graph states; new data is
also written to the default graph); :func:`sync` (two index-driven scans: add what is missing,
drop what no named graph supports) runs after a user's update and after the derived graph is
recomputed. A store with no domain graphs (user data alone) gets the union of the user's
graphs as its default graph, and nothing else. The price is one more copy of each fact.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.namespaces import DG, GRAPH, VALIDATION_GRAPH

if TYPE_CHECKING:
    from kg.store import Store

#: What users wrote to the unnamed default graph (updates without GRAPH, GSP ``?default``).
USER_DEFAULT_GRAPH = GRAPH + "default"
#: A copy of the default graph taken just before a user's update (see :func:`snapshot`).
BEFORE_UPDATE_GRAPH = GRAPH + "default-before-update"

_PENDING = f"<{BEFORE_UPDATE_GRAPH}> <{DG.pendingUpdate}> true"
#: What the default graph is not made of: the stale marker, the kept validation report.
_NOT_MARKER = f"FILTER(?p != <{DG.stale}> && ?g != <{VALIDATION_GRAPH}>)"

#: Record what a user's update did to the unnamed default graph: additions are what is there
#: now and was not before; deletions what was there before and is gone.
_ADOPT = f"""
INSERT {{ GRAPH <{USER_DEFAULT_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{
  ?s ?p ?o FILTER NOT EXISTS {{ GRAPH <{BEFORE_UPDATE_GRAPH}> {{ ?s ?p ?o }} }} }} ;
DELETE {{ GRAPH <{USER_DEFAULT_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{
  GRAPH <{BEFORE_UPDATE_GRAPH}> {{ ?s ?p ?o }} FILTER NOT EXISTS {{ ?s ?p ?o }} }} ;
DROP SILENT GRAPH <{BEFORE_UPDATE_GRAPH}>"""

#: The default graph := the set union of the named graphs (without the stale marker).
_SYNC = f"""
INSERT {{ ?s ?p ?o }} WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} {_NOT_MARKER} FILTER NOT EXISTS {{ ?s ?p ?o }} }} ;
DELETE {{ ?s ?p ?o }} WHERE {{
  ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_MARKER} }} }}"""


def retract(graphs: Iterable[str]) -> list[str]:
    """Update operations, to run before `graphs` are dropped or replaced: remove from the
    default graph what only they state."""
    graphs = list(graphs)
    if not graphs:
        return []
    others = ", ".join(f"<{g}>" for g in [*graphs, VALIDATION_GRAPH])
    return [f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} FILTER NOT EXISTS {{ "
            f"GRAPH ?h {{ ?s ?p ?o }} FILTER(?h NOT IN ({others})) }} }}" for g in graphs]


def snapshot(store: Store) -> None:
    """Copy the default graph aside before a user's update; :func:`sync` compares afterwards.

    Its own transaction, so the user's update keeps its text (error positions are the user's
    own): a snapshot left by an update that then failed is compared with an unchanged default
    graph, which changes nothing.
    """
    store.update(f"DROP SILENT GRAPH <{BEFORE_UPDATE_GRAPH}> ;\n"
                 f"INSERT DATA {{ GRAPH <{BEFORE_UPDATE_GRAPH}> {{ {_PENDING} }} }} ;\n"
                 f"ADD SILENT DEFAULT TO <{BEFORE_UPDATE_GRAPH}>")


def discard_snapshot(store: Store) -> None:
    """Drop the snapshot of an update that was refused or failed (nothing changed)."""
    store.update(f"DROP SILENT GRAPH <{BEFORE_UPDATE_GRAPH}>")


def sync(store: Store) -> None:
    """Bring the default graph in line with the named graphs (after any write)."""
    if _pending(store):
        store.update(_ADOPT)
    store.update(_SYNC)


def needs_sync(store: Store) -> bool:
    """True for a store written before this layout: named graphs, but no default graph yet.

    Two questions, the cheap one first: a default graph holding anything needs no sync. Asked
    as one (``GRAPH ?g {...} FILTER NOT EXISTS { ?s ?p ?o }``), Virtuoso 7.2 scanned the
    default graph again for every quad: 130 s for the 20 bundled articles, on every command
    that opens a Virtuoso store for writing."""
    if store.query("ASK { ?s ?p ?o }").boolean:
        return False
    return bool(store.query(
        f"ASK {{ GRAPH ?g {{ ?a ?b ?c }} FILTER(?g != <{VALIDATION_GRAPH}>) }}").boolean)


def delta(remove: Iterable, add: Iterable) -> str:
    """One update bringing the default graph in line after a named graph lost `remove` and
    gained `add` (pyoxigraph triples; no blank nodes): what is added is a fact now; what is
    removed stops being one only where no named graph still states it."""
    ops = []
    removed = list(remove)
    if removed:
        rows = "\n".join(f"({t.subject} {t.predicate} {t.object})" for t in removed)
        ops.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{\n{rows}\n}} ?s ?p ?o "
                   f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_MARKER} }} }}")
    added = list(add)
    if added:
        ops.append("INSERT DATA {\n" + " .\n".join(str(t) for t in added) + " .\n}")
    return " ;\n".join(ops)


def sync_if_pending(store: Store) -> None:
    """:func:`sync` if a user's update left a snapshot to compare (see :func:`snapshot`)."""
    if _pending(store):
        sync(store)


def _pending(store: Store) -> bool:
    return bool(store.query(f"ASK {{ GRAPH <{BEFORE_UPDATE_GRAPH}> {{ {_PENDING} }} }}").boolean)
