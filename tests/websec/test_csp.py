"""Content-Security-Policy and the other security headers on every response; no inline script in
any rendered template; the update token appears in no page and no JSON twin."""
from __future__ import annotations

import pytest

from tests.webapp.conftest import TOKEN
from tests.websec.conftest import AUTH, HTML, PAGES
from tests.websec.htmlcheck import parse


def directives(policy: str) -> dict[str, list[str]]:
    out = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            out[words[0].lower()] = words[1:]
    return out


def check_policy(policy: str) -> None:
    d = directives(policy)
    assert d.get("default-src") == ["'self'"], policy
    script = d.get("script-src", d["default-src"])
    assert script == ["'self'"], f"script-src must be 'self' only: {script}"
    for directive, sources in d.items():
        assert "'unsafe-eval'" not in sources, directive
        assert "*" not in sources and not any(s.startswith(("http:", "https:")) for s in sources), \
            f"{directive} allows foreign origins: {sources}"
        if directive != "style-src":
            assert "'unsafe-inline'" not in sources, directive
        assert "data:" not in sources or directive in ("img-src", "font-src"), directive
    assert d.get("object-src") == ["'none'"]
    assert d.get("frame-ancestors") == ["'none'"]
    assert d.get("base-uri") == ["'self'"]
    assert d.get("form-action") == ["'self'"]


def check_headers(response) -> None:
    h = response.headers
    check_policy(h["Content-Security-Policy"])
    assert h["X-Content-Type-Options"] == "nosniff"
    assert h["Referrer-Policy"] in ("same-origin", "no-referrer", "strict-origin-when-cross-origin")
    assert h["X-Frame-Options"] == "DENY"
    assert "Set-Cookie" not in h or h["Set-Cookie"].startswith("lang=")


@pytest.mark.parametrize("path", PAGES + ["/id/firm/nvidia?lang=zh", "/search?q=英伟"])
def test_every_html_page_has_the_policy_and_no_inline_script(client, path):
    response = client.get(path, headers=HTML)
    assert response.mimetype == "text/html"
    check_headers(response)
    page = parse(response.data.decode("utf-8"))
    assert page.scripts, "every page loads at least common.js"
    for attrs, body in page.scripts:
        if (attrs.get("type") or "").lower() == "application/json":
            continue  # data, not code: a CSP never runs it
        src = attrs.get("src") or ""
        assert src.startswith("/static/") and not body.strip(), (attrs, body[:80])
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "link" and attrs.get("rel") in ("stylesheet", "icon"):
            assert attrs["href"].startswith("/static/")


@pytest.mark.parametrize("method, path, kwargs", [
    ("GET", "/sparql?query=ASK%7B%7D", {}),
    ("GET", "/sparql", {"headers": {"Accept": "text/turtle"}}),
    ("POST", "/sparql", {"data": {"query": "SELECT * WHERE {"}}),
    ("GET", "/health", {}), ("GET", "/api/autocomplete?q=nv", {}), ("GET", "/api/terms", {}),
    ("GET", "/id/firm/nvidia?format=turtle", {}), ("GET", "/.well-known/void", {}),
    ("GET", "/rdf-graph-store?default", {}), ("POST", "/update", {"data": {"update": "x"}}),
    ("GET", "/no/such/page", {"headers": HTML}), ("GET", "/static/js/common.js", {}),
    ("DELETE", "/rdf-graph-store?graph=http://a/b", {}),
])
def test_every_response_has_the_headers(client, method, path, kwargs):
    check_headers(client.open(path, method=method, **kwargs))


def test_error_page_for_waitress_sized_errors_is_not_html(client):
    """413s carry the headers too (raised by Werkzeug before the view runs)."""
    response = client.post("/sparql", data=b"x" * (17 * 2**20),
                           headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413
    check_headers(response)


def test_policy_is_enforced_on_the_real_server(hostile_server):
    import urllib.request

    with urllib.request.urlopen(urllib.request.Request(hostile_server + "/id/firm/evil-capital",
                                                       headers=HTML), timeout=30) as response:
        check_policy(response.headers["Content-Security-Policy"])
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_cors_is_only_on_read_only_endpoints_and_never_with_credentials(client):
    read = client.get("/sparql?query=ASK%7B%7D", headers={"Origin": "https://evil.example"})
    assert read.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in read.headers
    for method, path in (("POST", "/update"), ("PUT", "/rdf-graph-store?graph=http://a/b"),
                         ("OPTIONS", "/update"), ("GET", "/validation")):
        response = client.open(path, method=method, headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in response.headers, (method, path)
    preflight = client.options("/sparql", headers={"Origin": "https://evil.example",
                                                   "Access-Control-Request-Headers": "Authorization"})
    assert "authorization" not in preflight.headers.get("Access-Control-Allow-Headers", "").lower()


@pytest.mark.parametrize("path", PAGES + ["/health", "/api/saved-queries", "/api/terms",
                                          "/sparql", "/.well-known/void", "/ontology?format=turtle"])
def test_the_update_token_is_in_no_page_and_no_json_twin(client, path):
    for headers in (HTML, {"Accept": "application/json"}, AUTH):
        body = client.get(path, headers=headers).data
        assert TOKEN.encode() not in body, f"the update token leaks on {path}"
    twin = client.get(path + ("&" if "?" in path else "?") + "format=json").data
    assert TOKEN.encode() not in twin


def test_errors_do_not_leak_the_token_or_a_traceback(client):
    for response in (client.post("/update", data={"update": "DROP ALL"},
                                 headers={"Authorization": "Bearer wrong-" + TOKEN}),
                     client.post("/update", data={"update": "NOT SPARQL"}, headers=AUTH),
                     client.put("/rdf-graph-store?graph=http://a/b", data=b"<", headers={
                         **AUTH, "Content-Type": "text/turtle"})):
        assert 400 <= response.status_code < 500
        assert TOKEN.encode() not in response.data
        assert b"Traceback" not in response.data
