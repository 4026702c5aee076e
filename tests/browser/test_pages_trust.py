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
