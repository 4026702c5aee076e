"""Server-rendered pages, each with a JSON twin (``?format=json`` or ``Accept: application/json``),
and the Linked-Data views (entity IRIs, the ontology namespace, VoID) with RDF by negotiation.
"""
from __future__ import annotations

import json
import re
from urllib.parse import unquote

from flask import (Blueprint, Flask, Response, current_app, jsonify, render_template, request,
                   url_for)

from kg.errors import NotFound
from kg.namespaces import DG, ONTOLOGY_GRAPH, PREFIXES
from webapp import data, engine, negotiation
from webapp.i18n import LANGUAGES, WORDS, current_lang, t
from webapp.money import usd
from webapp.validation_view import report_view
from webapp.rdfdoc import rdf_response, turtle_triples
from webapp.sparql_values import check_iri, iri, literal

bp = Blueprint("pages", __name__)

#: Links to outside the console only for http(s) URLs: a dg:url / schema:url from an article
#: may hold ``javascript:alert(1)``.
_SAFE_URL = re.compile(r"\Ahttps?://[^\x00-\x20\x7f]+\Z", re.IGNORECASE)


def page(template: str, payload: dict, **extra):
    """The HTML page, or its JSON twin."""
    if negotiation.wants_json():
        response = jsonify(payload)
    else:
        response = Response(render_template(template, data=payload, **extra), mimetype="text/html")
    response.headers.add("Vary", "Accept")
    if request.args.get("lang") in LANGUAGES:
        response.set_cookie("lang", request.args["lang"], max_age=365 * 86400, samesite="Lax")
    return response


def register_template_helpers(app: Flask) -> None:
    @app.context_processor
    def helpers():
        lang = current_lang()

        def switch_url(target: str) -> str:
            # Query parameters become url_for keywords: drop the ones url_for would read as its
            # own (endpoint, _external, _scheme, _anchor, _method) or that collide with the
            # route's variables (e.g. ?rest= on /id/...), which raised TypeError (a 500).
            view_args = request.view_args or {}
            args = {k: v for k, v in request.args.to_dict(flat=False).items()
                    if not k.startswith("_") and k != "endpoint" and k not in view_args}
            args["lang"] = [target]
            return url_for(request.endpoint or "pages.editor", **view_args, **args)

        def safe_url(value) -> str | None:
            """`value` if it is an http(s) URL a link may point to (never javascript:, data:)."""
            if isinstance(value, str) and _SAFE_URL.match(value):
                return value
            return None

        return {"t": lambda key: t(key, lang), "lang": lang, "switch_url": switch_url,
                "href": data.href, "compact": data.compact, "safe_url": safe_url,
                "usd": lambda value: usd(value, lang)}


# --- query editor --------------------------------------------------------------------------------
@bp.route("/query")
@bp.route("/")
def editor():
    from kg.saved_queries import load_all

    try:
        saved = [q.as_dict(current_lang()) for q in load_all(current_app.config.get("QUERIES_DIR"))]
    except Exception as exc:  # a malformed .rq must not take the editor down
        current_app.logger.warning("saved queries not loaded: %s", exc)
        saved = []
    config = {
        "endpoint": url_for("sparql.query", _external=True),
        "prefixes": PREFIXES,
        "query": request.args.get("query") or "",
        "saved": saved,
        "idBase": data.public_id_base(),
        "termsUrl": url_for("api.terms"),
        "labelsUrl": url_for("api.labels"),
        "lang": current_lang(),
    }
    payload = {"endpoint": config["endpoint"], "prefixes": PREFIXES, "saved_queries": saved,
               "query": config["query"]}
    return page("editor.html", payload, config=config)


# --- entities ------------------------------------------------------------------------------------
@bp.route("/id/<path:rest>")
def entity(rest):
    value = data.public_id_base() + rest
    return describe(value)


@bp.route("/resource")
def resource():
    value = request.args.get("iri", "")
    check_iri(value)
    return describe(value)


