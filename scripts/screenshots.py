"""Screenshots of the console's main pages in English and Chinese, for docs/screenshots/.

    python scripts/screenshots.py http://127.0.0.1:5000 docs/screenshots before

Uses Debian's Chromium through Playwright (nothing is downloaded). Pages: the query editor after
running its default query, the money-flow graph, the validation report and the Nvidia page.
"""
from __future__ import annotations

import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGES = {"editor": "/", "flows": "/flows", "validation": "/validation",
         "entity": "/id/firm/nvidia"}


def shoot(base: str, folder: Path, tag: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for lang in ("en", "zh"):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            for name, path in PAGES.items():
                page.goto(f"{base}{path}?lang={lang}")
                page.wait_for_load_state("networkidle")
                if name == "editor":
                    page.wait_for_selector(".yasqe_queryButton")
                    page.click(".yasqe_queryButton")
                    page.wait_for_selector(".yasr table tbody tr td", timeout=20000)
                page.wait_for_timeout(1500)
                target = folder / f"{tag}-{name}-{lang}.png"
                page.screenshot(path=str(target))
                written.append(target)
            context.close()
        browser.close()
    return written


if __name__ == "__main__":
    for shot in shoot(sys.argv[1], Path(sys.argv[2]), sys.argv[3]):
        print(shot)
