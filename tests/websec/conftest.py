"""Fixtures for the web-security tests: the sample corpus plus hostile data (markup, template
syntax and ``javascript:`` IRIs in labels, literals and link targets), as a Flask app, a test
client and a real ``dealgraph serve`` process."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from kg import changes
from kg.rdf_io import parse_file
from kg.store import EmbeddedStore
from tests.rdf_compare import store_quads
from tests.webapp.conftest import TOKEN, console_process, filled_store, load_sample

HOSTILE = Path(__file__).parent / "fixtures" / "hostile.trig"
HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}
AUTH = {"Authorization": f"Bearer {TOKEN}"}

#: Every HTML page of the console that shows data, with the hostile entities on it.
PAGES = ["/", "/query", "/id/firm/evil-capital", "/id/firm/template-partners",
         "/id/agreement/evil-deal", "/id/agreement/evil-back", "/id/article/evil",
         "/id/firm/nvidia", "/id/article/sample-en", "/search?q=script", "/search?q=%3Cimg",
         "/search?q=7*7", "/search?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
         "/validation", "/dataset", "/flows", "/ontology",
         "/resource?iri=javascript%3Aalert(1)", "/resource?iri=javascript%3Aalert(4)",
         "/query?query=SELECT+*+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D+%23%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
         "/id/firm/does-not-exist-%3Cscript%3Ealert(1)%3C%2Fscript%3E"]


def load_hostile(store) -> None:
    load_sample(store)
    changes.apply(store, parse_file(HOSTILE))


@pytest.fixture(scope="session")
def shared_store(tmp_path_factory):
    """One hostile store per test process for the tests that must not change it (each checks
    that with `snapshot`)."""
    with EmbeddedStore(tmp_path_factory.mktemp("shared") / "store") as store:
        load_hostile(store)
        yield store


@pytest.fixture
def hostile_store(tmp_path):
    """A fresh hostile store, for tests that write."""
    with EmbeddedStore(tmp_path / "store") as store:
        load_hostile(store)
        yield store


def _app(store, token=TOKEN):
    from webapp import create_app

    return create_app({"STORE": store, "UPDATE_TOKEN": token, "TESTING": True})


@pytest.fixture
def app(shared_store):
    return _app(shared_store)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def fresh_client(hostile_store):
    return _app(hostile_store).test_client()


@pytest.fixture
def readonly_client(shared_store):
    """Updates off: no token configured."""
    return _app(shared_store, None).test_client()


@pytest.fixture
def snapshot(shared_store):
    """The shared store's canonical quads now; ``check()`` asserts nothing changed since."""

    class Snapshot:
        before = store_quads(shared_store)

        def check(self):
            assert store_quads(shared_store) == self.before, "the store changed"

    return Snapshot()


@contextmanager
def served(store_dir: Path, *, token: str | None = TOKEN):
    """`dealgraph serve` with the token, yielding (base URL, Popen) so tests can watch the
    server process itself (alive? RSS?)."""
    with console_process(store_dir, token=token, extra=["--threads", "4"]) as running:
        yield running


@pytest.fixture(scope="session")
def hostile_server_process(tmp_path_factory):
    """`dealgraph serve` over the hostile store, with the token: (base URL, Popen)."""
    with served(filled_store(tmp_path_factory, "websec", load_hostile)) as running:
        yield running


@pytest.fixture(scope="session")
def hostile_server(hostile_server_process):
    return hostile_server_process[0]
