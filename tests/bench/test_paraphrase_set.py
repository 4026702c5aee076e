"""The paraphrase sets (bench/extraction/dev8, dev9) must keep their sources' facts: only wording
changes. (dev9 is scored only: this checks its files mechanically, nobody reads them.)"""
from __future__ import annotations

import pytest
import yaml

from bench.extraction import gold_facts
from bench.extraction.__main__ import HERE
from bench.extraction.paraphrase import pairs

SETS = ["dev8", "dev9"]


def _facts(path):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k: sorted(map(repr, v)) for k, v in gold_facts(spec).by_type.items()}


@pytest.mark.parametrize("name", SETS)
def test_every_paraphrase_names_an_existing_source(name):
    found = pairs(HERE / name)
    assert len(found) == 24
    for article, gold, source, source_gold in found:
        assert article.is_file() and source.is_file() and source_gold.is_file(), gold.name


@pytest.mark.parametrize("name", SETS)
def test_paraphrase_gold_scores_the_same_facts_as_its_source(name):
    for _, gold, _, source_gold in pairs(HERE / name):
        assert _facts(gold) == _facts(source_gold), gold.name


def test_the_two_paraphrase_sets_share_no_source():
    sources = [{source for _, _, source, _ in pairs(HERE / name)} for name in SETS]
    assert not sources[0] & sources[1]
