"""Reading the shapes: files or folders of Turtle into one rdflib graph, and what both engines
need to know about a shape (its key, severity, messages, path as SPARQL).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, BNode, Literal, URIRef

from kg import paths
from kg.errors import ValidationError

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def shape_files(locations: Iterable[str | Path] | None = None) -> list[Path]:
    """The Turtle files named by `locations` (files or folders, searched recursively)."""
    found: list[Path] = []
    for location in locations or [paths.shapes_dir()]:
        path = Path(location)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.ttl") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise ValidationError(f"no such shapes file or folder: {path}")
    if not found:
        raise ValidationError("no shapes found (no .ttl files in the given locations)")
    return found


@contextmanager
def lexical_forms_kept() -> Iterator[None]:
    """Parse with rdflib keeping every literal's lexical form as written.

    rdflib normalises by default ("1"^^xsd:boolean becomes "true", "01"^^xsd:integer "1"),
    which changes meaning for SHACL: only the literal ``true`` switches on sh:uniqueLang or
    sh:deactivated, and sh:datatype must see the data's own forms.

    >>> with lexical_forms_kept():
    ...     g = rdflib.Graph().parse(data='<x:s> <x:p> "1"^^<http://www.w3.org/2001/XMLSchema#boolean> .', format="nt")
    >>> str(g.value(URIRef("x:s"), URIRef("x:p")))
    '1'
    """
    before, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS = before


def load_shapes(locations: Iterable[str | Path] | None = None) -> rdflib.Graph:
    """All shapes in one graph, each literal as written; a file that does not parse is a
    :class:`ValidationError`."""
    graph = rdflib.Graph()
    for path in shape_files(locations):
        fmt = rdflib.util.guess_format(str(path)) or "turtle"
        try:
            with lexical_forms_kept():
                graph.parse(path, format=fmt)
        except Exception as exc:  # rdflib raises many kinds; all mean "bad shapes file"
            raise ValidationError(f"cannot read shapes file {path}: {exc}") from exc
    return graph


def node_key(node: rdflib.term.Node) -> str:
    """A shape or constraint's key in results: its IRI, or ``_:id`` for a blank node."""
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def severity_of(shapes: rdflib.Graph, shape: rdflib.term.Node) -> str:
    return str(shapes.value(shape, SH.severity) or SH.Violation)


def messages_of(shapes: rdflib.Graph, node: rdflib.term.Node | None) -> dict[str, str]:
    """{lang: template} of the node's sh:message literals ("" for untagged ones)."""
    found: dict[str, str] = {}
    if node is None:
        return found
    for message in sorted(shapes.objects(node, SH.message)):
        if isinstance(message, Literal):
            found.setdefault((message.language or "").lower(), str(message))
    return found


def labels_of(shapes: rdflib.Graph, node: rdflib.term.Node) -> dict[str, str]:
    found: dict[str, str] = {}
    for label in sorted(shapes.objects(node, RDFS.label)):
        if isinstance(label, Literal):
            found.setdefault((label.language or "").lower(), str(label))
    return found


def rdf_list(shapes: rdflib.Graph, head: rdflib.term.Node) -> list[rdflib.term.Node]:
    items: list[rdflib.term.Node] = []
    seen = set()
    while head is not None and head != RDF.nil:
        if head in seen:
            raise ValidationError("a cyclic RDF list in the shapes graph")
        seen.add(head)
        first = shapes.value(head, RDF.first)
        if first is None:
            raise ValidationError("a malformed RDF list in the shapes graph")
        items.append(first)
        head = shapes.value(head, RDF.rest)
    return items


class UnsupportedShape(Exception):
    """The fast engine cannot compile this shape feature (the caller falls back to pySHACL)."""


def path_sparql(shapes: rdflib.Graph, path: rdflib.term.Node) -> str:
    """A SHACL property path as a SPARQL property path.

    >>> g = rdflib.Graph().parse(data='@prefix sh: <http://www.w3.org/ns/shacl#> . '
    ...     '<x:s> sh:path [ sh:alternativePath ( <x:a> [ sh:inversePath <x:b> ] ) ] .', format="turtle")
    >>> path_sparql(g, g.value(URIRef("x:s"), SH.path))
    '(<x:a>|^<x:b>)'
    """
    if isinstance(path, URIRef):
        return f"<{path}>"
    if not isinstance(path, BNode):
        raise UnsupportedShape(f"not a property path: {path!r}")
    if (path, RDF.first, None) in shapes:
        return "(" + "/".join(path_sparql(shapes, p) for p in rdf_list(shapes, path)) + ")"
    for predicate, template in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"),
                                (SH.oneOrMorePath, "{}+"), (SH.zeroOrOnePath, "{}?")):
        inner = shapes.value(path, predicate)
        if inner is not None:
            text = path_sparql(shapes, inner)
            if predicate == SH.inversePath:
                return "^" + (text if text.startswith(("<", "(")) else f"({text})")
            return f"({text})" + template[-1]
    inner = shapes.value(path, SH.alternativePath)
    if inner is not None:
        return "(" + "|".join(path_sparql(shapes, p) for p in rdf_list(shapes, inner)) + ")"
    raise UnsupportedShape("unknown property path form")


def sparql_prologue(shapes: rdflib.Graph, constraint) -> str:
    """The ``PREFIX`` lines a SPARQL-based constraint declares through ``sh:prefixes``
    (following ``owl:imports``: the imported ontology's declarations count too)."""
    lines = []
    owners = list(shapes.objects(constraint, SH.prefixes))
    for owner in owners:
        owners.extend(o for o in shapes.objects(owner, rdflib.OWL.imports) if o not in owners)
    for owner in owners:
        for decl in shapes.objects(owner, SH.declare):
            prefix, namespace = shapes.value(decl, SH.prefix), shapes.value(decl, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))
