"""The SPARQL 1.1 Protocol: ``/sparql`` (query: GET, URL-encoded POST, direct POST) and
``/update`` (POST only, bearer token), with every error case the W3C test suite checks.

Dataset parameters (``default-graph-uri``, ``named-graph-uri``, ``using-graph-uri``,
``using-named-graph-uri``) name graphs of the store; nothing is ever fetched. ``GET /sparql``
without a query returns the SPARQL service description (browsers are sent to the editor).
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from flask import Blueprint, Response, current_app, redirect, request, url_for

from kg.errors import KGError, QueryError, UsageError
from webapp import engine, negotiation
from webapp.negotiation import RESULTS_MEDIA
from webapp.rdfdoc import rdf_response, turtle_triples
from webapp.security import require_token
from webapp.sparql_values import graph_iri, iri, literal

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"


class UnsupportedMediaType(KGError):
    http_status = 415


def _check_charset() -> None:
    charset = request.mimetype_params.get("charset")
    if charset and charset.strip().lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii"):
        raise UnsupportedMediaType(f"the request body must be UTF-8, not {charset}")


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"the {what} is not valid UTF-8 (byte {exc.start})") from None


def _params() -> dict[str, list[str]]:
    """Protocol parameters of the URL (decoded once, strictly UTF-8)."""
    raw = request.query_string.decode("latin-1")
    return _parse_form(raw, "URL query string")


#: The protocol needs a handful of parameters; 16 MB of ``a&a&...`` (8 million fields) cost
#: 18 s and 700 MB before this cap.
MAX_FIELDS = 1000


def _parse_form(text: str, what: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if text.count("&") >= MAX_FIELDS:
        raise UsageError(f"the {what} has more than {MAX_FIELDS} parameters")
    try:
        pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict",
                          max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError):
        raise UsageError(f"the {what} is not valid UTF-8 percent-encoding") from None
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise UsageError(f"the request has {len(values)} '{name}' parameters: give exactly one")
    return values[0] if values else None


def _graphs(params: dict[str, list[str]], name: str) -> list[str]:
    return [graph_iri(g) for g in params.get(name, [])]


def read_operation(kind: str) -> tuple[str | None, dict[str, list[str]]]:
    """The query or update text and all protocol parameters, checking the protocol's rules."""
    other = "update" if kind == "query" else "query"
    params = _params()
    if request.method == "GET":
        text = _one(params, kind)
    else:
        media = request.mimetype
        if media == FORM:
            _check_charset()
            body = request.get_data(cache=False)
            try:
                body_text = body.decode("ascii")
            except UnicodeDecodeError:
                raise UsageError("a URL-encoded body must be ASCII (percent-encode UTF-8)") from None
            for key, values in _parse_form(body_text, "request body").items():
                params.setdefault(key, []).extend(values)
            text = _one(params, kind)
        elif media == f"application/sparql-{kind}":
            _check_charset()
            if params.get(kind):
                raise UsageError(f"the {kind} is given both in the body and as a '{kind}' parameter")
            text = _utf8(request.get_data(cache=False), kind)
        elif not media:
            raise UnsupportedMediaType(
                f"a POST to this endpoint needs a Content-Type: {FORM} (with a '{kind}' "
                f"parameter) or application/sparql-{kind} (the {kind} as the body)")
        else:
            raise UnsupportedMediaType(
                f"unsupported Content-Type {media!r}: use {FORM} or application/sparql-{kind}")
    if params.get(other):
        raise UsageError(
            "SPARQL updates go to /update (POST, with the bearer token)" if other == "update"
            else "this is the update endpoint: send queries to /sparql")
    return text, params


