"""The whole product over a real Virtuoso, beside the embedded store: `dealgraph load` of the
bundled corpus through the command line (`--endpoint`, `--update-endpoint`, Digest auth),
the same graphs, stats, validation report and saved-query answers; one more article and a
`remove`; a failed load that leaves the store as it was; and `dealgraph serve --endpoint` as a
console over it, with real HTTP.

One Virtuoso of this module's own (the session's is emptied by other tests), loaded once.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import tempfile
import urllib.parse
import urllib.request
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

import kg
from kg import paths
from kg.cli import main
from kg.errors import StoreError
from kg.saved_queries import load_all
from kg.store import EmbeddedStore
from tests.conftest import virtuoso_store
from tests.hardening.articles import write_articles
from tests.servers import (VIRTUOSO_HINT, VIRTUOSO_PASSWORD, VIRTUOSO_USER, virtuoso_binaries,
                           virtuoso_server)
from tests.webapp.conftest import console_process

pytestmark = [pytest.mark.virtuoso, pytest.mark.server, pytest.mark.xdist_group("virtuoso-corpus")]


def cli(*argv) -> tuple[int, str, str]:
    """The CLI in-process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


class Pair:
    """The same commands against the embedded store and against Virtuoso."""

    def __init__(self, url: str, folder):
        self.url = url
        self.embedded = ["--store", str(folder)]
        self.virtuoso = ["--endpoint", url + "/sparql", "--update-endpoint", url + "/sparql-auth",
                         "--endpoint-user", VIRTUOSO_USER, "--endpoint-auth", "digest"]

    def both(self, *argv, ok: int = 0) -> tuple[str, str]:
        """stdout of `argv` on each store (each must exit with `ok`)."""
        outputs = []
        for options in (self.embedded, self.virtuoso):
            code, out, err = cli(*argv, *options)
            assert code == ok, (options[0], err)
            outputs.append(out)
        return outputs[0], outputs[1]

    def assert_same_graphs(self) -> None:
        embedded, virtuoso = self.both("graphs", "--json")
        assert json.loads(embedded) == json.loads(virtuoso)
        embedded, virtuoso = self.both("stats", "--json")
        assert {**json.loads(embedded), "backend": ""} == {**json.loads(virtuoso), "backend": ""}

    def assert_same(self) -> None:
        self.assert_same_graphs()
        embedded, virtuoso = self.both("validate", "--format", "json", ok=1)
        assert embedded == virtuoso  # byte for byte
        with EmbeddedStore(self.embedded[1], read_only=True) as local:
            remote = self.remote()
            for query in load_all():
                assert answers(local, query) == answers(remote, query), query.name

    def remote(self):
        return virtuoso_store(self.url)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    if virtuoso_binaries() is None:
        pytest.skip(VIRTUOSO_HINT)
    monkey = pytest.MonkeyPatch()
    monkey.setenv("DEALGRAPH_ENDPOINT_PASSWORD", VIRTUOSO_PASSWORD)
    try:
        with virtuoso_server(tmp_path_factory.mktemp("virtuoso-corpus")) as url:
            both = Pair(url, tmp_path_factory.mktemp("embedded") / "store")
            both.both("load", paths.articles_dir(), "--no-progress", "--no-validate")
            yield both
    finally:
        monkey.undo()


_CONCAT = re.compile(r'GROUP_CONCAT\(.*?SEPARATOR\s*=\s*"([^"]*)"\)\s*AS\s*\?(\w+)', re.S | re.I)


def answers(store, query) -> list[str]:
    """A saved query's rows, as a sorted list: every term as is, but a GROUP_CONCAT's parts
    sorted and an empty one as unbound (engines concatenate in their own order; Oxigraph keeps
    the language tag the parts share and leaves a concatenation of errors unbound, Virtuoso
    gives a plain string and "": docs/remote-stores.md)."""
    concat = {name: sep for sep, name in _CONCAT.findall(query.sparql)}
    rows = []
    for row in kg.query(store, query.sparql).rows:
        shown = {}
        for name, term in row.items():
            if name in concat:
                parts = sorted(p for p in term.value.split(concat[name]) if p)
                if parts:
                    shown[name] = concat[name].join(parts)
            else:
                shown[name] = str(term)
        rows.append(json.dumps(shown, sort_keys=True, ensure_ascii=False))
    return sorted(rows)


def test_bundled_corpus_loads_the_same(pair):
    """Articles, the derived graph, the default graph: graphs, stats, `validate --format json`
    (byte for byte) and every saved query answer the same on both."""
    graphs = json.loads(pair.both("graphs", "--json")[1])
    assert "https://w3id.org/dealgraph/graph/derived" in graphs
    assert sum(g.startswith("https://w3id.org/dealgraph/graph/article/") for g in graphs) >= 18
    pair.assert_same()


