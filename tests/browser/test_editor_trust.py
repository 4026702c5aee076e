"""The query editor an analyst can trust, in real Chromium: typed literals read as values and
amounts as money (亿美元 in Chinese), saved queries take bound parameters and scroll to their
results, permalinks run by themselves, and results never widen the page."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.browser.test_console import run_query

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.xdist_group("browser")]

AMOUNTS = """SELECT ?deal ?amountUSD ?termYears WHERE {
  ?deal dg:canonicalAmountUSD ?amountUSD OPTIONAL { ?deal dg:canonicalTermYears ?termYears }
} ORDER BY DESC(?amountUSD)"""


def cells(page) -> list[str]:
    return page.page.locator(".yasr table.dataTable tbody td").all_inner_texts()


def test_typed_literals_read_as_values_and_amounts_as_money(page):
    page.goto("/")
    run_query(page, AMOUNTS)
    p = page.page
    p.wait_for_selector(".yasr .typed-value")
    text = " ".join(cells(page))
    assert "$300 bn" in text and "$100 bn" in text
    assert "^^" not in text and "xsd:decimal" not in text
    page.shot("editor-money-en")
    page.goto("/?lang=zh")
    run_query(page, AMOUNTS)
    p.wait_for_selector(".yasr .typed-value")
    assert "3000亿美元" in " ".join(cells(page))
    page.shot("editor-money-zh")
    page.assert_clean()


def test_saved_query_binds_its_parameter_and_scrolls_to_the_results(page):
    page.goto("/")
    p = page.page
    p.wait_for_selector(".CodeMirror")
    item = p.locator(".saved-item[data-name='firm-deals']")
    field = item.locator("input[data-param='firm']")
    field.fill("id:firm/nvidia")
    field.press("Enter")
    p.wait_for_selector(".yasr table.dataTable tbody tr td", timeout=20000)
    p.wait_for_function("window.scrollY > 100")
    firms = {t for t in p.locator(".yasr table.dataTable tbody td:nth-child(2)").all_inner_texts()}
    assert firms and all("nvidia" in f.lower() for f in firms), firms
    assert "VALUES ?firm" in p.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")
    page.shot("editor-bound-parameter")
    page.assert_clean()


def test_a_permalink_runs_its_query(page):
    page.goto("/?query=" + quote("SELECT ?firm WHERE { ?firm a dg:Firm } LIMIT 3"))
    page.page.wait_for_selector(".yasr table.dataTable tbody tr td", timeout=20000)
    assert page.page.locator(".yasr table.dataTable tbody tr").count() == 3
    page.assert_clean()


def test_results_never_widen_the_page(page):
    page.goto("/")
    run_query(page, "SELECT ?s ?p ?o ?long WHERE { ?s ?p ?o BIND(CONCAT(STR(?s), STR(?s), STR(?s), "
                    "STR(?s), STR(?s), STR(?s)) AS ?long) } LIMIT 20")
    widths = page.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths
    page.shot("editor-wide-results")
    page.assert_clean()


def test_chinese_console_translates_yasgui(page):
    page.goto("/?lang=zh")
    run_query(page, "SELECT ?firm WHERE { ?firm a dg:Firm } LIMIT 3")
    p = page.page
    p.wait_for_function("document.querySelector('#yasgui').innerText.includes('表格')")
    text = p.inner_text("#yasgui")
    assert "条结果" in text and "Simple view" not in text and "Page size" not in text
    assert "每项交易只计一次" in p.inner_text("aside.saved")  # saved queries described in Chinese
    page.shot("editor-zh")
    page.assert_clean()


def test_typed_known_prefix_is_declared_in_the_editor(page):
    page.goto("/")
    p = page.page
    p.wait_for_selector(".CodeMirror")
    p.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.setValue('')")
    p.click(".CodeMirror")
    p.keyboard.type("SELECT ?f WHERE { ?f a dg:Firm } LIMIT 2")
    value = p.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.getValue()")
    assert "PREFIX dg: <https://w3id.org/dealgraph/ontology#>" in value
    p.keyboard.press("Escape")
    p.click(".yasqe_queryButton")
    p.wait_for_selector(".yasr table.dataTable tbody tr td", timeout=20000)
    assert p.locator(".yasr table.dataTable tbody tr").count() == 2
    page.assert_clean()
