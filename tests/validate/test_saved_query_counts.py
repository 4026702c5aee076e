"""On the bundled corpus, every saved query counts each deal once (no repeated rows, totals from
canonical figures) and shows labels in the page's language, falling back to the other."""
from __future__ import annotations

from decimal import Decimal

import pytest

import kg
from kg import paths
from kg.saved_queries import get, in_language, load_all
from kg.store import EmbeddedStore

QUERIES = load_all()
FIRM = "https://w3id.org/dealgraph/id/firm/"


@pytest.fixture(scope="module")
def corpus():
    store = EmbeddedStore()
    kg.load_articles(store, [paths.articles_dir()])
    return store


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_row_is_repeated(corpus, query, lang):
    rows = kg.query(corpus, in_language(query.sparql, lang)).python_rows()
    assert rows, f"{query.name} returns nothing on the corpus"
    assert len(rows) == len({tuple(sorted(r.items())) for r in rows})


def test_gigawatts_count_each_deal_once(corpus):
    rows = kg.query(corpus, get("gw-committed-per-firm").sparql).python_rows()
    total = {(r["firm"], r["role"]): Decimal(r["totalGW"]) for r in rows}
    deals = kg.query(corpus, f"""SELECT DISTINCT ?deal ?gw WHERE {{
        ?deal dg:buyer <{FIRM}openai> ; dg:canonicalCapacityGW ?gw
        FILTER NOT EXISTS {{ ?deal dg:status ?st FILTER(?st IN (dg:Denied, dg:Rumoured,
                                                              dg:Hypothetical, dg:Terminated)) }} }}""")
    assert total[(FIRM + "openai", "buyer")] == sum(Decimal(r["gw"]) for r in deals.python_rows())
    one_value = kg.query(corpus, "SELECT ?deal (COUNT(?gw) AS ?n) WHERE { ?deal dg:canonicalCapacityGW ?gw }"
                                 " GROUP BY ?deal HAVING (COUNT(?gw) > 1)")
    assert one_value.rows == []


@pytest.mark.parametrize("lang, borrower", [("en", "Helios Compute"), ("zh", "云栈科技")])
def test_loi_collateral_names_both_parties_in_either_language(corpus, lang, borrower):
    rows = kg.query(corpus, in_language(get("loi-collateral").sparql, lang)).python_rows()
    assert all(r.get("borrower") and r.get("lender") for r in rows), rows
    assert borrower in {r["borrower"] for r in rows}
    kinds = {r["financingKind"] for r in rows}
    assert kinds == ({"loan"} if lang == "en" else {"贷款"})
