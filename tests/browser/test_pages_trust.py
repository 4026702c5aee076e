"""The validation, money-flow and entity pages in real Chromium, in English and Chinese."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("lang, verdict, severity", [("en", "does not conform", "Violation"),
                                                     ("zh", "数据不符合形状约束", "违规")])
def test_validation_banner_counts_per_severity_and_shape(page, lang, verdict, severity):
    page.goto(f"/validation?lang={lang}")
    p = page.page
    banner = p.inner_text("#validation-summary")
    assert verdict in banner and severity in banner
    assert p.locator("#validation-summary table.summary tbody tr").count() >= 2
    cycles = p.locator(".shape-group").filter(has_text="→").locator("tbody td.value").all_inner_texts()
    assert cycles and len(cycles) == len(set(cycles))
    page.shot(f"validation-{lang}")
    page.assert_clean()


@pytest.mark.parametrize("lang, money", [("en", "$100 bn"), ("zh", "1000亿美元")])
def test_entity_page_agreements_differ_and_flows_read_once(page, lang, money):
    page.goto(f"/id/firm/nvidia?lang={lang}")
    p = page.page
    table = p.inner_text("table.agreements")
    assert money in table
    assert p.locator("section.flows dd").count() >= 1
    widths = p.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1] + 1, widths
    page.shot(f"entity-{lang}")
    page.assert_clean()


def test_dataset_page_lists_articles_by_title(page):
    page.goto("/dataset")
    p = page.page
    assert "Quads stored in the named graphs" in p.inner_text("#dataset-counts")
    links = p.locator("table.graphs a[href^='/id/article/']")
    assert links.count() >= 1
    page.shot("dataset-en")
    page.assert_clean()


@pytest.mark.parametrize("lang, investment", [("en", "investment"), ("zh", "投资")])
def test_money_flows_merge_label_and_isolate(page, lang, investment):
    page.goto(f"/flows?lang={lang}")
    p = page.page
    p.wait_for_selector("#flow-graph[data-rendered-nodes]")
    assert investment in p.inner_text(".flow-controls fieldset")
    links = p.evaluate("() => window.dealgraphFlows.edges().map(e => [e.data('label'), e.data('width')])")
    assert any(investment in label and ("$100 bn" in label or "1000亿美元" in label) for label, _ in links)
    assert len({round(w, 1) for _, w in links}) > 1  # width by amount
    nvidia_openai = p.evaluate("""() => window.dealgraphFlows.edges().filter(e =>
        e.source().id().endsWith('/nvidia') && e.target().id().endsWith('/openai')).map(e => e.data('category'))""")
    assert "investment" in nvidia_openai
    before = p.evaluate("() => window.dealgraphFlows.nodes(':visible').length")
    p.select_option("#flow-focus", index=1)  # the first cycle
    after = p.evaluate("() => window.dealgraphFlows.nodes(':visible').length")
    assert 2 <= after < before
    page.shot(f"flows-{lang}")
    page.assert_clean()


@pytest.mark.parametrize("lang, heading", [("en", "Class hierarchy"), ("zh", "类层次")])
def test_ontology_page_has_contents_trees_and_both_languages(page, lang, heading):
    page.goto(f"/ontology?lang={lang}")
    p = page.page
    assert heading in p.inner_text("#ontology-toc")
    assert p.locator("#class-tree li li").count() >= 5  # nested: subclasses under classes
    text = p.inner_text("main")
    assert "融资" in text and "Financing" in text  # labels in both languages
    assert "kg." not in text and ".py" not in text
    page.shot(f"ontology-{lang}")
    page.assert_clean()
