"""Fixtures for the console: an app over a fresh store with the project's sample data, and the
real server (`dealgraph serve` in a subprocess on a free port)."""
from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg import changes
from kg.rdf_io import parse_file
from kg.store import EmbeddedStore
from tests.servers import free_port, stop, wait_for_http

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "sample.trig"
TOKEN = "test-token-7d1f"
ROOT = Path(__file__).resolve().parents[2]


def load_sample(store) -> None:
    """The sample corpus (3-firm cycle, LOI as collateral, Chinese labels) via kg.changes."""
    changes.apply(store, parse_file(SAMPLE))


def dealgraph_command() -> list[str]:
    script = Path(sys.executable).parent / "dealgraph"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg"]


@contextmanager
def console_process(store_dir: Path, *, token: str | None = None, extra: list[str] = ()):
    """Run `dealgraph serve --store DIR` on a free port; yield (base URL, Popen)."""
    port = free_port()
    command = [*dealgraph_command(), "serve", "--store", str(store_dir), "--port", str(port),
               "--threads", "8", *extra]
    if token:
        command += ["--update-token", token]
    log = open(store_dir.parent / f"serve-{port}.log", "wb")
    process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/health", timeout=60, process=process)
        yield base, process
    finally:
        stop(process, 15)
        log.close()


@contextmanager
def console_server(store_dir: Path, *, token: str | None = None, extra: list[str] = ()):
    """Run `dealgraph serve --store DIR` on a free port; yield its base URL."""
    with console_process(store_dir, token=token, extra=extra) as (base, _process):
        yield base


@pytest.fixture
def sample_store(tmp_path):
    with EmbeddedStore(tmp_path / "store") as store:
        load_sample(store)
        yield store


@pytest.fixture
def app(sample_store):
    from webapp import create_app

    return create_app({"STORE": sample_store, "UPDATE_TOKEN": TOKEN, "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def empty_client(tmp_path):
    from webapp import create_app

    with EmbeddedStore(tmp_path / "empty") as store:
        yield create_app({"STORE": store, "TESTING": True}).test_client()


def filled_store(tmp_path_factory, name: str, fill) -> Path:
    """A fresh on-disk store folder after `fill(store)` has written to it (and closed it)."""
    folder = tmp_path_factory.mktemp(name) / "store"
    with EmbeddedStore(folder) as store:
        fill(store)
    return folder


@pytest.fixture(scope="session")
def sample_server(tmp_path_factory):
    """The real console over the sample corpus (read-only: no update token)."""
    with console_server(filled_store(tmp_path_factory, "console", load_sample)) as url:
        yield url


@pytest.fixture(scope="session")
def writable_server(tmp_path_factory):
    """The real console over an empty store, with the update token (for protocol suites)."""
    folder = tmp_path_factory.mktemp("protocol") / "store"
    folder.mkdir(parents=True)
    with console_server(folder, token=TOKEN) as url:
        yield url
