"""Fixtures for the W3C SPARQL 1.1 suites: one bare on-disk store per suite folder."""
from __future__ import annotations

from contextlib import ExitStack

import pytest

import kg
from tests.w3c_sparql.manifest import available, suites_dir


@pytest.fixture(scope="session")
def w3c_suites():
    if not available():
        pytest.skip(f"the W3C SPARQL 1.1 suites are not at {suites_dir()} (set DEALGRAPH_SHARED)")
    return suites_dir()


@pytest.fixture(scope="session")
def bare_store(tmp_path_factory, w3c_suites):
    """``bare_store(suite)``: that suite's bare embedded store (each test empties it first)."""
    stores = {}
    with ExitStack() as stack:
        def open_for(suite: str):
            if suite not in stores:
                folder = tmp_path_factory.mktemp("w3c") / suite
                stores[suite] = stack.enter_context(kg.open_store(folder, bare=True))
            return stores[suite]

        yield open_for


@pytest.fixture(scope="module")
def console(tmp_path_factory, w3c_suites):
    """(Flask test client, its bare store): the real /sparql and /update over a bare store."""
    from tests.webapp.conftest import TOKEN
    from webapp import create_app

    with kg.open_store(tmp_path_factory.mktemp("w3c-http") / "store", bare=True) as store:
        app = create_app({"STORE": store, "UPDATE_TOKEN": TOKEN, "TESTING": True})
        yield app.test_client(), store
