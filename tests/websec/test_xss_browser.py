"""Hostile data in a real headless Chromium: no dialog ever opens, no console error (a blocked
script would log a CSP violation), no javascript: link, no event-handler attribute in the live
DOM, on every page and in YASGUI's results table. Each page is checked twice: with the
Content-Security-Policy, and with the CSP bypassed, so escaping alone must hold (defence in
depth: either one failing is a bug)."""
from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser.conftest import ARGS, CHROMIUM, Watched
from tests.websec.conftest import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.xdist_group("browser")]

#: DOM checks run in the page: what could still run script after rendering
LIVE_DOM = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase(), value = attr.value.replace(/[\\s\\x00-\\x1f]/g, '').toLowerCase();
      if (name.startsWith('on')) bad.push(el.tagName + ' ' + name);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
          /^(javascript|vbscript|data):/.test(value)) bad.push(el.tagName + ' ' + name + '=' + attr.value);
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'IMG', 'BASE'].includes(el.tagName) && !el.closest('.yasqe, .yasr_header')) {
      bad.push(el.tagName);
    }
  }
  for (const s of document.scripts) {
    if (!s.src && s.type !== 'application/json') bad.push('inline script: ' + s.textContent.slice(0, 60));
  }
  return bad;
}"""

HOSTILE_QUERY = """PREFIX firm: <https://w3id.org/dealgraph/id/firm/>
PREFIX art: <https://w3id.org/dealgraph/id/article/>
SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?s IN (firm:evil-capital, art:evil, firm:template-partners)) }"""


class BrowserThread:
    """Chromium driven from one dedicated thread. tests/browser keeps its own sync Playwright
    open in the main thread for the whole session, and a second sync Playwright cannot start
    in a thread that already runs one; every call into this one goes through `run`."""

    def __init__(self):
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="websec-chromium")
        self.pool.submit(self._start).result(timeout=120)

    def _start(self):
        from playwright.sync_api import sync_playwright

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)

    def run(self, fn, *args):
        return self.pool.submit(fn, *args).result(timeout=180)

    def close(self):
        def stop():
            self.browser.close()
            self.playwright.stop()

        self.pool.submit(stop).result(timeout=60)
        self.pool.shutdown()


@pytest.fixture(scope="module")
def chromium():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Chromium is not installed: run scripts/install-test-system-deps.sh (as root)")
    thread = BrowserThread()
    yield thread
    thread.close()


class XssPage(Watched):
    """A watched page that also records dialogs (and dismisses them)."""

    def __init__(self, context, base):
        super().__init__(context.new_page(), base)
        self.context = context
        self.dialogs: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def inert(self) -> dict:
        return {"dialogs": list(self.dialogs), "dom": self.page.evaluate(LIVE_DOM),
                "errors": list(self.errors), "external": list(self.external)}


@pytest.fixture(params=[False, True], ids=["with-csp", "csp-bypassed"])
def in_browser(request, chromium, hostile_server):
    """Run `fn(page)` in Chromium on a fresh page (CSP on, or bypassed); returns what fn returns."""
    bypass = request.param

    def call(fn):
        def job():
            context = chromium.browser.new_context(viewport={"width": 1400, "height": 900},
                                                   locale="en-US", bypass_csp=bypass)
            try:
                return fn(XssPage(context, hostile_server))
            finally:
                context.close()

        return chromium.run(job)

    return call


def assert_inert(report: dict, *, ignore_status_errors: bool = False):
    errors = [e for e in report["errors"]
              if not (ignore_status_errors and "Failed to load resource" in e)]
    assert report["dialogs"] == [], f"a dialog opened: {report['dialogs']}"
    assert report["dom"] == [], report["dom"]
    assert errors == [], errors
    assert report["external"] == [], f"requests left the console: {report['external']}"


@pytest.mark.parametrize("path", PAGES)
def test_pages_with_hostile_data_are_inert(in_browser, path):
    def check(page):
        page.goto(path)
        page.page.wait_for_timeout(200)
        seen = {}
        if path.startswith("/id/article/evil"):
            seen["text"] = page.page.inner_text(".article-text")
        elif path.startswith("/id/firm/evil-capital"):
            seen["h1"] = page.page.inner_text("h1")
        elif path == "/flows":
            page.page.wait_for_selector("#flow-graph[data-rendered-nodes]")
            seen["labels"] = page.page.evaluate(
                "() => window.dealgraphFlows.nodes().map(n => n.data('label'))")
        for link in page.page.locator("main a[title]").all()[:10]:
            link.hover()  # fires mouse handlers, if any slipped through
        return seen, page.inert()

    seen, report = in_browser(check)
    if "text" in seen:
        assert '<script>alert("text")</script>' in seen["text"] and "{{7*7}} Partners" in seen["text"]
    if "h1" in seen:
        assert seen["h1"] == "<script>alert(1)</script>"
    if "labels" in seen:
        assert "<script>alert(1)</script>" in seen["labels"]
    # 4xx pages: the browser logs the document's status as a console error
    assert_inert(report, ignore_status_errors="does-not-exist" in path or "alert(4)" in path)


def run_query(page, text: str, wait: str = ".yasr table.dataTable tbody tr td"):
    p = page.page
    p.wait_for_selector(".CodeMirror")
    p.evaluate("(q) => document.querySelector('.CodeMirror').CodeMirror.setValue(q)", text)
    p.click(".yasqe_queryButton")
    p.wait_for_selector(wait, timeout=20000)


def test_yasgui_results_table_is_inert(in_browser):
    """Without the editor.js fix, YASR parsed each raw literal as HTML for DataTables' search
    data: Chrome logged the blocked onerror handler of <img src=x onerror=...>."""
    def check(page):
        page.goto("/query")
        run_query(page, HOSTILE_QUERY)
        p = page.page
        p.wait_for_timeout(800)  # the label decoration runs after the table is drawn
        table = p.inner_text(".yasr table.dataTable")
        hrefs = p.evaluate("() => Array.from(document.querySelectorAll('.yasr a'))"
                           ".map(a => a.getAttribute('href') || '')")
        for link in p.locator(".yasr table.dataTable a").all()[:30]:
            link.hover()
        p.locator(".yasr input.tableFilter").first.type("onerror")  # DataTables search data
        p.wait_for_timeout(300)
        filtered = p.inner_text(".yasr table.dataTable tbody")
        page.shot("xss-yasgui")
        return table, hrefs, filtered, page.inert()

    table, hrefs, filtered, report = in_browser(check)
    assert "<script>alert(1)</script>" in table and "javascript:alert(1)" in table
    assert not any(h.strip().lower().startswith("javascript:") for h in hrefs), hrefs
    assert '"><img src=x onerror=alert(1)>' in filtered  # search still finds the literal
    assert_inert(report)


def test_yasgui_error_messages_are_inert(in_browser):
    """A malformed query holding markup: the endpoint's error text is shown, not rendered."""
    def check(page):
        page.goto("/query")
        run_query(page, "SELECT * WHERE { <img src=x onerror=alert(1)> \"<script>alert(2)</script> ",
                  wait=".yasr .errorResult, .yasr .error, .yasr [class*=error]")
        page.page.wait_for_timeout(500)
        return page.inert()

    # the failed request itself is logged by the browser as a console error: that one is expected
    assert_inert(in_browser(check), ignore_status_errors=True)


