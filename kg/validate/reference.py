"""The reference engine: pySHACL over the store's data (ontology and derived graph included).

The data graph is the union of the store's graphs exported into rdflib memory. Subclass reasoning
(a ``dg:Loan`` is a ``dg:Financing``) comes from the derived graph, which materialises it, and from
the ontology graph, which SHACL's own ``rdf:type/rdfs:subClassOf*`` targeting uses. With
``inference="rdfs"`` the derived graph's inferred types and super-properties are left out and
pySHACL's RDFS reasoner (owlrl) infers them instead; the tests check both give the same report.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Literal, URIRef

from kg import written_forms
from kg.errors import ValidationError
from kg.namespaces import DERIVED_GRAPH, DG, PROV
from kg.store import Store
from kg.validate.report import RawResult
from kg.validate.shapes import SH, lexical_forms_kept, node_key, path_sparql

#: Predicates of the derived graph that come from kg.flows (kept when pySHACL infers the rest).
_FLOW_PREDICATES = [str(p) for p in (DG.flowsTo, DG.flowSource, DG.flowTarget, DG.flowAgreement,
                                     DG.stepIndex, DG.cycleMember, DG.cycleStep, DG.cycleLength,
                                     DG.onCycle, PROV.wasDerivedFrom)]
_FLOW_CLASSES = [str(DG.FlowStep), str(DG.Cycle)]


def to_ox(term: rdflib.term.Node | None):
    """An rdflib term as a pyoxigraph term."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValidationError(f"unexpected term in a pySHACL report: {term!r}")


def data_graph(store: Store, *, inference: str = "none") -> rdflib.Graph:
    """The store's data as one rdflib graph (all graphs; see the module docstring for rdfs)."""
    logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)  # ill-typed literals are results
    graph = rdflib.Graph()
    if inference == "none":
        nt = store.export(ox.RdfFormat.N_TRIPLES)
    else:
        flows_p = ", ".join(f"<{p}>" for p in _FLOW_PREDICATES)
        flows_c = ", ".join(f"<{c}>" for c in _FLOW_CLASSES)
        nt = store.query_serialized(f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
            {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{DERIVED_GRAPH}>) }} UNION
            {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o FILTER(?p IN ({flows_p}) || ?p = <{_RDF_TYPE}> && ?o IN ({flows_c}))
               FILTER(?p != <{DG.stale}>) }} }} }}""", "ntriples").data
    # keep the store's lexical forms ("1500000000"^^xsd:double), so values compare as terms
    with lexical_forms_kept():
        graph.parse(data=nt.decode("utf-8"), format="nt")
    out, put = written_forms.substitutions(store)
    for triple in out:   # the data as written, where the store retyped it (kg.written_forms)
        graph.remove(to_rdflib(triple))
    for triple in put:
        graph.add(to_rdflib(triple))
    return graph


def to_rdflib(triple: ox.Triple) -> tuple:
    """A pyoxigraph triple as rdflib terms, each literal with its lexical form as is."""
    with lexical_forms_kept():
        return tuple(rdflib_term(t) for t in (triple.subject, triple.predicate, triple.object))


def rdflib_term(term):
    """A pyoxigraph term as an rdflib term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def validate_graph(data: rdflib.Graph, shapes: rdflib.Graph, *, inference: str = "none",
                   use_shapes: Iterable[str] | None = None) -> list[RawResult]:
    """Run pySHACL and read its report graph back as raw results."""
    import pyshacl
    from pyshacl.errors import ReportableRuntimeError, ValidationFailure

    logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)  # ill-typed literals are results
    options = {}
    if use_shapes is not None:
        options["use_shapes"] = [URIRef(s) for s in use_shapes]
    try:
        _, report, _ = pyshacl.validate(
            data, shacl_graph=shapes, inference=None if inference == "none" else inference,
            allow_warnings=True, allow_infos=True, **options)
    except (ReportableRuntimeError, ValidationFailure, NotImplementedError, ValueError, TypeError,
            KeyError) as exc:
        raise ValidationError(f"pySHACL could not validate: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - rdflib (in pySHACL) raises a bare Exception
        if type(exc) is not Exception:  # for an unknown prefix in a SPARQL constraint
            raise
        raise ValidationError(f"pySHACL could not validate: {exc}") from exc
    if not isinstance(report, rdflib.Graph):  # pySHACL returns its failure instead of a report
        raise ValidationError(f"pySHACL could not validate: {report}")
    return read_report(report, shapes)


def read_report(report: rdflib.Graph, shapes: rdflib.Graph) -> list[RawResult]:
    """The report's top-level results (``sh:result`` of the report; results nested in another
    result's ``sh:detail`` are explanations of it, not results of their own)."""
    results = []
    roots = list(report.subjects(rdflib.RDF.type, SH.ValidationReport))
    for node in (n for root in roots for n in report.objects(root, SH.result)):
        shape = report.value(node, SH.sourceShape)
        component = report.value(node, SH.sourceConstraintComponent)
        constraint = report.value(node, SH.sourceConstraint)
        path = None
        shape_path = shapes.value(shape, SH.path)
        result_path = report.value(node, SH.resultPath)
        if component == SH.SPARQLConstraintComponent or shape_path is None:
            if result_path is not None:
                path = path_sparql(report, result_path) if isinstance(result_path, BNode) \
                    else f"<{result_path}>"
        elif shape_path is not None:
            path = path_sparql(shapes, shape_path)
        results.append(RawResult(
            focus=to_ox(report.value(node, SH.focusNode)), shape=node_key(shape),
            component=str(component), severity=str(report.value(node, SH.resultSeverity)),
            path=path, value=to_ox(report.value(node, SH.value)),
            constraint=node_key(constraint) if constraint is not None else None))
    return results


def validate(store: Store, shapes: rdflib.Graph, *, inference: str = "none",
             use_shapes: Iterable[str] | None = None) -> list[RawResult]:
    """pySHACL over the store's data; raw results."""
    return validate_graph(data_graph(store, inference=inference), shapes, inference=inference,
                          use_shapes=use_shapes)