def describe(value: str):
    lang = current_lang()
    if negotiation.wants_rdf():
        triples = data.entity_triples(value)
        if not triples:
            raise NotFound(f"nothing is known about <{value}>")
        return rdf_response(triples, negotiation.rdf_format())
    item = data.entity(value, lang)
    if item is None:
        raise NotFound(f"nothing is known about <{value}>")
    template = "article.html" if item["is_article"] else "entity.html"
    return page(template, item)


# --- search --------------------------------------------------------------------------------------
@bp.route("/search")
def search():
    text = request.args.get("q", "")
    results = data.search(text, current_lang(), limit=50)
    return page("search.html", {"query": text, "results": results})


# --- validation ----------------------------------------------------------------------------------
@bp.route("/validation")
def validation():
    lang = current_lang()
    payload = {"available": True, "conforms": None, "groups": [], "cycles": data.cycles(lang)}
    try:
        from kg.validate import validate
    except ImportError:
        payload["available"] = False
        return page("validation.html", payload)
    payload.update(report_view(validate(engine.store()), lang))
    return page("validation.html", payload)



# --- money flows ---------------------------------------------------------------------------------
@bp.route("/flows")
def flows():
    graph = data.flow_graph(current_lang())
    return page("flows.html", graph)


# --- ontology ------------------------------------------------------------------------------------
@bp.route("/ontology/")
@bp.route("/ontology")
def ontology():
    if negotiation.wants_rdf():
        dataset = engine.Dataset([ONTOLOGY_GRAPH], [], given=True)
        triples = engine.execute("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", dataset=dataset).triples
        if not triples:
            from kg import paths
            import pyoxigraph as ox

            if paths.ontology_file().exists():
                triples = [ox.Triple(q.subject, q.predicate, q.object) for q in
                           ox.parse(paths.ontology_file().read_bytes(), format=ox.RdfFormat.TURTLE)]
        return rdf_response(triples, negotiation.rdf_format())
    return page("ontology.html", data.ontology_terms(current_lang()))


# --- dataset, VoID, health -----------------------------------------------------------------------
@bp.route("/dataset")
def dataset():
    return page("dataset.html", data.dataset(current_lang()))


@bp.route("/.well-known/void")
def void():
    info = data.dataset("en")
    root = request.url_root
    me = iri(root + ".well-known/void#dataset")
    lines = [
        "@prefix void: <http://rdfs.org/ns/void#> .", "@prefix dcterms: <http://purl.org/dc/terms/> .",
        f"{me} a void:Dataset ;",
        f"  dcterms:title {literal('dealgraph', lang='en')} ;",
        f"  dcterms:description {literal('A knowledge graph of the money and compute behind the AI build-out.', lang='en')} ;",
        f"  void:sparqlEndpoint {iri(url_for('sparql.query', _external=True))} ;",
        f"  void:uriSpace {literal(data.public_id_base())} ;",
        f"  void:vocabulary {iri(str(DG))} ;",
        f"  void:triples {int(info['quads'])} ;",
        f"  void:rootResource {iri(url_for('pages.dataset', _external=True))} ;",
        f"  void:feature <http://www.w3.org/ns/formats/Turtle> , <http://www.w3.org/ns/formats/JSON-LD> ;",
    ]
    for i, cls in enumerate(info["classes"]):
        lines.append(f"  void:classPartition [ void:class {iri(cls['iri'])} ; void:entities {int(cls['instances'])} ] ;")
    for graph in info["graphs"]:
        lines.append(f"  void:subset [ a void:Dataset ; dcterms:identifier {literal(graph['iri'])} ;"
                     f" void:triples {int(graph['triples'])} ] ;")
    lines.append(f"  dcterms:publisher {literal('dealgraph')} .")
    return rdf_response(turtle_triples("\n".join(lines)), negotiation.rdf_format())


@bp.route("/favicon.ico")
def favicon():
    return current_app.send_static_file("favicon.svg")


@bp.route("/health")
def health():
    try:
        engine.execute("ASK { }")
        status, code = "ok", 200
    except Exception as exc:  # the point of /health is to say so, not to crash
        status, code = f"error: {exc}", 503
    store = engine.store()
    response = jsonify({"status": status, "backend": store.backend,
                        "updates": bool(current_app.config.get("UPDATE_TOKEN"))})
    response.status_code = code
    return response
