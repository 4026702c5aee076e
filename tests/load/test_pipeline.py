"""Loading into the store: atomic reloads, all-or-nothing batches, --keep-going, one deal one node,
conflicting claims kept with their sources, evidence offsets that point at the quote."""
from __future__ import annotations

from kg.cli.main import main
from kg.errors import LoadError
from kg.load import load_articles
from tests.load.helpers import write

import pytest

EN = ("OpenAI has agreed to buy about $300 billion of computing power from Oracle over roughly "
      "five years. Oracle shares closed nearly 36% higher on September 10, 2025.")
ZH = "OpenAI同意在大约五年内向甲骨文购买价值约3000亿美元的算力。2025年9月10日,甲骨文股价暴涨39%。"


def quads(store):
    """Quads of the article graphs and the derived graph (the base graphs hold blank nodes)."""
    return sorted(str(q) for q in store.query(
        "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/dealgraph/graph/article/') || "
        "STR(?g) = 'https://w3id.org/dealgraph/graph/derived') FILTER(!isBlank(?s) && !isBlank(?o)) }"))


def count(store, sparql):
    return len(list(store.query(sparql)))


def test_reload_is_identical_without_duplicates(store, tmp_path):
    path = write(tmp_path, "en", EN, language="en")
    load_articles(store, [path])
    first = quads(store)
    load_articles(store, [path])
    assert quads(store) == first


def test_bad_file_leaves_store_unchanged(store, tmp_path):
    good = write(tmp_path, "en", EN, language="en")
    load_articles(store, [good])
    before = quads(store)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00binary")
    other = write(tmp_path, "zh", ZH, language="zh")
    with pytest.raises(LoadError, match="bad.txt"):
        load_articles(store, [other, bad])
    assert quads(store) == before


def test_keep_going_cli_loads_good_files_and_exits_1(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "en", EN, language="en")
    (folder / "empty.md").write_text("", encoding="utf-8")
    code = main(["load", str(folder), "--store", str(tmp_path / "s"), "--keep-going",
                 "--no-progress", "--no-validate"])
    err = capsys.readouterr().err
    assert code == 1 and "empty.md" in err and "articles   1" in err
    code = main(["load", str(folder), "--store", str(tmp_path / "s2"), "--no-progress",
                 "--no-validate"])
    assert code == 2


def test_same_deal_in_zh_and_en_is_one_agreement_and_conflicts_stay(store, tmp_path):
    load_articles(store, [write(tmp_path, "en", EN, language="en", published="2025-10-27"),
                          write(tmp_path, "zh", ZH, language="zh", published="2025-10-27")])
    rows = list(store.query(
        "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a a <https://w3id.org/dealgraph/ontology#CloudServiceAgreement> } }"))
    assert len(rows) == 1
    moves = list(store.query(
        "SELECT ?m ?p ?g WHERE { GRAPH ?g { ?m <https://w3id.org/dealgraph/ontology#percentChange> ?p } }"))
    assert {str(r["p"].value) for r in moves} == {"36.0", "39.0"} or \
        {float(r["p"].value) for r in moves} == {36.0, 39.0}
    assert len({r["m"].value for r in moves}) == 1
    assert len({r["g"].value for r in moves}) == 2


def test_evidence_offsets_point_at_the_quote(store, tmp_path):
    load_articles(store, [write(tmp_path, "zh", ZH, language="zh")])
    text = next(iter(store.query(
        "SELECT ?t WHERE { ?a <https://w3id.org/dealgraph/ontology#text> ?t }")))["t"].value
    rows = list(store.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?x ?q ?s ?e WHERE { ?f <https://w3id.org/dealgraph/ontology#evidence> ?x .
          ?x oa:hasSelector ?qs , ?ps . ?qs oa:exact ?q . ?ps oa:start ?s ; oa:end ?e }"""))
    assert rows
    for r in rows:
        assert text[int(r["s"].value):int(r["e"].value)] == r["q"].value


def test_every_extracted_node_has_evidence_and_article(store, tmp_path):
    load_articles(store, [write(tmp_path, "en", EN, language="en")])
    missing = list(store.query("""
        PREFIX dg: <https://w3id.org/dealgraph/ontology#>
        SELECT ?x WHERE { GRAPH ?g { ?x a ?c } FILTER(STRSTARTS(STR(?g), "https://w3id.org/dealgraph/graph/article/"))
          FILTER(?c IN (dg:Agreement, dg:StockPriceMove, dg:FinancialMetric, dg:Firm))
          FILTER NOT EXISTS { ?x dg:evidence ?e . ?x dg:sourceArticle ?a } }"""))
    assert missing == []
