"""Canonical figures: one value per (node, figure) in the derived graph, by the documented rule;
every claim stays in its article graph; recomputed on every change (never stale)."""
from __future__ import annotations

import random
from decimal import Decimal

import kg
from kg import changes
from kg.canonical import (
    BOUNDED, EXACT, FIGURES, RANGE_FLOOR, Claim, choose, derive_canonical, figure_iri,
)
from kg.namespaces import DERIVED_GRAPH, DG, DGSH
from kg.saved_queries import load_all
from kg.validate import validate
from tests.validate.helpers import ARTICLE, load_trig

AG = "https://w3id.org/dealgraph/id/agreement/"
MOVE = "https://w3id.org/dealgraph/id/move/"
PREFIX = "PREFIX dg: <https://w3id.org/dealgraph/ontology#>\n"


def article(key: str, body: str, published: str | None = None, confidence: float = 0.9) -> str:
    """One article graph: its dg:Article node, one evidence node, and `body` (facts citing ev:<key>)."""
    date = f' ; dg:publishedOn "{published}"^^xsd:date' if published else ""
    return f"""
<{ARTICLE}{key}> {{
  art:{key} a dg:Article ; dg:title "{key}"@en{date} .
  ev:{key} a dg:Evidence ; dg:sourceArticle art:{key} ; dg:quote "q" ; dg:confidence {confidence} .
  {body.replace("EV", f"dg:evidence ev:{key}")}
}}"""


DEAL = ("ag:oa-or a dg:CloudServiceAgreement ; dg:customer firm:openai ; dg:provider firm:oracle ; "
        "EV ; dg:capacityGW {gw} .")
MOVE_36 = "move:orcl a dg:StockPriceMove ; dg:firm firm:oracle ; dg:percentChange 36 ; EV ."
MOVE_39 = "move:orcl a dg:StockPriceMove ; dg:firm firm:oracle ; dg:percentChange 39.0 ; EV ."


def canonical(store, node: str, prop: str = "canonicalCapacityGW") -> list[Decimal]:
    rows = store.query(f"SELECT ?v WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ <{node}> <{DG[prop]}> ?v }} }}").rows
    return sorted(Decimal(r["v"].value) for r in rows)


def figure(store, node: str, prop: str) -> dict[str, set[str]]:
    iri = figure_iri(node, prop)
    rows = store.query(f"SELECT ?p ?o WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ <{iri}> ?p ?o }} }}").python_rows()
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["p"].rsplit("#", 1)[-1], set()).add(row["o"])
    return found


def claims(store, node: str, prop: str) -> dict[str, Decimal]:
    """{article key: value} of the claims in the article graphs."""
    rows = store.query(f"SELECT ?g ?v WHERE {{ GRAPH ?g {{ <{node}> <{DG[prop]}> ?v }} "
                       f"FILTER(STRSTARTS(STR(?g), '{ARTICLE}')) }}").rows
    return {r["g"].value[len(ARTICLE):]: Decimal(r["v"].value) for r in rows}


def total_gw(store) -> Decimal:
    row = store.query(PREFIX + "SELECT (SUM(?gw) AS ?t) WHERE { ?d dg:canonicalCapacityGW ?gw }").rows[0]
    return Decimal(row["t"].value)


def gw_rows(store) -> dict[tuple[str, str], float]:
    query = next(q for q in load_all() if q.name == "gw-committed-per-firm")
    return {(r["firm"].rsplit("/", 1)[-1], r["role"]): float(r["totalGW"])
            for r in kg.query(store, query.sparql).python_rows()}


# ------------------------------------------------------------------------------------------------
# the same figure stated twice is counted once


def test_same_capacity_in_two_articles_is_summed_once(store):
    load_trig(store, article("a1", DEAL.format(gw="4.5"), "2025-09-10")
              + article("a2", DEAL.format(gw="4.50"), "2025-09-11"))
    assert claims(store, AG + "oa-or", "capacityGW") == {"a1": Decimal("4.5"), "a2": Decimal("4.5")}
    assert len(canonical(store, AG + "oa-or")) == 1
    assert total_gw(store) == Decimal("4.5")
    assert gw_rows(store) == {("openai", "customer"): 4.5, ("oracle", "provider"): 4.5}
    fig = figure(store, AG + "oa-or", "capacityGW")
    assert fig["figureSourceCount"] == {"2"} and fig["figureValueCount"] == {"1"}
    assert fig["canonicalBasis"] == {"agreement"}
    assert fig["figureSource"] == fig["canonicalSource"] == {
        "https://w3id.org/dealgraph/id/article/a1", "https://w3id.org/dealgraph/id/article/a2"}
    assert fig["wasDerivedFrom"] == {AG + "oa-or"}
    assert fig["figureProperty"] == {str(DG.capacityGW)}


