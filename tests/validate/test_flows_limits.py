"""Regression: a dense flow graph must not swamp the derived graph with long cycles."""
from __future__ import annotations

from kg import changes, flows
from kg.namespaces import DERIVED_GRAPH, DG

FIRM = "https://w3id.org/dealgraph/id/firm/f{}"
DEAL = "https://w3id.org/dealgraph/id/agreement/d{}-{}"


def dense_article(n: int) -> str:
    lines = []
    for i in range(n):
        lines.append(f'<{FIRM.format(i)}> <http://www.w3.org/2000/01/rdf-schema#label> "F{i}"@en .')
        lines.append(f"<{FIRM.format(i)}> a <{DG.Firm}> .")
        for j in range(n):
            if i != j:
                deal = DEAL.format(i, j)
                lines += [f"<{deal}> a <{DG.InvestmentCommitment}> .",
                          f"<{deal}> <{DG.investor}> <{FIRM.format(i)}> .",
                          f"<{deal}> <{DG.investee}> <{FIRM.format(j)}> ."]
    return "\n".join(lines)


def test_dense_flow_graph_materialises_shortest_cycles_only(store, monkeypatch):
    monkeypatch.setattr(flows, "MAX_MATERIALISED_CYCLES", 10)
    changes.apply(store, {"http://example.org/dense": dense_article(6)})
    lengths = [int(r["n"].value) for r in store.query(
        f"SELECT ?n WHERE {{ ?c a <{DG.Cycle}> ; <{DG.cycleLength}> ?n }}").rows]
    assert len(lengths) == 10 and set(lengths) == {2}
    omitted = store.query(f"SELECT ?n WHERE {{ <{DERIVED_GRAPH}> <{DG.cyclesOmitted}> ?n }}").rows
    # 6 firms, every ordered pair linked: 15 two-firm cycles alone, hundreds up to length 6
    assert int(omitted[0]["n"].value) > 100
