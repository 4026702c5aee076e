"""The one write path for source data: graphs in, derived graph recomputed, never stale.

A change writes its graphs and marks the derived graph stale in one transaction, then recomputes
the derived graph in a second. A crash between the two leaves the marker, and the next
:func:`ensure_fresh` (run when a store is opened for writing, and by every change) recomputes.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg import default_graph
from kg.base_graphs import base_graph_data
from kg.errors import KGError
from kg.namespaces import DERIVED_GRAPH, DG
from kg.store import GraphData, Store
from kg.store.base import replace_update

_STALE = f"<{DERIVED_GRAPH}> <{DG.stale}> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"
_MARK_STALE = f"INSERT DATA {{ GRAPH <{DERIVED_GRAPH}> {{ {_STALE} }} }}"


def apply(store: Store, replace: Mapping[str, GraphData] | None = None,
          remove: Iterable[str] = (), *, with_base: bool = True) -> None:
    """Atomically replace/remove source graphs (plus the base graphs), then refresh derived."""
    graphs = dict(base_graph_data()) if with_base else {}
    graphs.update(replace or {})
    store.update(replace_update(graphs, list(remove)) + " ;\n" + _MARK_STALE)
    refresh(store)


def run_update(store: Store, sparql: str, **dataset) -> None:
    """A user's SPARQL update, with the stale marker in the same transaction, then refresh."""
    default_graph.snapshot(store)
    body = sparql.rstrip()
    separator = "\n" if body.endswith(";") else "\n;\n"
    try:
        store.update(body + separator + _MARK_STALE, **dataset)
    except KGError:
        default_graph.discard_snapshot(store)
        raise
    refresh(store)


def is_stale(store: Store) -> bool:
    return bool(store.query(f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ {_STALE} }} }}").boolean)


def ensure_fresh(store: Store) -> bool:
    """Recompute the derived graph (and the default graph) if a crash left them stale."""
    if is_stale(store) or default_graph.needs_sync(store):
        refresh(store)
        return True
    return False


def refresh(store: Store) -> None:
    """Recompute the derived graph from the sources.

    Three steps, the stale marker kept until the last: clear everything but the marker, add the
    new contents (one transaction, parsed natively), remove the marker. A crash at any point
    leaves the marker, so the next writer recomputes.
    """
    from kg.derive import derive

    text = derive(store)
    if not is_stale(store):
        store.update(_MARK_STALE)
    store.update(f"DELETE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{DERIVED_GRAPH}> "
                 f"{{ ?s ?p ?o }} FILTER(?p != <{DG.stale}>) }}")
    store.add_ntriples(DERIVED_GRAPH, text.encode("utf-8"))
    default_graph.sync(store)
    store.update(f"DELETE DATA {{ GRAPH <{DERIVED_GRAPH}> {{ {_STALE} }} }}")
