"""Security headers (CSP and friends), CORS for read-only endpoints, and the write-token check.

The token check lives in ONE decorator, :func:`require_token`: writes need
``Authorization: Bearer <UPDATE_TOKEN>``, compared in constant time. No cookies carry
authority, so there is no CSRF surface.
"""
from __future__ import annotations

import functools
import hmac

from flask import Flask, current_app, request
from werkzeug.exceptions import RequestURITooLarge

from kg.errors import AuthError, KGError

#: No inline script, no foreign origins. Inline *styles* are allowed because the editor and the
#: graph library set element styles; scripts are strictly 'self'.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")

#: Endpoints other sites may call from a browser (read-only).
CORS_ENDPOINTS = {"sparql.query", "pages.void", "pages.entity", "pages.ontology", "pages.health",
                  "api.autocomplete", "api.terms", "api.labels", "api.saved_queries"}


class Forbidden(KGError):
    http_status = 403


def register(app: Flask) -> None:
    @app.before_request
    def url_length():
        limit = current_app.config.get("MAX_QUERY_STRING")
        if limit and len(request.query_string) > limit:
            raise RequestURITooLarge(f"the URL's query string is longer than {limit} bytes: "
                                     "send long queries by POST")

    @app.after_request
    def headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if request.endpoint in CORS_ENDPOINTS:
            response.headers["Access-Control-Allow-Origin"] = "*"
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            response.headers["Access-Control-Max-Age"] = "86400"
            response.headers.add("Vary", "Origin")
        return response


def check_token() -> None:
    """Raise unless the request carries the configured update token."""
    token = current_app.config.get("UPDATE_TOKEN")
    if not token:
        raise Forbidden("writes are disabled on this server: start it with "
                        "`dealgraph serve --update-token TOKEN` to enable /update and Graph Store writes")
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise AuthError("this write needs the header 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise Forbidden("the bearer token is not valid for this server")


def require_token(view):
    """Decorator for every view that writes."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        check_token()
        return view(*args, **kwargs)

    return wrapped
