"""Validation: the SHACL shapes in ``shapes/`` run over the store, as a bilingual report.

>>> from kg.store import EmbeddedStore
>>> validate(EmbeddedStore()).conforms
True

Two engines give the same results (tested on every fixture):

* ``fast`` (default): shapes compiled to SPARQL and run by the store's own engine
  (:mod:`kg.validate.fast`); when a shape uses something it cannot compile, one full pySHACL
  run answers instead (``Report.handed_over`` says which shapes and why): never a silent pass;
* ``pyshacl``: the reference, pySHACL over the store's data (:mod:`kg.validate.reference`).

``graph`` limits the report to focus nodes stated in that named graph (validated against the
whole store), which is how ``dealgraph load`` reports what its new data introduced.
"""
from __future__ import annotations

import sys
import time
import types
from collections.abc import Iterable
from pathlib import Path

import rdflib

from kg import written_forms
from kg.errors import UsageError
from kg.store import Store
from kg.validate import fast, reference, undecided
from kg.validate.messages import build_report
from kg.validate.report import SEVERITIES, RawResult, Report, Result, severity_name
from kg.validate.shapes import SH, load_shapes

ENGINES = ("fast", "pyshacl")


def _focus_in_graph(store: Store, graph: str) -> set[str]:
    rows = store.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
    return {str(r["s"]) for r in rows}


def raw_results(store: Store, shapes: rdflib.Graph, *, engine: str = "fast",
                graph: str | None = None, inference: str = "none",
                handed_over: list[tuple[str, str]] | None = None) -> list[RawResult]:
    """The engine's results before naming (what the equality tests compare).

    The fast engine compiles what it can; when any shape uses something it does not compile,
    the whole shapes graph goes to one full pySHACL run, whose results are the answer (a shape
    reached from several others, or a result depending on another shape, is only right when
    pySHACL sees everything). ``handed_over`` receives the (shape, reason) pairs that caused it.
    """
    if engine == "fast":
        checks, unsupported = fast.compile_shapes(store, shapes, graph)
        unsupported.extend(_written_forms_needed(store, shapes))
        if unsupported:
            if handed_over is not None:
                handed_over.extend(unsupported)
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
    return results


def _written_forms_needed(store: Store, shapes: rdflib.Graph) -> list[tuple[str, str]]:
    """sh:datatype over data the store retyped goes to pySHACL, which sees it as written."""
    if (None, SH.datatype, None) not in shapes or not written_forms.read(store):
        return []
    return [("(the data)", "it holds literals the store keeps with another datatype "
             "(kg.written_forms); sh:datatype checks them as written")]


def validate(store: Store, *, shapes: Iterable[str | Path] | rdflib.Graph | None = None,
             graph: str | None = None, engine: str = "fast", fail_on: str = "violation",
             inference: str = "none") -> Report:
    """Validate the store against `shapes` (files/folders, a graph, or the project's shapes)."""
    if severity_name(fail_on) not in SEVERITIES:
        raise UsageError(f"unknown severity {fail_on!r}; choose from violation, warning, info")
    start = time.perf_counter()
    shapes_graph = shapes if isinstance(shapes, rdflib.Graph) else load_shapes(shapes)
    handed_over: list[tuple[str, str]] = []
    raw = raw_results(store, shapes_graph, engine=engine, graph=graph, inference=inference,
                      handed_over=handed_over)
    raw, open_questions = undecided.split(raw, shapes_graph, written_forms.substitutions(store)[1])
    report = build_report(store, shapes_graph, raw, engine=engine, fail_on=fail_on, graph=graph)
    report.handed_over = handed_over
    report.undecided = open_questions
    report.seconds = time.perf_counter() - start
    return report


__all__ = ["validate", "raw_results", "Report", "Result", "RawResult", "ENGINES", "load_shapes"]


class _CallableModule(types.ModuleType):
    """``kg.validate(store)`` keeps working once this package is imported: importing it (the
    write path does, for the kept report) makes ``kg.validate`` this module, not the function
    of :mod:`kg` of the same name."""

    def __call__(self, store: Store, **options) -> Report:
        return validate(store, **options)


sys.modules[__name__].__class__ = _CallableModule