def test_the_derived_graph_adds_no_claim_of_its_own(store):
    load_trig(store, article("a1", DEAL.format(gw="4.5")) + article("a2", DEAL.format(gw="4.5")))
    assert not store.query(f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ ?s <{DG.capacityGW}> ?o }} }}").boolean
    # a reasoner must not turn canonical values into claims either
    assert not store.query(PREFIX + "ASK { dg:canonicalCapacityGW "
                           "<http://www.w3.org/2000/01/rdf-schema#subPropertyOf> ?p }").boolean


def test_two_deals_sum_and_each_counts_once(store):
    amd = ("ag:amd-oa a dg:ComputeCommitment ; dg:buyer firm:openai ; dg:supplier firm:amd ; "
           "EV ; dg:capacityGW 6 .")
    load_trig(store, article("a1", DEAL.format(gw="4.5") + amd) + article("a2", DEAL.format(gw="4.5") + amd)
              + article("a3", amd))
    assert total_gw(store) == Decimal("10.5")
    assert gw_rows(store)[("openai", "buyer")] == 6.0


# ------------------------------------------------------------------------------------------------
# disagreeing sources: one canonical value by the rule, both claims visible


def test_disagreeing_move_gets_one_value_and_keeps_both_claims(store):
    load_trig(store, article("wsj", MOVE_36, "2025-09-10") + article("netease", MOVE_39, "2025-09-11"))
    node = MOVE + "orcl"
    assert canonical(store, node, "canonicalPercentChange") == [Decimal("39.0")]  # the most recent article
    assert claims(store, node, "percentChange") == {"wsj": Decimal(36), "netease": Decimal(39)}
    fig = figure(store, node, "percentChange")
    assert fig["canonicalBasis"] == {"recency"}
    assert fig["figureValueCount"] == {"2"} and fig["figureSourceCount"] == {"2"}
    assert fig["canonicalSource"] == {"https://w3id.org/dealgraph/id/article/netease"}
    assert len(fig["figureSource"]) == 2
    # the data-quality shape still flags the conflict, once per claimed value
    flagged = {r.value_text for r in validate(store).by_shape(str(DGSH.ConflictingFigureShape))}
    assert {Decimal(v) for v in flagged} == {Decimal(36), Decimal(39)}


def test_the_stock_moves_query_shows_each_claim_and_the_canonical_value(store):
    load_trig(store, article("wsj", MOVE_36, "2025-09-12") + article("netease", MOVE_39, "2025-09-11"))
    query = next(q for q in load_all() if q.name == "stock-moves")
    rows = kg.query(store, query.sparql).python_rows()
    assert sorted(Decimal(r["percentChange"]) for r in rows) == [36, 39]
    assert {Decimal(r["canonical"]) for r in rows} == {36} and {r["decidedBy"] for r in rows} == {"recency"}


def test_exact_beats_approximate_before_confidence_and_date(store):
    load_trig(store, article("a1", DEAL.format(gw="5") + " ag:oa-or dg:capacityBound dg:Approximately .",
                             "2025-12-01", confidence=0.95)
              + article("a2", DEAL.format(gw="4.5"), "2025-01-01", confidence=0.7))
    assert canonical(store, AG + "oa-or") == [Decimal("4.5")]
    assert figure(store, AG + "oa-or", "capacityGW")["canonicalBasis"] == {"precision"}


def test_confidence_beats_date(store):
    load_trig(store, article("a1", DEAL.format(gw="5"), "2025-12-01", confidence=0.6)
              + article("a2", DEAL.format(gw="4.5"), "2025-01-01", confidence=0.9))
    assert canonical(store, AG + "oa-or") == [Decimal("4.5")]
    assert figure(store, AG + "oa-or", "capacityGW")["canonicalBasis"] == {"confidence"}


def test_median_when_everything_else_ties(store):
    load_trig(store, article("a1", DEAL.format(gw="4")) + article("a2", DEAL.format(gw="5"))
              + article("a3", DEAL.format(gw="4.5")))
    assert canonical(store, AG + "oa-or") == [Decimal("4.5")]
    assert figure(store, AG + "oa-or", "capacityGW")["canonicalBasis"] == {"median"}


