"""Real headless Chromium (Debian's, through Playwright's executable_path) against the real
console serving the sample corpus. Screenshots go to test-artifacts/."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.webapp.conftest import ROOT, console_server, filled_store, load_sample

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def console_url(tmp_path_factory):
    with console_server(filled_store(tmp_path_factory, "browser", load_sample)) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Chromium is not installed: run scripts/install-test-system-deps.sh (as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


class Watched:
    """A page whose console errors, page errors and off-site requests are recorded."""

    def __init__(self, page, base):
        self.page, self.base = page, base
        self.errors: list[str] = []
        self.external: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}")
                if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: self.external.append(r.url)
                if not (r.url.startswith(base) or r.url.startswith("data:") or r.url.startswith("blob:")) else None)

    def goto(self, path: str):
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        return path

    def assert_clean(self):
        assert not self.errors, self.errors
        assert not self.external, f"requests left the console: {self.external}"


@pytest.fixture
def page(browser, console_url):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-US")
    watched = Watched(context.new_page(), console_url)
    yield watched
    context.close()
