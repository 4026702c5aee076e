"""Validation: the SHACL shapes in ``shapes/`` run over the store, as a bilingual report.

>>> from kg.store import EmbeddedStore
>>> validate(EmbeddedStore()).conforms
True

Two engines give the same results (tested on every fixture):

* ``fast`` (default): shapes compiled to SPARQL and run by the store's own engine
  (:mod:`kg.validate.fast`). If any shape uses something it cannot compile, the **whole** shapes
  graph goes through pySHACL instead, and the report says so (``Report.fallback``): never a
  partial run, and never a path that returns nothing (pySHACL's ``use_shapes`` option silently
  skips a node shape's property shapes, which is how ``sh:disjoint`` once "conformed");
* ``pyshacl``: the reference, pySHACL over the store's data (:mod:`kg.validate.reference`).

``graph`` limits the report to focus nodes stated in that named graph (validated against the
whole store), which is how ``dealgraph load`` reports what its new data introduced.
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

import rdflib

from kg.errors import UsageError
from kg.store import Store
from kg.validate import fast, reference
from kg.validate.messages import build_report
from kg.validate.report import SEVERITIES, RawResult, Report, Result, severity_name
from kg.validate.shapes import load_shapes

ENGINES = ("fast", "pyshacl")


def _focus_in_graph(store: Store, graph: str) -> set[str]:
    rows = store.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
    return {str(r["s"]) for r in rows}


def run_engine(store: Store, shapes: rdflib.Graph, *, engine: str = "fast",
               graph: str | None = None, inference: str = "none",
               ) -> tuple[list[RawResult], list[str]]:
    """(the engine's results before naming, why the fast engine handed over to pySHACL).

    The second part is empty unless the fast engine met shapes it cannot compile; then every
    shape was validated by pySHACL and each entry names a shape and what it uses.
    """
    fallback: list[str] = []
    if engine == "fast":
        checks, unsupported = fast.compile_shapes(store, shapes, graph)
        if unsupported:
            fallback = [f"{key}: {reason}" for key, reason in unsupported]
            results = reference.validate(store, shapes, inference=inference)
        else:
            results = fast.run_checks(store, checks)
    elif engine == "pyshacl":
        results = reference.validate(store, shapes, inference=inference)
    else:
        raise UsageError(f"unknown validation engine {engine!r}; choose from {', '.join(ENGINES)}")
    if graph is not None:
        stated = _focus_in_graph(store, graph)
        results = [r for r in results if str(r.focus) in stated]
    return results, fallback


def raw_results(store: Store, shapes: rdflib.Graph, *, engine: str = "fast",
                graph: str | None = None, inference: str = "none") -> list[RawResult]:
    """The engine's results before naming (what the equality tests compare)."""
    return run_engine(store, shapes, engine=engine, graph=graph, inference=inference)[0]


def validate(store: Store, *, shapes: Iterable[str | Path] | rdflib.Graph | None = None,
             graph: str | None = None, engine: str = "fast", fail_on: str = "violation",
             inference: str = "none") -> Report:
    """Validate the store against `shapes` (files/folders, a graph, or the project's shapes)."""
    if severity_name(fail_on) not in SEVERITIES:
        raise UsageError(f"unknown severity {fail_on!r}; choose from violation, warning, info")
    start = time.perf_counter()
    shapes_graph = shapes if isinstance(shapes, rdflib.Graph) else load_shapes(shapes)
    raw, fallback = run_engine(store, shapes_graph, engine=engine, graph=graph,
                               inference=inference)
    report = build_report(store, shapes_graph, raw, engine=engine, fail_on=fail_on, graph=graph)
    report.fallback = fallback
    report.seconds = time.perf_counter() - start
    return report


__all__ = ["validate", "raw_results", "Report", "Result", "RawResult", "ENGINES", "load_shapes"]