def test_permalink_with_a_hostile_query_is_inert(in_browser):
    query = '</script><script>alert(1)</script><img src=x onerror=alert(2)> SELECT * {}'

    def check(page):
        page.goto("/query?query=" + quote(query))
        page.page.wait_for_selector(".CodeMirror")
        value = page.page.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.getValue()")
        return value, page.inert()

    value, report = in_browser(check)
    assert value == query
    # permalinks run their query: the failed request (a syntax error) is logged by the browser
    assert_inert(report, ignore_status_errors=True)


def test_search_suggestions_are_inert(in_browser):
    def check(page):
        page.goto("/")
        p = page.page
        shown = []
        for text in ("<script", "\"><img", "{{7"):
            p.fill("#search-box", "")
            p.type("#search-box", text)
            p.wait_for_function("(t) => Array.from(document.querySelectorAll('#search-suggestions li'))"
                                ".some(li => li.textContent.includes(t))", arg=text, timeout=10000)
            shown.append((text, p.locator("#search-suggestions li").all_inner_texts()))
            p.locator("#search-suggestions li").first.hover()
        return shown, page.inert()

    shown, report = in_browser(check)
    for text, items in shown:
        assert any(text in item for item in items), (text, items)
    assert_inert(report)


def test_article_url_is_not_a_clickable_javascript_link(in_browser):
    def check(page):
        page.goto("/id/article/evil")
        return (page.page.locator("a[href^='javascript']").count(), page.page.inner_text(".iri"),
                page.inert())

    links, iri_line, report = in_browser(check)
    assert links == 0 and "javascript:alert('url')" in iri_line
    assert_inert(report)
