"""The console in a real browser: query and rows, entity pages, Chinese search, validation,
the money-flow graph, and no JavaScript errors anywhere."""
from __future__ import annotations

import os
import shutil

import pytest

from tests.webapp.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.xdist_group("browser")]

QUERY = """PREFIX dg: <https://w3id.org/dealgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?deal ?firm ?amountUSD WHERE {
  ?deal dg:party ?firm .
  OPTIONAL { ?deal dg:amountUSD ?amountUSD }
} ORDER BY DESC(?amountUSD) ?deal ?firm"""


def run_query(page, text: str):
    p = page.page
    p.wait_for_selector(".CodeMirror")
    p.evaluate("(q) => document.querySelector('.CodeMirror').CodeMirror.setValue(q)", text)
    p.click(".yasqe_queryButton")
    p.wait_for_selector(".yasr table.dataTable tbody tr td", timeout=20000)


def test_type_run_query_and_see_rows(page):
    page.goto("/")
    p = page.page
    p.wait_for_selector(".CodeMirror")
    # type into the editor like a user would
    p.click(".CodeMirror")
    p.keyboard.press("Control+A")
    p.keyboard.press("Delete")
    p.keyboard.type("SELECT ?firm WHERE { ?firm a <https://w3id.org/dealgraph/ontology#Firm> } LIMIT 5")
    p.keyboard.press("Escape")
    p.click(".yasqe_queryButton")
    p.wait_for_selector(".yasr table.dataTable tbody tr td a", timeout=20000)
    assert p.locator(".yasr table.dataTable tbody tr").count() == 5
    run_query(page, QUERY)
    p.wait_for_selector(".yasr a.entity-link", timeout=10000)
    # entity links get their labels by a second request: wait for them, as a reader would
    p.wait_for_function("() => document.querySelector('.yasr table.dataTable')"
                        ".innerText.includes('Nvidia')", timeout=15000)
    assert "Nvidia" in p.inner_text(".yasr table.dataTable")
    shot = page.shot("query-results")
    if os.environ.get("DEALGRAPH_UPDATE_SCREENSHOT"):   # refresh the README's picture on demand
        shutil.copyfile(shot, ROOT / "docs" / "screenshot.png")
    assert "query=" in p.get_attribute("#permalink", "href")
    assert "format=csv" in p.get_attribute("#download-csv", "href")
    page.assert_clean()


def test_open_entity_page_from_result_link(page):
    page.goto("/")
    run_query(page, QUERY)
    p = page.page
    link = p.locator(".yasr a.entity-link[href='/id/firm/nvidia']").first
    link.wait_for(timeout=10000)
    link.click()
    p.wait_for_url("**/id/firm/nvidia")
    assert p.inner_text("h1") == "Nvidia"
    assert p.locator("table.agreements tbody tr").count() >= 2
    page.shot("entity-nvidia")
    page.assert_clean()


def test_search_in_chinese(page):
    page.goto("/")
    p = page.page
    p.fill("#search-box", "")
    p.type("#search-box", "英伟")
    p.wait_for_selector("#search-suggestions li a", timeout=10000)
    first = p.locator("#search-suggestions li a").first
    assert first.inner_text() == "Nvidia"
    page.shot("search-chinese")
    first.click()
    p.wait_for_url("**/id/firm/nvidia")
    page.assert_clean()


def test_validation_lists_the_circular_loop(page):
    page.goto("/validation")
    text = page.page.inner_text("main")
    assert "Nvidia → OpenAI → Oracle → Nvidia" in text
    page.shot("validation")
    page.assert_clean()


def test_money_flow_graph_renders_nodes(page):
    page.goto("/flows")
    p = page.page
    p.wait_for_selector("#flow-graph[data-rendered-nodes]")
    assert int(p.get_attribute("#flow-graph", "data-rendered-nodes")) >= 4
    assert p.evaluate("() => window.dealgraphFlows.edges('.cycle').length") == 3
    assert p.evaluate("() => window.dealgraphFlows.edges('.loi').length") >= 1
    p.uncheck("input.flow-filter[value='loan']")
    assert p.evaluate("() => window.dealgraphFlows.edges('.cat-loan:visible').length") == 0
    page.shot("flows")
    page.assert_clean()


def test_article_view_and_hostile_text_inert(page):
    dialogs = []
    page.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto("/id/article/sample-en")
    assert page.page.locator(".article-text .fact").count() >= 4
    assert "<script>alert(1)</script>" in page.page.inner_text(".article-text")
    page.shot("article")
    assert not dialogs
    page.assert_clean()


@pytest.mark.parametrize("path", ["/", "/id/firm/openai", "/id/agreement/jpmorgan-openai-loan",
                                  "/search?q=Oracle", "/validation", "/flows", "/ontology",
                                  "/dataset", "/id/firm/nvidia?lang=zh"])
def test_no_javascript_errors(page, path):
    page.goto(path)
    page.page.wait_for_timeout(300)
    page.assert_clean()
