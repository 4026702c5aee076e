"""The learned deal check (kg.load.learned): what it sees, what it holds back, what it was
trained on, and that its trainer fits and is deterministic."""
from __future__ import annotations

import json

import pytest

from bench.extraction.__main__ import SPLITS
from bench.extraction.learn import fit, open_sets
from kg.load.learned.features import deal_features, words
from kg.load.learned.hold_back import deals, hold_back
from kg.load.learned.model import WEIGHTS, DealCheck, read, shipped
from kg.load.pipeline import extract_article
from kg.load.propose import Extractor
from kg.load.read import read_article
from kg.load.rules.extract import extract
from tests.load.helpers import write

CLOUD = "Tarnwick Cloud signed a $3 billion cloud services contract with Ollery Labs on Monday."
TWO = CLOUD + " Separately, Brisk Silicon agreed to supply 1 gigawatt of chips to Ollery Labs."


def _extract(tmp_path, body):
    article = read_article(write(tmp_path, "a", body))
    ents, sentences, out = extract(article)
    Extractor("rules", check=False).run(article, ents, sentences, out)
    return article, ents, out


def test_words_pairs_chinese_characters_and_drops_function_words():
    assert words("The deal is worth $5bn") == ["deal", "worth", "$", "<num>", "bn"]
    assert words("云岫签约") == ["云岫", "岫签", "签约"]
    assert words("星") == ["星"]


def test_features_name_the_rule_kinds_roles_and_words(tmp_path):
    _, ents, out = _extract(tmp_path, CLOUD)
    (group,) = deals(out.frames).values()
    feats = deal_features(group, ents, "en")
    assert "bias" in feats and "lang:en" in feats
    assert any(f.startswith("rule:") for f in feats)
    assert "roles:customer+provider" in feats
    assert "w:cloud" in feats and "figure:amountUSD" in feats
    assert feats == sorted(set(feats))


def test_a_deal_scored_below_the_threshold_is_held_back_and_named(tmp_path):
    article, ents, out = _extract(tmp_path, TWO)
    assert len(deals(out.frames)) == 2
    check = DealCheck({"bias": 1.0, "w:gigawatt": -5.0}, threshold=0.0)
    held = hold_back(out, ents, "en", article.key, check)
    assert held and all("gigawatt" in f.sentence.text for f in held)
    assert [f.family for f in out.frames] == ["Cloud"] or all(
        "Tarnwick" in f.sentence.text for f in out.frames)
    assert any("held back a deal" in w and "score -4.00" in w for w in out.warnings)


def test_a_deal_scored_above_the_threshold_is_kept(tmp_path):
    article, ents, out = _extract(tmp_path, TWO)
    before = list(out.frames)
    assert hold_back(out, ents, "en", article.key, DealCheck({"bias": 1.0}, 0.0)) == []
    assert out.frames == before and not out.warnings


def test_collateral_links_to_a_held_back_deal_are_dropped(tmp_path):
    article, ents, out = _extract(tmp_path, TWO)
    cloud = next(f for f in out.frames if "Tarnwick" in f.sentence.text)
    supply = next(f for f in out.frames if "Brisk" in f.sentence.text)
    supply.collateral.append(cloud)
    hold_back(out, ents, "en", article.key, DealCheck({"bias": 1.0, "w:tarnwick": -5.0}, 0.0))
    assert cloud not in out.frames and supply.collateral == []


def test_without_the_check_nothing_is_held_back(tmp_path):
    article = read_article(write(tmp_path, "a", TWO))
    strict = Extractor("rules", check=DealCheck({"bias": -1.0}, 0.0))
    _, data, counts = extract_article(article, strict)
    assert strict.tally.held_back >= 2 and "Agreement" not in data
    off = Extractor("rules", check=False)
    _, data, _ = extract_article(article, off)
    assert off.tally.held_back == 0 and "Agreement" in data


def test_shipped_weights_were_trained_on_the_open_sets_only():
    check = shipped()
    assert check is not None and check.weights
    unseen = {s.folder for s in SPLITS if not s.tunable}
    assert unseen and not unseen & set(check.trained_on)
    assert set(check.trained_on) <= set(open_sets())     # a set opened since: retrain to add it
    assert {"corpus", "dev", "heldout"} <= set(check.trained_on)
    assert read(WEIGHTS) == check
    assert json.loads(WEIGHTS.read_text(encoding="utf-8"))["threshold"] == check.threshold


@pytest.mark.parametrize("body", [
    CLOUD,
    "Ollery Labs agreed to buy 2 gigawatts of accelerators from Brisk Silicon under a binding "
    "supply agreement.",
    "人工智能公司北辰智能与云服务商霜岭云签署协议，北辰智能将在五年内向霜岭云采购20亿美元的算力服务。",
])
def test_shipped_check_keeps_plainly_told_deals(tmp_path, body):
    article, ents, out = _extract(tmp_path, body)
    assert deals(out.frames), body
    assert hold_back(out, ents, article.language, article.key, shipped()) == []


def test_fit_separates_and_is_deterministic():
    data = [(["bias", "good"], 1)] * 20 + [(["bias", "bad"], 0)] * 20
    w1, w2 = fit(data), fit(data)
    assert w1 == w2
    check = DealCheck(w1, 0.0)
    assert check.score(["bias", "good"]) > 1 > -1 > check.score(["bias", "bad"])
    assert 0.5 < check.probability(["bias", "good"]) <= 1.0
