"""JSON endpoints for the front-end: autocompletion, ontology terms, labels, saved queries."""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from webapp import data
from kg.errors import UsageError
from webapp.i18n import current_lang
from webapp.sparql_values import check_iri

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.route("/autocomplete")
def autocomplete():
    """Label completion in both languages: ``?q=英伟`` finds Nvidia."""
    text = request.args.get("q", "")
    limit = min(max(request.args.get("limit", 10, type=int), 1), 50)
    return jsonify(data.search(text, current_lang(), limit=limit))


@bp.route("/terms")
def terms():
    """The ontology's classes and properties (full IRIs, labels) for the editor's completion."""
    lang = current_lang()
    onto = data.ontology_terms(lang)
    kind = request.args.get("kind")
    out = []
    for item in onto["classes"] + onto["properties"]:
        if kind and item["kind"] != kind:
            continue
        out.append({"iri": item["iri"], "prefixed": "dg:" + item["name"], "kind": item["kind"],
                    "label": item["label"], "labels": item["labels"], "comment": item["comment"]})
    return jsonify(out)


@bp.route("/labels", methods=["GET", "POST"])
def labels():
    """Labels and console links for IRIs (``?iri=`` repeated, or a JSON list in a POST body)."""
    if request.method == "POST":
        try:
            iris = request.get_json(silent=True) or []
        except RecursionError:  # deeply nested JSON: Python's decoder recurses (was a 500)
            raise UsageError("the JSON body nests too deeply: send a flat list of IRIs") from None
        if not isinstance(iris, list):
            iris = []
    else:
        iris = request.args.getlist("iri")
    iris = [i for i in iris[:2000] if isinstance(i, str)]
    valid = []
    for value in iris:
        try:
            valid.append(check_iri(value))
        except Exception:
            continue
    names = data.labels(valid, current_lang())
    return jsonify({value: {"label": names[value], "href": data.href(value)} for value in valid})


@bp.route("/saved-queries")
def saved_queries():
    from flask import current_app

    from kg.saved_queries import load_all

    return jsonify([q.as_dict(current_lang())
                    for q in load_all(current_app.config.get("QUERIES_DIR"))])
