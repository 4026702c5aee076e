"""Every value shown in HTML is escaped: hostile labels, literals and ``javascript:`` IRIs from
the store render inert on every page (issue 6, "Web security")."""
from __future__ import annotations

import json
import re

import pytest

from tests.websec.conftest import HTML, PAGES
from tests.websec.htmlcheck import parse, problems

#: raw markup from the hostile fixture that must never reach a page unescaped
RAW = ["<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "</script><script>"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_hostile_data_inert(client, path):
    response = client.get(path, headers=HTML)
    assert response.status_code in (200, 400, 404), response.status_code
    assert response.mimetype == "text/html"
    body = response.data.decode("utf-8")
    assert problems(body) == []
    for raw in RAW:
        assert raw not in body, f"unescaped {raw!r} on {path}"
    assert not re.search(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", body, re.I)
    assert "49 Partners" not in body and "49 loan" not in body  # {{7*7}} is text, not a template


@pytest.mark.parametrize("path, escaped", [
    ("/id/firm/evil-capital", ["&lt;script&gt;alert(1)&lt;/script&gt;",
                               "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;",
                               "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
                               "&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;",
                               "javascript:alert(1)"]),
    ("/id/firm/template-partners", ["{{7*7}} Partners", "${7*7} &lt;%= 7*7 %&gt; #{7*7}"]),
    ("/id/article/evil", ["&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Evil news",
                          "&lt;script&gt;alert(&#34;text&#34;)&lt;/script&gt;",
                          "javascript:alert(&#39;url&#39;)"]),
    ("/id/agreement/evil-deal", ["&lt;img src=x onerror=alert(&#39;deal&#39;)&gt;"]),
    ("/search?q=script", ["&lt;script&gt;alert(1)&lt;/script&gt;"]),
    ("/search?q=%3Cimg", ["“&lt;img”", "&lt;img src=x onerror=alert(&#39;deal&#39;)&gt;"]),
    ("/validation", ["&lt;script&gt;alert(1)&lt;/script&gt; → {{7*7}} Partners"]),
    ("/dataset", ["&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Evil news"]),
    ("/id/firm/does-not-exist-%3Cscript%3Ealert(1)%3C%2Fscript%3E", ["&lt;script&gt;alert(1)&lt;/script&gt;"]),
])
def test_hostile_values_are_shown_escaped(client, path, escaped):
    body = client.get(path, headers=HTML).data.decode("utf-8")
    for text in escaped:
        assert text in body, f"{text!r} not on {path}"


def test_article_link_to_a_javascript_url_is_not_a_link(client):
    """dg:url "javascript:alert('url')" used to become <a href="javascript:...">."""
    page = parse(client.get("/id/article/evil", headers=HTML).data.decode())
    hrefs = [a.get("href") or "" for tag, a in page.tags if tag == "a"]
    assert not any("alert" in h and not h.startswith("/") for h in hrefs), hrefs
    assert any("javascript:alert('url')" in t for t in page.text)  # shown, as text


def test_article_link_to_an_http_url_is_kept(fresh_client, hostile_store):
    client = fresh_client
    from kg import changes

    changes.run_update(hostile_store, 'INSERT DATA { GRAPH <https://w3id.org/dealgraph/graph/article/evil> '
                       '{ <https://w3id.org/dealgraph/id/article/sample-zh> '
                       '<https://w3id.org/dealgraph/ontology#url> "https://example.org/news?a=1&b=2" } }')
    body = client.get("/id/article/sample-zh", headers=HTML).data.decode()
    assert 'href="https://example.org/news?a=1&amp;b=2" rel="nofollow noopener noreferrer"' in body


def test_javascript_iris_link_to_the_console_not_to_the_scheme(client):
    twin = client.get("/id/firm/evil-capital?format=json").get_json()
    hrefs = [v["href"] for p in twin["properties"] for v in p["values"] if v["type"] == "uri"]
    hrefs += [p["predicate"]["href"] for p in twin["properties"]]
    assert "/resource?iri=javascript:alert(1)" in hrefs  # a relative link to the console
    assert all(h.startswith("/") and not h.startswith("//") for h in hrefs), hrefs


def test_json_blocks_in_pages_cannot_close_their_script_element(client):
    """The flow graph and editor config are JSON in <script type="application/json">: a label
    holding </script> must not end the element early."""
    for path in ("/flows", "/query?query=%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"):
        page = parse(client.get(path, headers=HTML).data.decode())
        blocks = [body for attrs, body in page.scripts if attrs.get("type") == "application/json"]
        assert len(blocks) == 1
        decoded = json.loads(blocks[0])
        assert "</script>" in json.dumps(decoded, ensure_ascii=False)  # the data is intact...
        assert "</script>" not in blocks[0] and "<" not in blocks[0]  # ...and escaped inside


def test_json_twins_are_json_not_html(client):
    for path in ("/id/firm/evil-capital", "/search?q=script", "/api/autocomplete?q=script"):
        response = client.get(path + ("&" if "?" in path else "?") + "format=json")
        assert response.mimetype == "application/json"
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_errors_echoing_input_are_not_html_on_protocol_endpoints(client):
    """A query holding markup comes back in the error message as text/plain, never as HTML."""
    response = client.post("/sparql", data={"query": "<script>alert(1)</script>"},
                           headers=HTML)
    assert response.status_code == 400
    assert response.mimetype != "text/html"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/id/firm/nvidia?rest=x", "/search?q=a&endpoint=x",
                                  "/search?q=a&_external=1&_scheme=javascript",
                                  "/search?q=a&_anchor=%22%3E%3Cscript%3E", "/nope?_method=x&rest=1"])
def test_language_switch_links_ignore_url_for_keywords(client, path):
    """The EN/中文 links rebuild the URL from its parameters: ?rest=, ?endpoint=, ?_scheme=...
    used to reach url_for as keywords (a 500, or a link to another scheme)."""
    response = client.get(path, headers=HTML)
    assert response.status_code in (200, 404)
    page = parse(response.data.decode())
    switches = [a["href"] for tag, a in page.tags if tag == "a" and a.get("hreflang")]
    assert len(switches) == 2
    assert all(h.startswith("/") and not h.startswith("//") for h in switches), switches
