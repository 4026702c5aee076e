"""The one write path for source data: graphs in, derived graph recomputed, never stale.

A change writes its graphs and marks the derived graph stale in one transaction, then recomputes
the derived graph in a second. A crash between the two leaves the marker, and the next
:func:`ensure_fresh` (run when a store is opened for writing, and by every change) recomputes.

A bare store (:mod:`kg.store.layout`) has no base graphs and no derived graph: a change there
is the user's write alone, in one transaction, and nothing is derived.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.base_graphs import base_graph_data
from kg.namespaces import DERIVED_GRAPH, DG
from kg.store import GraphData, Store
from kg.store.base import replace_update
from kg.store.sparql_lexer import tokens

_STALE = f"<{DERIVED_GRAPH}> <{DG.stale}> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"
_MARK_STALE = f"INSERT DATA {{ GRAPH <{DERIVED_GRAPH}> {{ {_STALE} }} }}"


def apply(store: Store, replace: Mapping[str, GraphData] | None = None,
          remove: Iterable[str] = (), *, with_base: bool = True) -> None:
    """Atomically replace/remove source graphs (plus the base graphs), then refresh derived."""
    if store.bare:
        if replace or remove:
            store.update(replace_update(dict(replace or {}), list(remove)))
        return
    graphs = dict(base_graph_data()) if with_base else {}
    graphs.update(replace or {})
    with store.writing():
        store.update(replace_update(graphs, list(remove)) + " ;\n" + _MARK_STALE)
        refresh(store)


def run_update(store: Store, sparql: str, **dataset) -> None:
    """A user's SPARQL update, with the stale marker in the same transaction, then refresh.

    An update that is empty or only a prologue (``BASE``/``PREFIX``) is valid and changes
    nothing; it is checked by the engine as it is (a marker after it would not parse).
    """
    if store.bare or not has_operation(sparql):
        store.update(sparql, **dataset)
        return
    body = sparql.rstrip()
    separator = "\n" if body.endswith(";") else "\n;\n"
    with store.writing():
        store.update(body + separator + _MARK_STALE, **dataset)
        refresh(store)


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
    """Recompute the derived graph if a crash left it stale; True if it did."""
    if not store.bare and is_stale(store):
        with store.writing():
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

    if store.bare:
        return
    text = derive(store)
    if not is_stale(store):
        store.update(_MARK_STALE)
    store.update(f"DELETE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{DERIVED_GRAPH}> "
                 f"{{ ?s ?p ?o }} FILTER(?p != <{DG.stale}>) }}")
    store.add_ntriples(DERIVED_GRAPH, text.encode("utf-8"))
    store.update(f"DELETE DATA {{ GRAPH <{DERIVED_GRAPH}> {{ {_STALE} }} }}")
