"""Writes need the bearer token: /update and the Graph Store Protocol's PUT/POST/DELETE.

Documented statuses (docs/web-security.md): no or malformed ``Authorization`` -> 401 with
``WWW-Authenticate: Bearer``; a well-formed but wrong token -> 403; writes disabled (no token
configured) -> 403 whatever the request carries. No cookie carries authority.
"""
from __future__ import annotations

import hmac

import pytest

from tests.webapp.conftest import TOKEN
from tests.websec.conftest import AUTH, HTML, PAGES

NEW = "https://w3id.org/dealgraph/graph/websec-auth"
INSERT = f'INSERT DATA {{ GRAPH <{NEW}> {{ <http://a/s> <http://a/p> "o" }} }}'
TURTLE = {"Content-Type": "text/turtle"}
WRITES = [
    ("POST", "/update", {"data": {"update": INSERT}}),
    ("POST", "/update", {"data": INSERT, "headers": {"Content-Type": "application/sparql-update"}}),
    ("PUT", f"/rdf-graph-store?graph={NEW}", {"data": "<http://a/s> <http://a/p> 1 .", "headers": TURTLE}),
    ("POST", f"/rdf-graph-store?graph={NEW}", {"data": "<http://a/s> <http://a/p> 2 .", "headers": TURTLE}),
    ("POST", "/rdf-graph-store", {"data": "<http://a/s> <http://a/p> 3 .", "headers": TURTLE}),
    ("PUT", "/rdf-graph-store?default", {"data": "<http://a/s> <http://a/p> 4 .", "headers": TURTLE}),
    ("PUT", "/rdf-graph-store/direct/g1", {"data": "<http://a/s> <http://a/p> 5 .", "headers": TURTLE}),
    ("DELETE", "/rdf-graph-store?graph=https://w3id.org/dealgraph/graph/article/sample-en", {}),
    ("DELETE", "/rdf-graph-store?default", {}),
]
IDS = [f"{m} {p} {i}" for i, (m, p, _) in enumerate(WRITES)]


def _send(client, method, path, kwargs, auth=None):
    kwargs = {**kwargs, "headers": {**kwargs.get("headers", {}), **(auth or {})}}
    return client.open(path, method=method, **kwargs)


@pytest.mark.parametrize("method, path, kwargs", WRITES, ids=IDS)
def test_missing_token_is_401_with_www_authenticate(client, snapshot, method, path, kwargs):
    response = _send(client, method, path, kwargs)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert b"Authorization: Bearer" in response.data
    snapshot.check()


@pytest.mark.parametrize("header", [
    "Basic " + "dXNlcjpwYXNz", "Bearer", "Bearer ", "Token " + TOKEN, TOKEN, "Bearer\t",
])
@pytest.mark.parametrize("method, path, kwargs", WRITES[:3] + WRITES[7:8], ids=IDS[:3] + IDS[7:8])
def test_malformed_authorization_is_401(client, snapshot, method, path, kwargs, header):
    response = _send(client, method, path, kwargs, {"Authorization": header})
    assert response.status_code == 401 and "WWW-Authenticate" in response.headers
    snapshot.check()


@pytest.mark.parametrize("token", ["wrong", TOKEN[:-1], TOKEN + "x", TOKEN.upper(), " " * 3 + "x",
                                   TOKEN + " " + TOKEN, "é" + TOKEN, TOKEN * 50])
@pytest.mark.parametrize("method, path, kwargs", WRITES, ids=IDS)
def test_wrong_token_is_403(client, snapshot, method, path, kwargs, token):
    response = _send(client, method, path, kwargs, {"Authorization": f"Bearer {token}"})
    assert response.status_code == 403, response.data
    assert b"not valid" in response.data
    snapshot.check()


@pytest.mark.parametrize("method, path, kwargs", WRITES, ids=IDS)
def test_right_token_writes(fresh_client, hostile_store, method, path, kwargs):
    before = hostile_store.graphs()
    response = _send(fresh_client, method, path, kwargs, AUTH)
    assert response.status_code in (200, 201, 204), response.data
    if method != "DELETE":
        assert hostile_store.graphs() != before or response.status_code == 204


