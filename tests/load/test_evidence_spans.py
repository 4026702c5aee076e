"""Property: for every accepted fact, from either proposer, the evidence written reads back
from the article: ``text[start:end] == quote``. The model here is a stub proposer (no HTTP)
that quotes pieces of a generated article verbatim, half-width-folded, with collapsed
whitespace, or as a random substring."""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.load.facts import Fact
from kg.load.model.proposer import ModelAnswer
from kg.load.pipeline import extract_article
from kg.load.propose import Extractor
from kg.load.read import ArticleSource
from kg.load.verify.locate import fold

DG = "https://w3id.org/dealgraph/ontology#"
METHOD = "model:stub@facts-v2"


def _fact(type_, parties, quote, **slots):
    return {"type": type_, "parties": [{"name": n, "role": r} for n, r in parties],
            "slots": slots, "quotes": [quote]}


PIECES = [
    ("微软与ＯｐｅｎＡＩ签署价值１０００亿美元的云服务协议。",
     ("CloudServiceAgreement", [("微软", "customer"), ("OpenAI", "provider")], {"amountUSD": 1e11})),
    ("Oracle signed a $30 billion cloud deal with OpenAI.",
     ("CloudServiceAgreement", [("Oracle", "provider"), ("OpenAI", "customer")], {"amountUSD": 3e10})),
    ("英伟达将向OpenAI投资最多1000亿美元。",
     ("InvestmentCommitment", [("英伟达", "investor"), ("OpenAI", "investee")],
      {"amountUSD": 1e11, "bound": "UpTo"})),
    ("甲骨文股价上涨３６％。", ("StockPriceMove", [("甲骨文", "firm")], {"percentChange": 36})),
    ("AMD will supply 6 GW of chips to OpenAI.",
     ("SupplyAgreement", [("AMD", "supplier"), ("OpenAI", "buyer")], {"capacityGW": 6})),
]
GAPS = ["", " ", "\u3000", "\n\n", "  \n"]


class StubModel:
    """Proposes the facts it is given (a ModelProposer without the endpoint)."""

    class client:                       # noqa: N801 - the attribute the seam reads
        plain_json = False

    method = METHOD

    def __init__(self, facts):
        self.facts = facts

    def propose(self, text):
        return ModelAnswer(facts=[Fact.model_validate(f) for f in self.facts], chunks=1)


def _evidence(data: str):
    triples = list(ox.parse(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    text = next(t.object.value for t in triples if t.predicate.value == DG + "text")
    by_node: dict[str, dict] = {}
    for t in triples:
        if t.predicate.value in (DG + "quote", DG + "startOffset", DG + "endOffset",
                                 DG + "extractionMethod"):
            by_node.setdefault(t.subject.value, {})[t.predicate.value[len(DG):]] = t.object.value
    return text, by_node


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(PIECES) - 1), st.sampled_from(GAPS)),
                min_size=1, max_size=5),
       st.lists(st.sampled_from(["verbatim", "folded", "trimmed", "substring"]),
                min_size=5, max_size=5),
       st.data())
def test_every_accepted_fact_reads_back_its_quote(chosen, styles, data):
    text = "".join(PIECES[i][0] + gap for i, gap in chosen).strip() or PIECES[0][0]
    facts, expect_accepted = [], []
    for n, (i, _) in enumerate(chosen):
        piece, (type_, parties, slots) = PIECES[i]
        style = styles[n]
        quote = {"verbatim": piece, "folded": fold(piece), "trimmed": piece.rstrip("。.")}.get(style)
        if quote is None:
            a = data.draw(st.integers(0, len(text) - 1))
            quote = text[a:data.draw(st.integers(a + 1, len(text)))]
        facts.append(_fact(type_, parties, quote, **slots))
        expect_accepted.append(style != "substring")
    article = ArticleSource(key="prop", text=text, title=None, url=None,
                            published=dt.date(2025, 11, 20), language="zh", publisher=None,
                            path="prop.txt")
    mode = data.draw(st.sampled_from(["model", "both"]))
    extractor = Extractor(mode, StubModel(facts))
    _, nt, _ = extract_article(article, extractor)
    model = [r for r in extractor.tally.records if r.method == METHOD]
    for record, expected in zip(model, expect_accepted):
        if expected:
            assert record.accepted, (record.reason, record.quotes)
    written, nodes = _evidence(nt)
    assert written == text
    for node, ev in nodes.items():
        start, end = int(ev["startOffset"]), int(ev["endOffset"])
        assert text[start:end] == ev["quote"], node
    if mode == "model" and any(r.accepted for r in model):   # (in both, the rules' evidence
        assert any(ev.get("extractionMethod") == METHOD for ev in nodes.values())  # stands for a fact
        # both proposers state: one node, docs/loader.md)
