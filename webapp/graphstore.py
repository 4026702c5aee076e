"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/rdf-graph-store``.

Indirect identification (``?graph=IRI``, ``?default``) and direct identification (the request
URL under ``/rdf-graph-store/...`` is the graph's IRI). GET/HEAD read; PUT/POST/DELETE write
(bearer token, through kg.changes). ``POST /rdf-graph-store`` with neither parameter creates a
new graph and answers 201 with its IRI in ``Location``. ``?default`` is what users wrote to the
unnamed default graph, kept in the named graph ``graph/default`` (queries' default graph is the
set union of every named graph, each fact once: :mod:`kg.default_graph`).
"""
from __future__ import annotations

import uuid
from email.parser import BytesParser
from email.policy import HTTP

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kg.default_graph import USER_DEFAULT_GRAPH
from kg.errors import NotFound, ParseError, UsageError
from kg.safe_rdf import check_rdf
from kg.store.formats import rdf_format
from webapp import engine, negotiation
from webapp.rdfdoc import rdf_response
from webapp.security import require_token
from webapp.sparql_values import graph_iri
from webapp.sparql import UnsupportedMediaType

bp = Blueprint("graphstore", __name__)

METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE"]
DEFAULT = USER_DEFAULT_GRAPH  # ?default: what users wrote to the unnamed default graph


def _target(rest: str | None):
    """The graph a request is about: an IRI, DEFAULT, or "new" (POST to the service)."""
    if rest:
        if "graph" in request.args or "default" in request.args:
            raise UsageError("a directly identified graph takes no ?graph or ?default parameter")
        return graph_iri(request.base_url)
    graphs = request.args.getlist("graph")
    if "default" in request.args:
        if graphs:
            raise UsageError("give either ?default or ?graph=IRI, not both")
        return DEFAULT
    if len(graphs) > 1:
        raise UsageError("give exactly one ?graph=IRI")
    if graphs:
        return graph_iri(graphs[0])
    if request.method == "POST":
        return "new"
    raise UsageError("name a graph: ?graph=IRI or ?default (or address it directly under "
                     "/rdf-graph-store/...)")


def _exists(graph) -> bool:
    return graph is DEFAULT or graph in engine.store().graphs()


def _triples(graph) -> list[ox.Triple]:
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    dataset = engine.Dataset([graph], [], given=True)
    return engine.execute(query, dataset=dataset).triples


def _parse_body(base_iri: str) -> list[ox.Triple]:
    """The request's RDF payload (one document, or every part of a multipart/form-data body)."""
    media = request.mimetype
    if media == "multipart/form-data":
        parts = _multipart_parts()
    else:
        parts = [(request.content_type, request.get_data(cache=False))]
    triples: list[ox.Triple] = []
    for content_type, data in parts:
        fmt = negotiation.parse_rdf_media_type(content_type)
        if fmt is None:
            raise UnsupportedMediaType(
                f"unsupported Content-Type {content_type!r}: send text/turtle, application/n-triples, "
                "application/rdf+xml or application/ld+json")
        charset = (content_type or "").lower().partition("charset=")[2].strip(" \"'")
        if charset and charset not in ("utf-8", "utf8"):
            raise UnsupportedMediaType(f"RDF payloads must be UTF-8, not {charset}")
        # Billion-laughs RDF/XML (gigabytes from 1 KB) and deeply nested JSON-LD (a segfault)
        # are refused before pyoxigraph sees them.
        check_rdf(data, rdf_format(fmt), max_bytes=current_app.config.get("MAX_CONTENT_LENGTH"))
        try:
            for quad in ox.parse(data, format=rdf_format(fmt), base_iri=base_iri):
                if isinstance(quad, ox.Quad) and not isinstance(quad.graph_name, ox.DefaultGraph):
                    raise UsageError("the payload holds named graphs: send triples")
                triples.append(ox.Triple(quad.subject, quad.predicate, quad.object))
        except SyntaxError as exc:
            raise ParseError(f"the {fmt} payload does not parse: {exc}") from exc
        except (OSError, ValueError) as exc:
            raise ParseError(f"cannot read the {fmt} payload: {exc}") from exc
    return triples


def _multipart_parts() -> list[tuple[str, bytes]]:
    head = f"Content-Type: {request.content_type}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + request.get_data(cache=False))
    if not message.is_multipart():
        raise UsageError("the multipart/form-data body is malformed")
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True) or b""
        content_type = part.get("Content-Type") or _type_from_name(part.get_filename() or "")
        parts.append((content_type, payload))
    return parts


def _type_from_name(name: str) -> str | None:
    for ext, media in ((".ttl", "text/turtle"), (".nt", "application/n-triples"),
                       (".rdf", "application/rdf+xml"), (".jsonld", "application/ld+json")):
        if name.endswith(ext):
            return media
    return None


def _ntriples(triples: list[ox.Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


@bp.route("/rdf-graph-store", methods=METHODS, defaults={"rest": None})
@bp.route("/rdf-graph-store/<path:rest>", methods=METHODS)
def graph_store(rest):
    if request.method in ("GET", "HEAD"):
        return read(rest)
    return write(rest)


def read(rest):
    graph = _target(rest)
    fmt = negotiation.rdf_format()
    if not _exists(graph):
        raise NotFound(f"no graph named {graph} in this store")
    return rdf_response(_triples(graph), fmt, head=request.method == "HEAD")


@require_token
def write(rest):
    graph = _target(rest)
    if request.method == "DELETE":
        if not _exists(graph) or (graph is DEFAULT and not _triples(DEFAULT)):
            if graph is not DEFAULT:
                raise NotFound(f"no graph named {graph} in this store")
        engine.replace_graphs({}, remove=[graph])
        return Response(status=204)
    created = False
    if graph == "new":
        graph = request.url_root + "rdf-graph-store/" + uuid.uuid4().hex
        created = True
    base = graph if isinstance(graph, str) else request.base_url
    triples = _parse_body(base)
    existed = _exists(graph) and not created
    data = _ntriples(triples)
    if request.method == "PUT":
        engine.replace_graphs({graph: data})
    else:  # POST: merge
        from webapp.sparql_values import iri

        engine.update(f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{data}\n}} }}", graphs=[graph])
        if not triples and not existed:
            engine.replace_graphs({graph: ""})
    if created:
        response = Response(status=201)
        response.headers["Location"] = graph
        return response
    return Response(status=204 if existed else 201)