def test_console_over_virtuoso(pair, tmp_path):
    """`dealgraph serve --endpoint` (a real process on a free port) over the loaded Virtuoso:
    /sparql through curl, an entity page and its JSON twin, as the console over the embedded
    store serves them."""
    folder = tmp_path / "unused"  # console_process writes its log beside the folder it names
    folder.mkdir()
    with console_process(folder, extra=["--endpoint", pair.url + "/sparql"]) as (remote, _), \
            console_process(Path(pair.embedded[1])) as (local, _):
        query = ("SELECT ?l WHERE { <https://w3id.org/dealgraph/id/firm/nvidia> "
                 "<http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l")
        out = subprocess.run(["curl", "-sS", "-G", remote + "/sparql", "-H",
                              "Accept: application/sparql-results+json", "--data-urlencode",
                              f"query={query}"], capture_output=True, text=True, timeout=60,
                             check=True).stdout
        labels = [b["l"]["value"] for b in json.loads(out)["results"]["bindings"]]
        assert "Nvidia" in labels and "英伟达" in labels
        for base in (remote, local):
            page = fetch(base + "/id/firm/nvidia", "text/html")
            assert "Nvidia" in page and "<html" in page.lower()
        twins = [json.loads(fetch(base + "/id/firm/nvidia?format=json", "application/json"))
                 for base in (remote, local)]
        assert unordered(twins[0]) == unordered(twins[1])
        assert fetch(remote + "/validation?format=json", "application/json") == \
            fetch(local + "/validation?format=json", "application/json")


def unordered(value):
    """`value` with every list sorted: the console lists an entity's values in the order the
    store gives them (no ORDER BY), which is each engine's own."""
    if isinstance(value, dict):
        return {k: unordered(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((unordered(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def fetch(url: str, accept: str) -> str:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200
        return response.read().decode("utf-8")


def export(pair, options) -> set[str]:
    """The store's quads (N-Quads lines; the corpus has no blank nodes)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "store.nq"
        code, _, err = cli("export", "--format", "nquads", "--output", target, *options)
        assert code == 0, err
        return set(target.read_text(encoding="utf-8").splitlines())


def test_a_broken_article_leaves_the_store_as_it_was(pair, tmp_path):
    before = export(pair, pair.virtuoso)
    folder = tmp_path / "batch"
    write_articles(folder, 2, start=700)
    (folder / "truncated.md").write_bytes("OpenAI signs a deal with 英伟达".encode()[:-1])
    code, _, err = cli("load", folder, "--no-progress", *pair.virtuoso)
    assert code == 2 and "truncated.md" in err and "nothing was written" in err
    assert export(pair, pair.virtuoso) == before


def test_a_write_failing_on_the_server_leaves_the_store_as_it_was(pair, tmp_path, monkeypatch):
    """The staged write's data is refused half-way (the third Graph Store request): the
    staging graphs are dropped and nothing else was touched."""
    from kg.store import staged

    before = export(pair, pair.virtuoso)
    real, calls = staged.StagedWriter._open, []

    def failing(self, request):
        calls.append(request.full_url)
        if len(calls) == 3:
            raise StoreError("the Graph Store endpoint refused the data (HTTP 500): injected")
        return real(self, request)

    monkeypatch.setattr(staged.StagedWriter, "_open", failing)
    code, _, err = cli("load", *write_articles(tmp_path / "more", 3, start=800), "--no-progress",
                       "--no-validate", *pair.virtuoso)
    assert code != 0 and "injected" in err and "nothing was changed" in err, err
    assert len(calls) == 3
    monkeypatch.undo()
    assert export(pair, pair.virtuoso) == before
    assert not [g for g in raw_graphs(pair.url) if g.startswith("urn:dealgraph:staging:")]


def raw_graphs(url: str) -> list[str]:
    """Every graph Virtuoso holds, asked without a dataset (staging graphs included)."""
    query = urllib.parse.urlencode({"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})
    request = urllib.request.Request(f"{url}/sparql?{query}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        rows = json.load(response)["results"]["bindings"]
    return [row["g"]["value"] for row in rows]


def test_one_more_article_then_remove(pair, tmp_path):
    """Incremental: one more article (the derived graph maintained from the change), then a
    `remove` of one article graph: both stores still the same in everything."""
    [article] = write_articles(tmp_path / "one", 1, start=900)
    pair.both("load", article, "--no-progress", "--no-validate")
    graphs = json.loads(pair.both("graphs", "--json")[1])
    pair.assert_same_graphs()
    victim = sorted(g for g in graphs if g.startswith("https://w3id.org/dealgraph/graph/article/"))[0]
    pair.both("remove", victim)
    assert victim not in json.loads(pair.both("graphs", "--json")[1])
    pair.assert_same()


def test_the_password_is_never_printed(pair, monkeypatch, capsys):
    monkeypatch.delenv("DEALGRAPH_ENDPOINT_PASSWORD")
    secret = "not-the-password-4c1e"
    code, out, err = cli("remove", "https://w3id.org/dealgraph/graph/derived", *pair.virtuoso,
                         "--endpoint-password", secret)
    assert code == 2 and "refused the credentials" in err
    assert secret not in out + err
    monkeypatch.setenv("DEALGRAPH_ENDPOINT_PASSWORD", secret)
    for command in ("load", "serve", "validate"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        shown = capsys.readouterr().out
        assert "--endpoint-password" in shown and secret not in shown
