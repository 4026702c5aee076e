"""Value flows and cycles: found by graph algorithms, deduplicated, never stale."""
from __future__ import annotations

import random

from kg import changes
from kg.flows import (
    cycle_iri, exposure, find_cycles, read_flows, strongly_connected_components,
)
from kg.namespaces import DERIVED_GRAPH, DG, ID
from tests.validate.fixtures import FIXTURES
from tests.validate.helpers import load_fixture, load_trig

FIRM = str(ID) + "firm/"
SEED_GRAPH = "https://w3id.org/dealgraph/graph/article/seed"


def cycles_in_store(store) -> dict[str, list[str]]:
    rows = store.query(f"""SELECT ?c ?i ?s WHERE {{ GRAPH <{DERIVED_GRAPH}> {{
        ?c a <{DG.Cycle}> ; <{DG.cycleStep}> ?step . ?step <{DG.stepIndex}> ?i ; <{DG.flowSource}> ?s }} }}""").rows
    found: dict[str, dict[int, str]] = {}
    for row in rows:
        found.setdefault(row["c"].value, {})[int(row["i"].value)] = row["s"].value.rsplit("/", 1)[-1]
    return {c: [steps[i] for i in sorted(steps)] for c, steps in found.items()}


def test_seed_loop_and_warrant_loop(store):
    load_fixture(store, "seed_loop.trig")
    cycles = sorted(cycles_in_store(store).values())
    assert cycles == [["amd", "openai"], ["nvidia", "openai", "oracle"]]


def test_cycle_nodes_have_members_agreements_labels_and_oncycle(store):
    load_fixture(store, "seed_loop.trig")
    iri = cycle_iri([FIRM + "nvidia", FIRM + "openai", FIRM + "oracle"])
    rows = store.query(f"""SELECT ?p ?o WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ <{iri}> ?p ?o }} }}""").python_rows()
    by_p: dict[str, set[str]] = {}
    for row in rows:
        by_p.setdefault(row["p"].rsplit("#", 1)[-1], set()).add(row["o"])
    assert by_p["cycleLength"] == {"3"}
    assert by_p["cycleMember"] == {FIRM + "nvidia", FIRM + "openai", FIRM + "oracle"}
    assert "Nvidia → OpenAI → Oracle → Nvidia" in by_p["label"]
    assert {a.rsplit("/", 1)[-1] for a in by_p["wasDerivedFrom"]} == {
        "nvidia-openai", "openai-oracle", "oracle-nvidia"}
    assert store.query(f"ASK {{ <{FIRM}oracle> <{DG.onCycle}> <{iri}> }}").boolean


def test_rotations_are_deduplicated():
    graph = {"b": ["c"], "c": ["a"], "a": ["b"], "x": ["y"], "y": ["x"]}
    assert find_cycles(graph) == [("a", "b", "c"), ("x", "y")]
    assert cycle_iri(("a", "b", "c")) != cycle_iri(("a", "c", "b"))


def test_cycle_search_matches_brute_force_on_random_graphs():
    from itertools import permutations

    rng = random.Random(5)
    for _ in range(30):
        nodes = [f"n{i}" for i in range(7)]
        graph = {n: {m for m in nodes if m != n and rng.random() < 0.3} for n in nodes}
        expected = set()
        for k in range(2, 6):
            for perm in permutations(nodes, k):
                if perm[0] == min(perm) and all(perm[(i + 1) % k] in graph[perm[i]] for i in range(k)):
                    expected.add(perm)
        assert set(find_cycles(graph, max_length=5)) == expected


def test_tarjan_handles_deep_chains_without_recursion():
    chain = {f"n{i:05d}": [f"n{i + 1:05d}"] for i in range(20000)}
    chain["n20000"] = ["n00000"]
    (component,) = strongly_connected_components(chain)
    assert len(component) == 20001


def test_long_cycle_found_and_too_long_not(store):
    load_trig(store, FIXTURES["long_cycle"])
    assert [len(c) for c in cycles_in_store(store).values()] == [6]
    load_trig(store, FIXTURES["too_long_cycle"])  # same graph name: replaces the long one
    assert cycles_in_store(store) == {}


def test_denied_rumoured_hypothetical_deals_carry_no_flow(store):
    load_trig(store, FIXTURES["denied_breaks_loop"])
    agreements = {f.agreement.rsplit("/", 1)[-1] for f in read_flows(store)}
    assert agreements == {"d1", "d2"}
    assert cycles_in_store(store) == {}


def test_confirmed_status_wins_over_rumour(store):
    load_trig(store, FIXTURES["denied_breaks_loop"].replace(
        "dg:status dg:Rumoured ;", "dg:status dg:Rumoured , dg:Definitive ;"))
    assert "d4" in {f.agreement.rsplit("/", 1)[-1] for f in read_flows(store)}
    assert sorted(cycles_in_store(store).values()) == [["anthropic", "nvidia"]]


def test_bond_flows_from_holder_to_issuer_and_warrant_from_issuer(store):
    load_trig(store, FIXTURES["bond_direction"] + FIXTURES["two_firm_cycle_warrant"].replace("a1", "a2"))
    pairs = {(f.source.rsplit("/", 1)[-1], f.target.rsplit("/", 1)[-1], f.kind) for f in read_flows(store)}
    assert ("pimco", "oracle", "bond") in pairs and ("amd", "openai", "equity") in pairs
    assert ("oracle", "pimco", "equity") not in pairs


def test_cycles_recomputed_when_a_source_graph_is_removed(store):
    load_fixture(store, "seed_loop.trig")
    load_trig(store, """<https://w3id.org/dealgraph/graph/article/other> {
      ag:x1 a dg:Loan ; dg:lender firm:openai ; dg:borrower firm:coreweave ; dg:evidence ev:e .
      ag:x2 a dg:CloudServiceAgreement ; dg:customer firm:coreweave ; dg:provider firm:openai ; dg:evidence ev:e . }""")
    assert len(cycles_in_store(store)) == 3
    changes.apply(store, remove=[SEED_GRAPH])
    assert sorted(cycles_in_store(store).values()) == [["coreweave", "openai"]]
    assert not store.query(f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ <{FIRM}nvidia> <{DG.flowsTo}> ?x }} }}").boolean


def test_flow_steps_cite_agreements(store):
    load_fixture(store, "seed_loop.trig")
    rows = store.query(f"""SELECT ?step ?a ?d WHERE {{ GRAPH <{DERIVED_GRAPH}> {{
        ?step a <{DG.FlowStep}> ; <{DG.flowAgreement}> ?a .
        OPTIONAL {{ ?step <http://www.w3.org/ns/prov#wasDerivedFrom> ?d FILTER(?d = ?a) }} }} }}""").rows
    assert rows and all("d" in row for row in rows)


def test_exposure_walks_flows_backwards_with_agreements(store):
    load_fixture(store, "seed_loop.trig")
    found = {e.firm.rsplit("/", 1)[-1]: e for e in exposure(store, FIRM + "oracle")}
    assert set(found) == {"openai", "nvidia", "amd"}
    assert found["openai"].distance == 1
    assert found["openai"].path[0].agreements == (str(ID) + "agreement/openai-oracle",)
    assert [s.source.rsplit("/", 1)[-1] for s in found["nvidia"].path] == ["nvidia", "openai"]
    assert exposure(store, FIRM + "oracle", max_distance=1)[0].firm == FIRM + "openai"
    assert exposure(store, FIRM + "nobody") == []
