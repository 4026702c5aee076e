"""The model proposer against a real chat-completions server on 127.0.0.1 replaying the
hand-written fixtures of tests/load/model_fixtures/: every answer ends in a verified graph or a
clear error, never in an ungrounded fact."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.ids import person_iri
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
    folder.mkdir(parents=True, exist_ok=True)
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


DG = "https://w3id.org/dealgraph/ontology#"


def _rows(store, body):
    return store.query(f"PREFIX dg: <{DG}> SELECT * WHERE {{ GRAPH ?g {{ {body} }} "
                       "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/dealgraph/graph/article/')) }").rows


def test_model_moves_metrics_and_posts_are_verified_and_written(store, tmp_path, server):
    url, _ = server
    report = load(store, tmp_path, "observations", url)
    assert report.moves == 1 and report.metrics == 1
    move = _rows(store, f'?m a dg:StockPriceMove ; dg:percentChange ?p ; dg:evidence ?ev . '
                        f'?ev dg:extractionMethod "{METHOD}" ; dg:confidence ?c')
    assert [(Decimal(r["p"].value), Decimal(r["c"].value)) for r in move] == [(Decimal(36), Decimal("0.7"))]
    metric = _rows(store, "?m a dg:FinancialMetric ; dg:metricName ?n ; dg:value ?v")
    assert [(r["n"].value, Decimal(r["v"].value)) for r in metric] == [("bookings", Decimal("455e9"))]
    post = _rows(store, "?ms dg:member ?p ; dg:role dg:CEO ; dg:organization ?o")
    # a reference person (labelled in the reference graph, not the article's)
    assert [r["p"].value for r in post] == [person_iri("Safra Catz")]


def test_both_keeps_one_node_per_move_metric_and_post(store, tmp_path, server):
    url, _ = server
    report = load(store, tmp_path, "observations", url, mode="both")
    c = report.extraction.counts()
    assert c["rules"]["accepted"] == c["rules"]["proposed"] >= 3     # the rules found them too
    for cls in ("StockPriceMove", "FinancialMetric", "Membership"):
        assert len({r["x"] for r in _rows(store, f"?x a dg:{cls}")}) == 1, cls


def test_collateral_links_the_loan_to_the_grounded_agreement_it_names(store, tmp_path, server):
    url, _ = server
    report = load(store, tmp_path, "collateral", url)
    rows = _rows(store, "?loan a dg:Loan ; dg:collateral ?c . ?c a dg:CloudServiceAgreement")
    assert len(rows) == 1
    loan = next(r for r in report.extraction.records if r.type == "Loan")
    assert loan.accepted and loan.disagreements == [
        "collateral 0:f7: not an accepted agreement of the article"]


def test_collateral_naming_a_rejected_fact_is_not_written(store, tmp_path):
    fx = dict(FIX["collateral"])
    facts = [dict(f) for f in fx["replies"][0]["content"]["facts"]]
    facts[0]["quotes"] = ["Pellwood Compute signed a binding lease with Anthropic"]   # not in the text
    fx["replies"] = [{"content": {"facts": facts}}]
    with model_server({"collateral": fx}) as (url, _):
        report = load(store, tmp_path, "collateral", url)
    assert counts(report)["rejected"] == {"quote not found": 1}
    assert not _rows(store, "?loan dg:collateral ?c")


def test_unseen_firm_named_in_the_quote_is_a_party_with_the_rules_iri(store, tmp_path, server):
    url, _ = server
    load(store, tmp_path, "unseen_firm", url)
    rows = _rows(store, "?a a dg:CloudServiceAgreement ; dg:provider ?p ; dg:customer ?c . "
                        "?c a dg:Firm ; <http://www.w3.org/2000/01/rdf-schema#label> ?l")
    assert [(r["p"].value.rsplit("/", 1)[1], r["l"].value) for r in rows] == [
        ("northwind-cloud", "Helios Compute")]


def test_strict_schema_is_sent_and_a_server_rejecting_it_is_asked_without(store, tmp_path, server):
    url, srv = server
    load(store, tmp_path, "good_cloud", url)
    sent = next(r["body"] for r in srv.requests if "Oracle signed a $300 billion" in str(r["body"]))
    fmt = sent["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    fact = fmt["json_schema"]["schema"]["$defs"]["Fact"]
    assert fact["additionalProperties"] is False and set(fact["required"]) == set(fact["properties"])
    with model_server({"rejects_response_format": FIX["rejects_response_format"]}) as (url2, srv2):
        report = load(store, tmp_path / "other", "rejects_response_format", url2)
    assert counts(report)["accepted"] == 1
    assert ["response_format" in r["body"] for r in srv2.requests] == [True, False]
    assert report.extraction.notes and "response_format" in report.extraction.notes[0]


def test_a_hypothetical_stock_move_is_not_written(store, tmp_path):
    article = "If Oracle shares fell 10% tomorrow, the deal would be in doubt."
    fx = {"match": "If Oracle shares fell", "article": article,
          "replies": [{"content": {"facts": [
              {"type": "StockPriceMove", "parties": [{"name": "Oracle", "role": "firm"}],
               "slots": {"percentChange": -10}, "quotes": ["Oracle shares fell 10% tomorrow"]}]}}]}
    with model_server({"hypothetical": fx}) as (url, _):
        folder = tmp_path / "in"
        folder.mkdir()
        write(folder, "hypothetical", article)
        extractor = build_extractor("model", url=url, model=MODEL, cache_dir=tmp_path / "c")
        report = load_articles(store, [folder], extractor=extractor)
    assert counts(report)["rejected"] == {"not asserted": 1} and report.moves == 0
