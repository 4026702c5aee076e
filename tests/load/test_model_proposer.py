"""The model proposer against a real chat-completions server on 127.0.0.1 replaying the
hand-written fixtures of tests/load/model_fixtures/: every answer ends in a verified graph or a
clear error, never in an ungrounded fact."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.errors import ModelUnavailable
from kg.load import load_articles
from kg.load.model.config import build_extractor
from kg.load.model.prompt import PROMPT_VERSION
from tests.load.helpers import write
from tests.load.model_server import fixtures, model_server

FIX = fixtures()
MODEL = "test-model"
METHOD = f"model:{MODEL}@{PROMPT_VERSION}"
KEY = "sk-test-never-shown-0123456789"
MODEL_AGREEMENTS = ("SELECT ?a ?amount WHERE { GRAPH ?g { ?a a <https://w3id.org/dealgraph/ontology#Agreement> ; "
                    "<https://w3id.org/dealgraph/ontology#evidence>/<https://w3id.org/dealgraph/ontology#extractionMethod> "
                    f"\"{METHOD}\" . OPTIONAL {{ ?a <https://w3id.org/dealgraph/ontology#amountUSD> ?amount }} }} }}")


@pytest.fixture(scope="module")
def server():
    with model_server() as (url, srv):
        yield url, srv


def load(store, tmp_path, name, url, mode="model", **kw):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    write(folder, name, FIX[name]["article"])
    options = dict(url=url, model=MODEL, cache_dir=tmp_path / "cache", retries=1, timeout=1.0)
    extractor = build_extractor(mode, **(options | kw))
    return load_articles(store, [folder], extractor=extractor)


def counts(report):
    return report.extraction.counts().get(METHOD, {"proposed": 0, "accepted": 0, "rejected": {}})


@pytest.mark.parametrize("name", sorted(n for n, fx in FIX.items() if "accepted" in fx["expect"]))
def test_every_recorded_answer_ends_in_a_verified_graph(store, tmp_path, server, name, monkeypatch):
    monkeypatch.setenv("DEALGRAPH_MODEL_API_KEY", KEY)
    url, _ = server
    report = load(store, tmp_path, name, url)
    c = counts(report)
    expect = FIX[name]["expect"]
    assert (c["accepted"], c["rejected"]) == (expect["accepted"], expect["rejected"])
    written = store.query(MODEL_AGREEMENTS).rows
    assert len(written) == expect.get("agreements", expect["accepted"])
    amounts = {Decimal(str(a)) for a in expect.get("amounts", [3e11, 1e11])}
    for row in written:        # nothing the quote does not say: no $1 trillion, no $50 bn
        assert "amount" not in row or Decimal(row["amount"].value) in amounts


def test_accepted_model_fact_is_in_the_graph_with_its_method_and_confidence(store, tmp_path, server):
    url, _ = server
    load(store, tmp_path, "good_cloud", url)
    rows = store.query(
        "PREFIX dg: <https://w3id.org/dealgraph/ontology#> SELECT ?gw ?conf ?s ?e WHERE { GRAPH ?g {"
        " ?a a dg:CloudServiceAgreement ; dg:capacityGW ?gw ; dg:provider ?p ; dg:customer ?c ; dg:evidence ?ev ."
        f" ?ev dg:extractionMethod \"{METHOD}\" ; dg:confidence ?conf ; dg:startOffset ?s ; dg:endOffset ?e }} }}").rows
    assert len(rows) == 1
    text = FIX["good_cloud"]["article"]
    assert Decimal(rows[0]["gw"].value) == Decimal("4.5") and Decimal(rows[0]["conf"].value) == Decimal("0.7")
    assert text[int(rows[0]["s"].value):int(rows[0]["e"].value)] == text   # one-sentence article


def test_429_then_success_is_retried(store, tmp_path):
    with model_server({"rate_limited": FIX["rate_limited"]}) as (url, srv):
        report = load(store, tmp_path, "rate_limited", url)
    assert counts(report)["accepted"] == 1 and srv.calls["rate_limited"] == 2


@pytest.mark.parametrize("name", ["server_error", "timeout"])
def test_failing_endpoint_is_one_clear_error_and_nothing_is_written(store, tmp_path, server, name,
                                                                    monkeypatch):
    monkeypatch.setenv("DEALGRAPH_MODEL_API_KEY", KEY)
    url, _ = server
    with pytest.raises(ModelUnavailable) as info:
        load(store, tmp_path, name, url, retries=0)
    assert FIX[name]["expect"]["error"] in str(info.value) and KEY not in str(info.value)
    assert info.value.exit_code == 4
    assert not store.query("ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
                           "'https://w3id.org/dealgraph/graph/article/')) }").boolean


def test_keep_going_falls_back_to_rules_and_says_so(store, tmp_path, server):
    url, _ = server
    report = load(store, tmp_path, "server_error", url, retries=0, keep_going=True)
    assert report.articles == 1
    (article, why), = report.extraction.fallbacks
    assert "HTTP 500" in why and "rules used instead" in why


def test_unreachable_endpoint_is_model_unavailable(store, tmp_path):
    with pytest.raises(ModelUnavailable, match="cannot be reached"):
        load(store, tmp_path, "good_cloud", "http://127.0.0.1:9/v1", retries=0)


def test_streamed_answer_is_verified_the_same(store, tmp_path, server):
    url, _ = server
    report = load(store, tmp_path, "zh_fullwidth", url, stream=True)
    assert counts(report)["accepted"] == 1 and report.extraction.prompt_tokens > 0


def test_cache_replays_without_network_and_never_holds_the_key(store, tmp_path, server, monkeypatch):
    monkeypatch.setenv("DEALGRAPH_MODEL_API_KEY", KEY)
    url, srv = server
    first = load(store, tmp_path, "good_cloud", url)
    assert first.extraction.requests == 1
    assert any(r["headers"].get("authorization") == f"Bearer {KEY}" for r in srv.requests)
    again = load(store, tmp_path, "good_cloud", None, cache_only=True)
    assert (again.extraction.requests, again.extraction.cached) == (0, 1)
    assert counts(again) == counts(first)
    for f in (tmp_path / "cache").rglob("*.json"):
        assert KEY not in f.read_text(encoding="utf-8")
    dump = "\n".join(str(r) for r in store.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows)
    assert KEY not in dump


def test_cache_only_without_a_cached_answer_is_a_clear_error(store, tmp_path):
    with pytest.raises(ModelUnavailable, match="--model-cache-only"):
        load(store, tmp_path, "good_cloud", None, cache_only=True)


def test_both_merges_the_same_deal_into_one_node(store, tmp_path, server):
    url, _ = server
    report = load(store, tmp_path, "good_cloud", url, mode="both")
    assert counts(report)["accepted"] == 1
    nodes = store.query("SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a a "
                        "<https://w3id.org/dealgraph/ontology#CloudServiceAgreement> } }").rows
    assert len(nodes) == 1
