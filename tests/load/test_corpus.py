"""The bundled corpus and the seed article, scored against their gold files."""
from __future__ import annotations

from pathlib import Path

import yaml

from bench.extraction import overall, score_article, score_corpus
from kg import paths
from kg.load.rules.extract import extract
from kg.load.merge import assign_iris
from kg.load.read import read_article

#: Measured overall F1 on the bundled corpus: 0.904 (target 0.9), rounded down. The test
#: guards against regressions; raise it as extraction improves.
CORPUS_F1_FLOOR = 0.90


def test_corpus_f1():
    totals, per_article = score_corpus(paths.articles_dir(), paths.articles_dir() / "gold")
    assert len(per_article) >= 12
    f1 = overall(totals)[2]
    assert f1 >= CORPUS_F1_FLOOR, f"overall F1 {f1:.2f}"


def test_seed_article_loop_and_facts(shared_dir):
    seed = shared_dir / "seeds" / "000_467a7c145bcc9eb5.txt"
    article = read_article(seed)
    ents, _, out = extract(article)
    assign_iris(article, out)
    name = ents.names.get
    flows = set()
    for f in out.frames:
        if not f.is_fact:
            continue
        for a, b in [("investor", "investee"), ("issuer", "holder"), ("customer", "provider"),
                     ("buyer", "supplier"), ("lender", "borrower")]:
            for x in f.roles.get(a, []):
                for y in f.roles.get(b, []):
                    flows.add((name(x), name(y)))
    assert {("Nvidia", "OpenAI"), ("OpenAI", "Oracle"), ("Oracle", "Nvidia")} <= flows
    gold = paths.articles_dir() / "gold" / "seed-000_467a7c145bcc9eb5.yaml"
    result = score_article(seed, gold)
    spec = yaml.safe_load(gold.read_text(encoding="utf-8"))
    assert result["move"][0] == len(spec["moves"])
    assert result["metric"][0] == len(spec["metrics"])
    assert result["person"][0] == len(spec["people"])
    assert result["cycle"][0] == len(spec["cycles"])


def test_seed_gold_fully_extracted(shared_dir):
    """Issue 3: every fact of the seed's own gold file is extracted."""
    seed = shared_dir / "seeds" / "000_467a7c145bcc9eb5.txt"
    gold = paths.articles_dir() / "gold" / "seed-000_467a7c145bcc9eb5.yaml"
    result = score_article(seed, gold)
    missed = {k: (g - tp) for k, (tp, g, _) in result.items() if tp < g}
    assert not missed, missed


#: Measured overall F1 on the development set (bench/extraction/dev/, 12 articles written to
#: vary phrasings; used for tuning, so optimistic): 0.65 before the trigger stage, 0.97 after.
DEV_F1_FLOOR = 0.95


def test_dev_set_f1():
    dev = Path(__file__).resolve().parents[2] / "bench" / "extraction" / "dev"
    totals, per_article = score_corpus(dev, dev / "gold")
    assert len(per_article) >= 12
    f1 = overall(totals)[2]
    assert f1 >= DEV_F1_FLOOR, f"dev F1 {f1:.2f}"


#: Measured overall F1 on the second development set (bench/extraction/dev2/, 10 articles written
#: after the first, with collateral LOIs, bindingness in its own sentence, bare stock moves,
#: descriptive firm types): 0.77 before any rule was changed for it, 0.91 after.
DEV2_F1_FLOOR = 0.89


def test_dev2_set_f1():
    dev2 = Path(__file__).resolve().parents[2] / "bench" / "extraction" / "dev2"
    totals, per_article = score_corpus(dev2, dev2 / "gold")
    assert len(per_article) >= 10
    f1 = overall(totals)[2]
    assert f1 >= DEV2_F1_FLOOR, f"dev2 F1 {f1:.2f}"
