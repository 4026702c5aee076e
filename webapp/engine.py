"""The one place where the web app runs SPARQL and writes to the store.

Every query (protocol endpoint, pages, autocompletion) goes through :func:`execute`; every write
goes through :func:`update` or :func:`replace_graphs`, which call :mod:`kg.changes` so the derived
graph is recomputed. Hardening (issue 6) swaps a process-based executor with real time limits in
here without touching the views.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app

from kg import changes
from kg.errors import ResourceLimit
from kg.namespaces import PREFIXES
from kg.safe_rdf import check_sparql
from kg.store import QueryResult, Serialized, Store


@dataclass
class Dataset:
    """An RDF dataset named by the protocol (default-graph-uri / named-graph-uri), or none."""

    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    given: bool = False  # True when the request named a dataset (even an empty one)


def store() -> Store:
    return current_app.extensions["dealgraph_store"]


def executor():
    """The process pool that runs queries under a real time limit, when one is configured.

    Changes other processes committed to a shared store folder (the command line loading
    articles) are picked up here: the store reopens its reader, and the pool's workers reopen
    before their next query.
    """
    pool = current_app.extensions.get("dealgraph_executor")
    if store().poll_changes() and pool is not None:
        pool.notify_write()
    return pool


def _dataset_options(dataset: Dataset | None) -> dict:
    """The protocol's dataset, when the request gave one; otherwise the store decides (the
    query's own FROM / FROM NAMED, resolved against its prefixes and base, else the union)."""
    if dataset is not None and dataset.given:
        return {"default_graphs": dataset.default_graphs, "named_graphs": dataset.named_graphs}
    return {}


def execute(sparql: str, *, dataset: Dataset | None = None, base_iri: str | None = None,
            max_rows: int | None = None) -> QueryResult:
    """Run a query (the single call site). Raises ResourceLimit past ``MAX_ROWS`` rows."""
    # Deeply nested text segfaults pyoxigraph's parser (the whole server with it): refuse first.
    check_sparql(sparql)
    cap = current_app.config.get("MAX_ROWS")
    limit = min(x for x in (max_rows, cap) if x) if (max_rows or cap) else None
    runner = executor() or store()
    result = runner.query(sparql, base_iri=base_iri, max_rows=limit, prefixes=PREFIXES,
                          **_dataset_options(dataset))
    if cap and result.kind != "ask" and len(result) > cap and (max_rows is None or max_rows > cap):
        raise ResourceLimit(f"the answer has more than {cap} rows: add a LIMIT (or page with "
                            "OFFSET), or ask for an aggregate")
    return result


def select(sparql: str, **options) -> QueryResult:
    """A query from the pages (prefixes predeclared, as everywhere)."""
    return execute(sparql, **options)


def run_query(sparql: str, fmt: str, *, dataset: Dataset | None = None,
              base_iri: str | None = None) -> Serialized:
    """Run a query and serialise it: `fmt` is ``results|rdf`` (e.g. ``json|turtle``)."""
    from kg.store.formats import rdf_format, results_format

    results_name, _, rdf_name = fmt.partition("|")
    pool = executor()
    if pool is not None:  # serialised natively in the worker, under the time and size limits
        check_sparql(sparql)
        return pool.query_serialized(sparql, f"{results_name or 'json'}|{rdf_name or 'turtle'}",
                                     base_iri=base_iri, prefixes=PREFIXES,
                                     **_dataset_options(dataset))
    result = execute(sparql, dataset=dataset, base_iri=base_iri)
    if result.kind == "graph":
        target = rdf_format(rdf_name or "turtle")
        return Serialized("graph", result.serialize(rdf_name or "turtle"), target.media_type)
    target = results_format(results_name or "json")
    return Serialized(result.kind, result.serialize(results_name or "json"), target.media_type)


def update(sparql: str, *, using_graphs: list[str] | None = None,
           using_named_graphs: list[str] | None = None, base_iri: str | None = None,
           graphs: list[str] | None = None) -> None:
    """A SPARQL update from the web, through kg.changes (derived graph brought up to date:
    from the change alone when `graphs` names every graph it can change, else in full)."""
    check_sparql(sparql)
    options = {"base_iri": base_iri}
    if graphs is not None:
        options["graphs"] = graphs
    if using_graphs:
        options["using_graphs"] = using_graphs
    if using_named_graphs:
        options["using_named_graphs"] = using_named_graphs
    pool = executor()
    if pool is None:
        changes.run_update(store(), sparql, **options)
    else:  # dry-run in a worker first: an update that would crash the server is refused
        pool.run_update(store(), sparql, **options)


def replace_graphs(replace: dict[str, str], remove: list[str] | None = None) -> None:
    """Replace / remove whole named graphs (Graph Store Protocol PUT/DELETE)."""
    changes.apply(store(), replace, remove=remove or [], with_base=False)
    pool = executor()
    if pool is not None:
        pool.notify_write()
