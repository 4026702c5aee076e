"""The paraphrase set (bench/extraction/dev8) must keep its sources' facts: only wording changes."""
from __future__ import annotations

import yaml

from bench.extraction import gold_facts
from bench.extraction.paraphrase import pairs


def _facts(path):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k: sorted(map(repr, v)) for k, v in gold_facts(spec).by_type.items()}


def test_every_paraphrase_names_an_existing_source():
    found = pairs()
    assert len(found) == 24
    for article, gold, source, source_gold in found:
        assert article.is_file() and source.is_file() and source_gold.is_file(), gold


def test_paraphrase_gold_scores_the_same_facts_as_its_source():
    for _, gold, _, source_gold in pairs():
        assert _facts(gold) == _facts(source_gold), gold.name
