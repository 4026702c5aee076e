"""Shared fixtures: fresh stores in tmp_path (embedded, and real remote servers: `oxigraph serve`
and Virtuoso), shared data."""
from __future__ import annotations

import pytest

from kg import paths
from kg.store import EmbeddedStore, RemoteStore
from tests.servers import oxigraph_server


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """`--dist loadgroup` (`make test`) sends each ``xdist_group`` to one worker by the
    ``@group`` suffix xdist puts on the test's node id. pytest-xdist 3.8 writes that suffix to
    ``item._nodeid``, which pytest 9.2 no longer reads (pytest-xdist issue 1386): every group
    was silently spread over both workers, and each worker started its own Chromium, console
    and Virtuoso for the group's module and session fixtures. Set the suffix where pytest 9.2
    reads it; a no-op where xdist's own suffix took effect, and outside xdist workers."""
    if not getattr(config.option, "loadgroup", False):
        return
    try:
        from _pytest.nodeid import NodeId
    except ImportError:  # pytest before 9.2: xdist's own suffix works
        return
    for item in items:
        groups = sorted({str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
                         for mark in item.iter_markers("xdist_group")})
        suffix = "@" + "_".join(groups)
        if groups and not item.nodeid.endswith(suffix) and isinstance(getattr(item, "_id", None),
                                                                        NodeId):
            item._id = NodeId.parse(item.nodeid + suffix)


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


@pytest.fixture(params=["embedded", "remote",
                        pytest.param("virtuoso", marks=[pytest.mark.virtuoso, pytest.mark.server])])
def any_store(request, tmp_path):
    """Each test using this runs once per backend: embedded, `oxigraph serve`, Virtuoso."""
    if request.param == "embedded":
        with EmbeddedStore(tmp_path / "store") as s:
            yield s
    elif request.param == "remote":
        yield request.getfixturevalue("remote_store")
    else:
        yield request.getfixturevalue("virtuoso_remote")


@pytest.fixture(scope="session")
def shared_dir():
    """The shared data folder (seed article, W3C suites); skip where it is absent."""
    folder = paths.shared_dir()
    if not folder.is_dir():
        pytest.skip(f"shared data not found at {folder} (set DEALGRAPH_SHARED): "
                    "this test needs ../shared, which CI always has")
    return folder


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory):
    """One real Virtuoso for the session (Debian's virtuoso-opensource); skipped, saying how to
    install it, where it is missing."""
    from tests.servers import VIRTUOSO_HINT, virtuoso_binaries, virtuoso_server

    if virtuoso_binaries() is None:
        pytest.skip(VIRTUOSO_HINT)
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as url:
        yield url


def virtuoso_store(url: str, **options) -> RemoteStore:
    from tests.servers import VIRTUOSO_PASSWORD, VIRTUOSO_USER

    return RemoteStore(url + "/sparql", url + "/sparql-auth", user=VIRTUOSO_USER,
                       password=VIRTUOSO_PASSWORD, auth="digest", server="virtuoso", **options)


def empty_virtuoso(store: RemoteStore) -> None:
    """Drop every graph dealgraph can see, and its default graph (never Virtuoso's own)."""
    graphs = [*store.graphs(), store.dialect.union_graph]
    for at in range(0, len(graphs), 200):  # Virtuoso compiles one request to at most 10,000 lines
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[at:at + 200]))


@pytest.fixture
def virtuoso_remote(virtuoso_url):
    """A RemoteStore on the real Virtuoso, emptied before each test."""
    s = virtuoso_store(virtuoso_url)
    empty_virtuoso(s)
    yield s
