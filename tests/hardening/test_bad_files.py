"""Bad article files: one clear error each, naming the file; a bad batch writes nothing."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.namespaces import ARTICLE_GRAPH_PREFIX
from kg.store import EmbeddedStore
from tests.hardening.articles import write_articles
from tests.hardening.conftest import canonical

pytest.importorskip("kg.load")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def dealgraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args, "--no-progress"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def max_bytes() -> int:
    from kg.load.read import MAX_BYTES

    return MAX_BYTES


BAD_FILES = {
    "empty.md": (b"", "empty"),
    "whitespace.txt": (b"  \n\n\t \n", "empty"),
    "binary.txt": (bytes(range(256)) * 20, "binary"),
    "truncated.md": ("OpenAI signs a deal with 英伟达".encode()[:-1], "truncated"),
    "latin1.txt": ("Café Société signs a $5 billion deal with Nvidia. Café ! café.".encode("latin-1"),
                   "decode"),
    "utf16.txt": ("OpenAI signs a deal with Nvidia.".encode("utf-16"), "binary"),
}


def make_bad(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if name == "enormous.txt":
        path.write_bytes(b"OpenAI buys chips from Nvidia. " * (max_bytes() // 31 + 100))
    else:
        path.write_bytes(BAD_FILES[name][0])
    return path


def nquads(store_dir: Path) -> bytes:
    if not store_dir.exists():
        return b""
    with EmbeddedStore(store_dir) as store:
        return store.export(ox.RdfFormat.N_QUADS)


def article_graphs(store_dir: Path) -> set[str]:
    with EmbeddedStore(store_dir) as store:
        return {g for g in store.graphs() if g.startswith(ARTICLE_GRAPH_PREFIX)}


@pytest.mark.parametrize("name", [*BAD_FILES, "enormous.txt"])
def test_each_bad_file_gets_one_clear_error(tmp_path, name):
    path = make_bad(tmp_path / "in", name)
    done = dealgraph("load", str(path), "--store", str(tmp_path / "store"))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert str(path) in lines[0]
    expected = BAD_FILES[name][1] if name in BAD_FILES else "too large"
    assert expected in lines[0], lines[0]
    assert "Traceback" not in done.stderr


def test_one_bad_file_leaves_the_store_unchanged(tmp_path):
    store = tmp_path / "store"
    first = write_articles(tmp_path / "first", 3)
    assert dealgraph("load", *map(str, first), "--store", str(store)).returncode == 0
    before = nquads(store)
    batch = write_articles(tmp_path / "batch", 5, start=100)
    bad = make_bad(tmp_path / "batch", "truncated.md")
    done = dealgraph("load", str(tmp_path / "batch"), "--store", str(store))
    assert done.returncode == 2
    assert str(bad) in done.stderr and "nothing was written" in done.stderr
    assert nquads(store) == before
    assert len(batch) == 5


def test_keep_going_loads_exactly_the_good_ones(tmp_path):
    folder = tmp_path / "batch"
    good = write_articles(folder, 4)
    bad = [make_bad(folder, name) for name in ("empty.md", "binary.txt", "latin1.txt",
                                                "enormous.txt")]
    done = dealgraph("load", str(folder), "--store", str(tmp_path / "store"), "--keep-going")
    assert done.returncode == 1, done.stderr
    for path in bad:
        assert done.stderr.count(str(path)) == 1, done.stderr
    reference = tmp_path / "reference"
    assert dealgraph("load", *map(str, good), "--store", str(reference)).returncode == 0
    assert article_graphs(tmp_path / "store") == article_graphs(reference)
    assert len(article_graphs(reference)) == 4
    assert canonical(nquads(tmp_path / "store")) == canonical(nquads(reference))
