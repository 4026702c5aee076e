"""The dealgraph web console: the SPARQL 1.1 Protocol, the Graph Store Protocol and the pages.

``create_app(config)`` builds a Flask app over one :class:`kg.Store`. Config keys:

- ``STORE``: a Store instance, or ``STORE_PATH`` (embedded folder) / ``ENDPOINT`` (+
  ``UPDATE_ENDPOINT``, ``ENDPOINT_TOKEN``) to open one;
- ``UPDATE_TOKEN``: enables ``/update`` and Graph Store writes (``Authorization: Bearer ...``);
- ``QUERY_TIMEOUT`` (seconds), ``MAX_ROWS`` (rows per query), ``MAX_BODY`` (request bytes),
  ``MAX_QUERY_STRING`` (bytes of URL query string; longer is a 414: POST long queries);
- ``QUERY_WORKERS``: worker processes that run queries under ``QUERY_TIMEOUT`` with real
  cancellation (:class:`kg.executor.Executor`; on-disk embedded stores only). 0 (the default
  for ``create_app``) runs queries in-process; ``dealgraph serve`` uses 2;
- ``QUERIES_DIR``: folder of saved ``*.rq`` queries (default: the project's ``queries/``);
- ``PUBLIC_BASE``: the public base of entity IRIs (default ``https://w3id.org/dealgraph/``),
  so ``<PUBLIC_BASE>id/firm/nvidia`` is served at ``/id/firm/nvidia``.

Layout: ``sparql`` (protocol), ``graphstore`` (GSP), ``pages`` (HTML + JSON twins), ``api``
(JSON for the front-end), ``negotiation`` (content negotiation), ``engine`` (the one place that
runs queries and writes), ``sparql_values`` (safe SPARQL terms from user input).
"""
from __future__ import annotations

from typing import Any

from flask import Flask

from kg.namespaces import BASE

DEFAULTS: dict[str, Any] = {
    "UPDATE_TOKEN": None,
    "QUERY_TIMEOUT": 10.0,
    "MAX_ROWS": 100_000,
    "QUERY_WORKERS": 0,
    "MAX_BODY": 16 * 1024 * 1024,
    "MAX_QUERY_STRING": 64 * 1024,
    "PUBLIC_BASE": BASE,
    "JSON_AS_ASCII": False,
}


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the console app; see the module docstring for the config keys."""
    from kg.store import open_store

    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(config or {})
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_BODY"]
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    if not app.config.get("PUBLIC_BASE", "").endswith("/"):
        app.config["PUBLIC_BASE"] = app.config["PUBLIC_BASE"] + "/"

    store = app.config.get("STORE")
    if store is None:
        store = open_store(app.config.get("STORE_PATH"), endpoint=app.config.get("ENDPOINT"),
                           update_endpoint=app.config.get("UPDATE_ENDPOINT"),
                           token=app.config.get("ENDPOINT_TOKEN"))
    app.extensions["dealgraph_store"] = store
    workers = int(app.config.get("QUERY_WORKERS") or 0)
    if workers and store.backend == "embedded" and getattr(store, "path", None):
        from kg.executor import Executor

        app.extensions["dealgraph_executor"] = Executor(
            store, workers=workers, timeout=app.config["QUERY_TIMEOUT"],
            max_rows=app.config["MAX_ROWS"])

    from webapp import api, errors, graphstore, pages, security, sparql

    errors.register(app)
    security.register(app)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(graphstore.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    pages.register_template_helpers(app)
    return app


__all__ = ["create_app"]
