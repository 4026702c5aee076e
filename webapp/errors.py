"""Errors mapped once: typed kg errors and HTTP errors become a status plus a clear message.

Protocol clients get ``text/plain``; clients preferring JSON get ``{"error", "status"}``;
browsers get an HTML page.
"""
from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kg.errors import AuthError, KGError


def _respond(status: int, title: str, message: str, headers: dict | None = None) -> Response:
    from webapp.negotiation import wants_html, wants_json

    if request.method == "HEAD":
        response = Response(status=status)
    elif wants_json() or (request.path.startswith("/api/")):
        response = jsonify({"error": message, "status": status, "title": title})
        response.status_code = status
    elif wants_html() and request.path not in ("/sparql", "/update") \
            and not request.path.startswith("/rdf-graph-store"):
        response = Response(render_template("error.html", status=status, title=title,
                                            message=message), status=status,
                            mimetype="text/html")
    else:
        response = Response(f"{status} {title}: {message}\n", status=status,
                            mimetype="text/plain")
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def register(app: Flask) -> None:
    @app.errorhandler(KGError)
    def kg_error(exc: KGError):
        headers = {"WWW-Authenticate": 'Bearer realm="dealgraph"'} if isinstance(exc, AuthError) else None
        title = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
                 406: "Not Acceptable", 413: "Payload Too Large", 415: "Unsupported Media Type",
                 503: "Service Unavailable"}.get(exc.http_status, "Error")
        return _respond(exc.http_status, title, str(exc), headers)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        headers = dict(exc.get_headers()) if exc.code == 405 else {}
        headers.pop("Content-Type", None)
        message = exc.description or exc.name
        if exc.code == 413:
            message = (f"the request body is larger than this server accepts "
                       f"({app.config['MAX_CONTENT_LENGTH']} bytes)")
        return _respond(exc.code or 500, exc.name, message, headers)
