"""Shared fixtures: fresh stores in tmp_path (embedded and a real remote server), shared data."""
from __future__ import annotations

import pytest

from kg import paths
from kg.store import EmbeddedStore, RemoteStore
from tests.servers import oxigraph_server


@pytest.fixture
def store(tmp_path):
    """A fresh embedded on-disk store."""
    with EmbeddedStore(tmp_path / "store") as s:
        yield s


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory):
    """One real Oxigraph SPARQL server for the session (tests use their own graphs)."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture
def remote_store(oxigraph_url):
    """A RemoteStore on the real server, emptied before each test."""
    s = RemoteStore(oxigraph_url + "/query", oxigraph_url + "/update")
    s.update("DROP ALL")
    yield s


@pytest.fixture(params=["embedded", "remote"])
def any_store(request, tmp_path):
    """Each test using this runs once per backend."""
    if request.param == "embedded":
        with EmbeddedStore(tmp_path / "store") as s:
            yield s
    else:
        yield request.getfixturevalue("remote_store")


@pytest.fixture(scope="session")
def shared_dir():
    """The shared data folder (seed article, W3C suites); skip where it is absent."""
    folder = paths.shared_dir()
    if not folder.is_dir():
        pytest.skip(f"shared data not found at {folder} (set DEALGRAPH_SHARED): "
                    "this test needs ../shared, which CI always has")
    return folder