# --- /sparql ------------------------------------------------------------------------------------
@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def query():
    if request.method == "OPTIONS":
        return Response(status=204)
    text, params = read_operation("query")
    if text is None:
        if request.method == "GET" and negotiation.wants_html():
            return redirect(url_for("pages.editor"))
        if request.method == "POST":
            raise UsageError("no query: give a 'query' parameter or an application/sparql-query body")
        return service_description()
    if request.method == "GET" and negotiation.wants_html() and not params.get("format"):
        return redirect(url_for("pages.editor") + "?" + urlencode({"query": text}))
    defaults = _graphs(params, "default-graph-uri")
    named = _graphs(params, "named-graph-uri")
    if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
        raise UsageError("using-graph-uri/using-named-graph-uri belong to updates; "
                         "queries take default-graph-uri/named-graph-uri")
    dataset = engine.Dataset(defaults, named, given=bool(defaults or named))
    fmt = negotiation.query_format(params)
    answer = engine.run_query(text, fmt, dataset=dataset, base_iri=request.base_url)
    results_name, _, rdf_name = fmt.partition("|")
    if answer.kind == "graph":
        from webapp.negotiation import RDF_MEDIA

        content_type = RDF_MEDIA.get(rdf_name, answer.media_type)
    else:
        content_type = RESULTS_MEDIA.get(results_name, answer.media_type)
    response = Response(answer.data, content_type=content_type)
    response.headers.add("Vary", "Accept")
    if params.get("download"):
        ext = {"json": "srj", "xml": "srx"}.get(results_name, results_name)
        if answer.kind == "graph":
            ext = {"turtle": "ttl", "ntriples": "nt", "rdfxml": "rdf", "jsonld": "jsonld"}[rdf_name]
        response.headers["Content-Disposition"] = f'attachment; filename="dealgraph-results.{ext}"'
    return response


def service_description():
    """SPARQL 1.1 Service Description of this endpoint (Turtle by default)."""
    fmt = negotiation.rdf_format()
    endpoint = request.base_url
    update_on = bool(current_app.config.get("UPDATE_TOKEN"))
    root = request.url_root
    formats = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
               "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"]
    lines = [
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .",
        "@prefix void: <http://rdfs.org/ns/void#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        f"{iri(endpoint)} a sd:Service ;",
        f"  sd:endpoint {iri(endpoint)} ;",
        "  sd:supportedLanguage sd:SPARQL11Query" + (" , sd:SPARQL11Update ;" if update_on else " ;"),
        "  sd:feature sd:UnionDefaultGraph ;",
        "  " + " ;\n  ".join(f"sd:resultFormat <http://www.w3.org/ns/formats/{f}>" for f in formats) + " ;",
        f"  dcterms:title {literal('dealgraph SPARQL endpoint', lang='en')} ;",
        f"  dcterms:description {literal('The default graph is the set union of all named graphs: each fact once, however many articles state it. SERVICE and LOAD are refused; default-graph-uri/named-graph-uri name graphs of this store only.', lang='en')} ;",
        f"  sd:defaultDataset [ a sd:Dataset ; void:sparqlEndpoint {iri(endpoint)} ;",
        f"      sd:defaultGraph [ a sd:Graph ; void:triples {engine.store().stats()['facts']} ] ;",
    ]
    for graph, size in sorted(engine.store().graphs().items()):
        lines.append(f"      sd:namedGraph [ a sd:NamedGraph ; sd:name {iri(graph)} ;"
                     f" sd:graph [ a sd:Graph ; void:triples {int(size)} ] ] ;")
    lines.append(f"      dcterms:description {literal('see also ' + root + '.well-known/void', lang='en')} ] .")
    return rdf_response(turtle_triples("\n".join(lines)), fmt)


# --- /update ------------------------------------------------------------------------------------
@bp.route("/update", methods=["POST"])
@require_token
def update():
    text, params = read_operation("update")
    if text is None:
        raise UsageError("no update: give an 'update' parameter or an application/sparql-update body")
    if params.get("default-graph-uri") or params.get("named-graph-uri"):
        raise UsageError("default-graph-uri/named-graph-uri belong to queries; "
                         "updates take using-graph-uri/using-named-graph-uri")
    if not text.strip():
        raise QueryError("the update is empty")
    engine.update(text, using_graphs=_graphs(params, "using-graph-uri"),
                  using_named_graphs=_graphs(params, "using-named-graph-uri"),
                  base_iri=request.base_url)
    return Response("OK: update applied\n", status=200, mimetype="text/plain")
