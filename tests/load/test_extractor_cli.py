"""`dealgraph load --extractor`: rules output byte for byte what it was; model and both end to
end through the CLI (a subprocess) against the fake chat-completions server."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pyoxigraph as ox

from kg import paths
from kg.load import load_articles
from kg.load.merge import assign_iris
from kg.load.model.prompt import PROMPT_VERSION
from kg.load.pipeline import collect_named, extract_article
from kg.load.rdf.triples import article_triples
from kg.load.read import read_article
from kg.load.rules.extract import extract
from kg.load.propose import Extractor
from kg.store import EmbeddedStore
from tests.load.helpers import write
from tests.load.model_server import fixtures, model_server

FIX = fixtures()


def nquads(folder):
    with EmbeddedStore(folder) as store:
        return sorted(str(r) for r in store.query(
            "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            "FILTER(!isBlank(?s) && !isBlank(?o)) }").rows)


def _rules_alone(article):
    """What `--extractor rules` wrote before the seam: the rule pipeline, no verifier."""
    ents, sentences, out = extract(article)
    assign_iris(article, out)
    triples = article_triples(article, ents, sentences, out)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def test_rules_extractor_output_is_unchanged_by_the_seam():
    """Every bundled article: the rule items, adapted to facts and verified at the seam, give
    the same N-Triples, byte for byte, as the rule pipeline alone; the verifier rejects none.
    (The learned deal check after the seam is off here: test_learned_deal_check.py tests it.)"""
    for path, name in collect_named([paths.articles_dir()]):
        article = read_article(path, name=name)
        _, data, counts = extract_article(article, Extractor("rules", check=False))
        assert data == _rules_alone(article), name
        assert not [w for w in counts["warnings"] if "verifier rejected" in w], name


def test_rules_extractor_output_is_unchanged(tmp_path):
    corpus = paths.articles_dir()
    with EmbeddedStore(tmp_path / "old") as old:
        load_articles(old, [corpus])
    with EmbeddedStore(tmp_path / "new") as new:
        load_articles(new, [corpus], extractor=Extractor("rules"))
    assert nquads(tmp_path / "old") == nquads(tmp_path / "new")


def dealgraph(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


def test_cli_model_and_both_end_to_end(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("good_cloud", "zh_fullwidth", "wrong_number", "prompt_injection"):
        write(folder, name, FIX[name]["article"])
    key = "sk-cli-secret-0000"
    with model_server() as (url, _):
        for mode in ("model", "both"):
            explain = tmp_path / f"{mode}.jsonl"
            done = dealgraph("load", folder, "--store", tmp_path / mode, "--extractor", mode,
                             "--model-url", url, "--model", "test-model", "--no-progress",
                             "--no-validate", "--explain", explain,
                             env={"DEALGRAPH_MODEL_API_KEY": key})
            assert done.returncode == 0, done.stderr
            assert f"model:test-model@{PROMPT_VERSION}: 5 proposed, 2 accepted, 3 rejected" in done.stderr
            assert key not in done.stdout + done.stderr
            records = [json.loads(line) for line in explain.read_text(encoding="utf-8").splitlines()]
            model = [r for r in records if r["method"].startswith("model:")]
            assert sorted(r["reason"] or "accepted" for r in model) == [
                "accepted", "accepted", "quote is an instruction", "quote not found",
                "value not in quote"]
            assert (tmp_path / mode / "model-cache").is_dir()
            dump = "\n".join(nquads(tmp_path / mode))
            assert "1000000000000" not in dump and "50000000000" not in dump and key not in dump


def test_cli_unreachable_endpoint_exits_4_and_writes_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good_cloud", FIX["good_cloud"]["article"])
    done = dealgraph("load", folder, "--store", tmp_path / "s", "--extractor", "model",
                     "--model-url", "http://127.0.0.1:9/v1", "--model", "m", "--model-retries", 0,
                     "--no-progress", "--no-validate")
    assert done.returncode == 4
    assert "cannot be reached" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not any("graph/article/" in q for q in nquads(tmp_path / "s"))


def test_cli_no_deal_check_keeps_what_the_check_holds_back(tmp_path):
    """`dealgraph load` names each deal the learned check holds back in its warnings;
    `--no-deal-check` writes it (the letter-of-intent article's lease read from the sentence
    about the vehicle that would buy the chips)."""
    article = paths.articles_dir() / "01-nvidia-openai-letter-of-intent.md"
    checked = dealgraph("load", article, "--store", tmp_path / "checked", "--no-progress",
                        "--no-validate")
    assert checked.returncode == 0, checked.stderr
    assert "the learned deal check held back a deal (LeaseAgreement" in checked.stderr
    kept = dealgraph("load", article, "--store", tmp_path / "kept", "--no-progress",
                     "--no-validate", "--no-deal-check")
    assert kept.returncode == 0, kept.stderr
    assert "held back" not in kept.stderr
    assert leases(tmp_path / "checked") == 0
    assert leases(tmp_path / "kept") == 1


def leases(folder) -> int:
    """Lease agreements an article graph holds (the ontology's own graph left out)."""
    with EmbeddedStore(folder) as store:
        rows = store.query(
            "PREFIX dg: <https://w3id.org/dealgraph/ontology#> SELECT (COUNT(DISTINCT ?d) AS ?n) "
            "WHERE { GRAPH ?g { ?d a dg:LeaseAgreement } "
            "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/dealgraph/graph/article/')) }").rows
        return int(rows[0]["n"].value)