def test_scheme_is_case_insensitive(fresh_client, hostile_store):
    response = fresh_client.post("/update", data={"update": INSERT},
                           headers={"Authorization": f"bearer {TOKEN}"})
    assert response.status_code == 200 and NEW in hostile_store.graphs()


@pytest.mark.parametrize("method, path, kwargs", WRITES, ids=IDS)
@pytest.mark.parametrize("auth", [None, AUTH, {"Authorization": "Bearer anything"}])
def test_writes_disabled_without_a_configured_token(readonly_client, snapshot, method, path,
                                                    kwargs, auth):
    response = _send(readonly_client, method, path, kwargs, auth)
    assert response.status_code == 403
    assert b"writes are disabled" in response.data and b"--update-token" in response.data
    snapshot.check()


@pytest.mark.parametrize("empty", ["", None])
def test_an_empty_configured_token_does_not_enable_writes(shared_store, snapshot, empty):
    from webapp import create_app

    client = create_app({"STORE": shared_store, "UPDATE_TOKEN": empty, "TESTING": True}).test_client()
    for auth in ("Bearer ", "Bearer", "Bearer None", "Bearer null"):
        response = client.post("/update", data={"update": INSERT}, headers={"Authorization": auth})
        assert response.status_code in (401, 403)
    snapshot.check()


def test_reads_need_no_token(client):
    assert client.get("/sparql?query=ASK%7B%7D").status_code == 200
    assert client.get("/rdf-graph-store?default").status_code == 200
    assert client.head("/rdf-graph-store?graph=https://w3id.org/dealgraph/graph/article/evil").status_code == 200


def test_the_token_is_compared_with_hmac_compare_digest(fresh_client, monkeypatch):
    """Constant-time comparison, asserted by behaviour: every check goes through
    hmac.compare_digest (monkeypatched to count), whatever the length of the guess."""
    client = fresh_client
    calls = []
    real = hmac.compare_digest

    def counting(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    assert client.post("/update", data={"update": INSERT},
                       headers={"Authorization": "Bearer x"}).status_code == 403
    assert client.put(f"/rdf-graph-store?graph={NEW}", data="", headers={
        **TURTLE, "Authorization": "Bearer " + "y" * 500}).status_code == 403
    assert client.post("/update", data={"update": INSERT}, headers=AUTH).status_code == 200
    assert len(calls) == 3, calls
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: False)
    assert client.post("/update", data={"update": INSERT}, headers=AUTH).status_code == 403


def test_cookies_carry_no_authority(client, snapshot):
    """No cookie-based auth, hence no CSRF surface: a browser form POST (cookies, no
    Authorization header) is refused, whatever cookies it carries."""
    client.set_cookie("token", TOKEN)
    client.set_cookie("session", TOKEN)
    client.set_cookie("Authorization", f"Bearer {TOKEN}")
    for method, path, kwargs in WRITES:
        response = _send(client, method, path, kwargs, {"Origin": "https://evil.example",
                                                        "Referer": "https://evil.example/"})
        assert response.status_code == 401, (method, path)
    snapshot.check()


def test_no_response_sets_a_cookie_carrying_anything_but_the_language(fresh_client):
    client = fresh_client
    """The only cookie the console ever sets is the ``lang`` display preference (``en``/``zh``,
    set only from a valid ?lang=); nothing that grants or identifies."""
    responses = [client.get(p, headers=HTML) for p in PAGES]
    responses += [_send(client, m, p, k, a) for m, p, k in WRITES for a in (None, AUTH)]
    responses += [client.get("/sparql?query=ASK%7B%7D"), client.get("/health"),
                  client.get("/api/autocomplete?q=nv"),
                  client.get("/search?q=x&lang=zh%3B+Path%3D%2F%3B+token%3Dx"),
                  client.get("/search?q=x&lang=fr")]
    for response in responses:
        assert response.headers.get("Set-Cookie") is None, response.headers.get("Set-Cookie")
    for lang in ("en", "zh"):
        cookies = client.get(f"/search?q=x&lang={lang}").headers.getlist("Set-Cookie")
        assert len(cookies) == 1 and cookies[0].startswith(f"lang={lang};")
        assert "SameSite=Lax" in cookies[0]