def test_a_chosen_bounded_value_keeps_its_bound(store):
    body = ("ag:nv-oa a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:openai ; EV ; "
            "dg:amountUSD 100000000000 ; dg:amountBound dg:UpTo .")
    load_trig(store, article("a1", body) + article("a2", body))
    assert canonical(store, AG + "nv-oa", "canonicalAmountUSD") == [Decimal("100000000000")]
    assert figure(store, AG + "nv-oa", "amountUSD")["bound"] == {str(DG.UpTo)}


def test_a_range_counts_by_its_lower_end_only_without_a_point_value(store):
    vague = ("ag:oa-or a dg:CloudServiceAgreement ; dg:customer firm:openai ; dg:provider firm:oracle ; EV ; "
             "dg:capacityGWMin 10 ; dg:capacityGWMax 19 ; dg:capacityBound dg:Approximately .")
    load_trig(store, article("seed", vague))
    assert canonical(store, AG + "oa-or") == [Decimal("10")]
    assert figure(store, AG + "oa-or", "capacityGW")["bound"] == {str(DG.AtLeast)}
    load_trig(store, article("seed", vague) + article("a2", DEAL.format(gw="12"), confidence=0.5))
    assert canonical(store, AG + "oa-or") == [Decimal("12")]
    assert figure(store, AG + "oa-or", "capacityGW")["canonicalBasis"] == {"precision"}


def test_choose_is_independent_of_claim_order():
    rng = random.Random(3)
    for _ in range(200):
        found = [Claim(f"g{i}", Decimal(rng.randint(1, 5)), rng.choice((EXACT, BOUNDED, RANGE_FLOOR)),
                       rng.choice((0.0, 0.8, 0.9)), rng.choice(("", "2025-01-01", "2025-02-01")))
                 for i in range(rng.randint(1, 6))]
        expected = choose(found)
        rng.shuffle(found)
        assert choose(found) == expected
        assert expected[0] in {c.value for c in found}


def test_lower_median_for_an_even_number_of_tied_claims():
    found = [Claim(f"g{i}", Decimal(v)) for i, v in enumerate((36, 39, 37, 40))]
    assert choose(found) == (Decimal(37), "median")


def test_derivation_is_deterministic(store):
    load_trig(store, article("wsj", MOVE_36) + article("netease", MOVE_39) + article("a1", DEAL.format(gw="4")))
    first = sorted(str(t) for t in derive_canonical(store))
    assert first and first == sorted(str(t) for t in derive_canonical(store))


# ------------------------------------------------------------------------------------------------
# never stale


def test_removing_an_article_recomputes_the_canonical_value(store):
    load_trig(store, article("wsj", MOVE_36, "2025-09-10") + article("netease", MOVE_39, "2025-09-11"))
    node = MOVE + "orcl"
    assert canonical(store, node, "canonicalPercentChange") == [Decimal("39.0")]
    changes.apply(store, remove=[ARTICLE + "netease"])
    assert canonical(store, node, "canonicalPercentChange") == [Decimal("36")]
    fig = figure(store, node, "percentChange")
    assert fig["figureSourceCount"] == {"1"} and fig["figureValueCount"] == {"1"}
    assert fig["figureSource"] == {"https://w3id.org/dealgraph/id/article/wsj"}
    changes.apply(store, remove=[ARTICLE + "wsj"])
    assert canonical(store, node, "canonicalPercentChange") == []
    assert figure(store, node, "percentChange") == {}


def test_reloading_an_article_with_a_new_figure_updates_the_sum(store):
    load_trig(store, article("a1", DEAL.format(gw="4.5")) + article("a2", DEAL.format(gw="4.5")))
    assert total_gw(store) == Decimal("4.5")
    load_trig(store, article("a1", DEAL.format(gw="5"), "2025-10-01")
              + article("a2", DEAL.format(gw="5"), "2025-10-02"))
    assert canonical(store, AG + "oa-or") == [Decimal("5")] and total_gw(store) == 5


def test_one_canonical_value_per_node_and_figure_on_the_query_fixture(store):
    from tests.validate.helpers import load_fixture

    load_fixture(store, "all_queries.trig")
    props = " ".join(f"<{DG[canon]}>" for _, canon, _ in FIGURES)
    rows = store.query(f"""SELECT ?x ?p (COUNT(?v) AS ?n) WHERE {{ VALUES ?p {{ {props} }}
        GRAPH <{DERIVED_GRAPH}> {{ ?x ?p ?v }} }} GROUP BY ?x ?p""").rows
    assert rows and all(r["n"].value == "1" for r in rows)
    assert canonical(store, "https://w3id.org/dealgraph/id/agreement/oa-or") == [Decimal("4.5")]
    assert len(canonical(store, MOVE + "orcl", "canonicalPercentChange")) == 1
