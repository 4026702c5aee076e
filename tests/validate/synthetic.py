"""A synthetic deal graph of about N triples, in the project's vocabulary, with a few errors.

Firms (most labelled), agreements of every kind with parties in their roles, figures, dates,
bindingness, statuses, evidence, financings secured by agreements or assets, stock moves reported
by two articles that sometimes disagree; about 2% of the figures are wrong in some way. Used by
the equality tests (a few thousand triples) and by ``python -m tests.validate.bench``.

>>> graphs = generate(3000, seed=1)
>>> 2500 < sum(text.count(" .\\n") for text in graphs.values()) < 3600
True
"""
from __future__ import annotations

import random

DG = "https://w3id.org/dealgraph/ontology#"
ID = "https://w3id.org/dealgraph/id/"
GRAPH = "https://w3id.org/dealgraph/graph/article/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"

FIRM_CLASSES = ["ChipMaker", "CloudProvider", "ModelDeveloper", "Bank", "PrivateCreditFund", "Firm"]
#: (classes, source role, target role)
KINDS = [
    (["InvestmentCommitment"], "investor", "investee"),
    (["CloudServiceAgreement"], "customer", "provider"),
    (["ComputeCommitment", "SupplyAgreement"], "buyer", "supplier"),
    (["EquityWarrant"], "issuer", "holder"),
    (["Loan"], "lender", "borrower"),
    (["CreditFacility"], "lender", "borrower"),
    (["LeaseAgreement"], "lessee", "lessor"),
]
STATUSES = ["Announced", "Definitive", "Completed", "Denied", "Rumoured"]


def _lit(value, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def generate(n_triples: int, seed: int = 0, error_rate: float = 0.02,
             per_article: int = 300) -> dict[str, str]:
    """{article graph IRI: N-Triples} totalling about `n_triples` triples."""
    rng = random.Random(seed)
    n_agreements = max(4, n_triples // 12)
    n_firms = max(4, n_agreements // 3)
    out: dict[str, list[str]] = {}

    def emit(graph: str, s: str, p: str, o: str) -> None:
        out.setdefault(graph, []).append(f"{s} {p} {o} .")

    def bad() -> bool:
        return rng.random() < error_rate

    firms = [f"<{ID}firm/synth-{i}>" for i in range(n_firms)]
    first_graph = GRAPH + "synth-0"
    for i, firm in enumerate(firms):
        emit(first_graph, firm, RDF_TYPE, f"<{DG}{rng.choice(FIRM_CLASSES)}>")
        if not bad():
            emit(first_graph, firm, LABEL, f'"Synth Firm {i}"@en')
    for i in range(n_agreements):
        graph = GRAPH + f"synth-{i // per_article}"
        node = f"<{ID}agreement/synth-{i}>"
        classes, source_role, target_role = rng.choice(KINDS)
        for cls in classes:
            emit(graph, node, RDF_TYPE, f"<{DG}{cls}>")
        # sparse, mostly forward flows: a few cycles, like the real graph
        a = rng.randrange(n_firms)
        b = (a + rng.randint(1, 5)) % n_firms if rng.random() < 0.97 else rng.randrange(n_firms)
        emit(graph, node, f"<{DG}{source_role}>", firms[a])
        if not bad():
            emit(graph, node, f"<{DG}{target_role}>", firms[b])
        binding = rng.random() < 0.7
        if not binding:
            emit(graph, node, RDF_TYPE, f"<{DG}LetterOfIntent>")
        emit(graph, node, f"<{DG}isLegallyBinding>",
             _lit("true" if binding or bad() else "false", "boolean"))
        emit(graph, node, f"<{DG}status>", f"<{DG}{rng.choice(STATUSES)}>")
        amount = rng.randint(1, 500) * 10 ** 8
        emit(graph, node, f"<{DG}amountUSD>",
             _lit(-amount if bad() else amount, "decimal") if not bad() else f'"{amount} dollars"')
        if "Commitment" in classes[0] or "Cloud" in classes[0]:
            gw = rng.choice([0.5, 1, 1.5, 4.5, 6, 10])
            emit(graph, node, f"<{DG}capacityGW>", _lit(f"{gw * 1e-9:.12f}" if bad() else gw, "decimal"))
        if classes[0] == "EquityWarrant":
            emit(graph, node, f"<{DG}shareCount>", _lit(rng.randint(1, 10 ** 8), "integer"))
            emit(graph, node, f"<{DG}stakePercent>", _lit(rng.choice([1, 5, 10, 250 if bad() else 27]), "decimal"))
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        emit(graph, node, f"<{DG}announcedOn>", f'"{day}"' if bad() else _lit(day, "date"))
        if classes[0] in ("Loan", "CreditFacility"):
            pledge = f"<{ID}agreement/synth-{rng.randrange(n_agreements)}>"
            emit(graph, node, f"<{DG}collateral>",
                 pledge if rng.random() < 0.5 else f"<{ID}asset/synth-{i}>")
        if not bad():
            evidence = f"<{ID}evidence/synth-{i}>"
            emit(graph, node, f"<{DG}evidence>", evidence)
            emit(graph, evidence, RDF_TYPE, f"<{DG}Evidence>")
            emit(graph, evidence, f"<{DG}quote>", f'"synthetic sentence {i}"')
    for i in range(max(1, n_agreements // 20)):  # stock moves, sometimes reported differently
        move = f"<{ID}move/synth-{i}>"
        change = rng.randint(-20, 40)
        firm = firms[rng.randrange(n_firms)]
        disagree = rng.random() < 0.1
        for j, graph in enumerate((GRAPH + "synth-0", GRAPH + "synth-moves")):
            emit(graph, move, RDF_TYPE, f"<{DG}StockPriceMove>")
            emit(graph, move, f"<{DG}firm>", firm)
            value = change + (3 if j == 1 and disagree else 0)
            emit(graph, move, f"<{DG}percentChange>", _lit(value, "decimal"))
            emit(graph, move, f"<{DG}evidence>", f"<{ID}evidence/move-{i}-{j}>")
    return {g: "\n".join(lines) + "\n" for g, lines in out.items()}
