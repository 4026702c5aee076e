"""Money-flow categories come from the flow's role pair: the $100 bn Nvidia -> OpenAI investment
(a deal that is also a compute commitment) is an investment; OpenAI -> Oracle is cloud."""
from __future__ import annotations

FIRM = "https://w3id.org/dealgraph/id/firm/"
AG = "https://w3id.org/dealgraph/id/agreement/"


def test_investment_leg_is_investment(client):
    graph = client.get("/flows?format=json").get_json()
    edges = {(e["source"], e["target"], e["agreement"]): e["category"] for e in graph["edges"]}
    assert edges[(FIRM + "nvidia", FIRM + "openai", AG + "nvidia-openai-loi")] == "investment"
    assert edges[(FIRM + "openai", FIRM + "oracle", AG + "openai-oracle-cloud")] == "cloud"
    assert "investment" in [c["name"] for c in graph["categories"]]
