"""Issue 10, nineteenth pass: a typed description ("the cloud operator", "the chipmaker", "the AI
lab") that is the subject of a later clause of its sentence ("…, arguing that the cloud operator's
margins …", "… because the chipmaker had cut …", "… while the AI lab kept …") or the possessor of
the subject of its sentence's only firm ("X cut its guidance, and a late hookup pushed the
data-centre operator's first revenue into 2027") means the nearest firm named before it in its
sentence: an unseen firm not typed otherwise takes the description's type, so a deal that needs
the type is read later on (rules/subject_descriptions.py).

Left alone: a description that is a clause's object ("signed with the cloud operator"), one in
the clause a firm tells ("X said that the chipmaker …"), a firm typed otherwise or known, a
possessive in a sentence naming two firms, and a description whose head an indefinite phrase
introduced just before ("talks with an unnamed AI lab; it would not identify the lab"). A firm
typed with a kind of financier (a bank, a private credit fund) is no bare Financier as well.
"""
from __future__ import annotations

import pytest

from bench.extraction import predicted_facts
from kg.load.pipeline import extract_article
from kg.load.read import read_article
from tests.load.helpers import named_roles, run, write


def _types(ents, name: str) -> set[str]:
    iri = next(i for i, n in ents.names.items() if n == name)
    return set(ents.types.get(iri, {}))


@pytest.mark.parametrize("body, firm, type_name", [
    ("Investors dumped Holberry Compute stock on Monday, because the cloud operator had warned "
     "that power costs were climbing.", "Holberry Compute", "CloudProvider"),
    ("Vexmoor Labs doubled its quarterly revenue while the AI lab kept its cash burn flat.",
     "Vexmoor Labs", "ModelDeveloper"),
    ("Brevard Analytics moved Larkmere Digital to Sell in a note on Friday, arguing that the "
     "data-centre operator's tenants were too few.", "Larkmere Digital", "CloudProvider"),
    ("Ternhollow Grid cut its guidance on Wednesday, and a delayed power hookup pushed the "
     "data-centre operator's first revenue into 2027.", "Ternhollow Grid", "CloudProvider"),
])
def test_a_later_clauses_description_types_the_firm_before_it(tmp_path, body, firm, type_name):
    ents, _ = run(tmp_path, body)
    assert type_name in _types(ents, firm)


def test_the_typed_firm_takes_its_side_of_a_later_capacity_deal(tmp_path):
    ents, out = run(tmp_path, (
        "Fenlow Research trimmed its view of Sennet Compute, arguing that the GPU cloud operator's "
        "prices were too low.\n\nSennet and Imbrel AI, an AI developer, signed a $1.8 billion "
        "capacity contract in May."))
    clouds = [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]
    assert {"provider": ["Sennet Compute"], "customer": ["Imbrel AI"]} in clouds


@pytest.mark.parametrize("body, firm", [
    ("Maraval Labs signed a five-year contract with the cloud operator on Monday.", "Maraval Labs"),
    ("Wexley Dynamics said that the chipmaker would miss its delivery window.", "Wexley Dynamics"),
    ("Palter Ridge rose 3% on Monday, Ilsby Digital fell 2%, and a new order lifted the "
     "chipmaker's shares.", "Palter Ridge"),
    ("Palter Ridge rose 3% on Monday, Ilsby Digital fell 2%, and a new order lifted the "
     "chipmaker's shares.", "Ilsby Digital"),
])
def test_an_object_a_told_clause_or_an_unclear_possessor_types_nobody(tmp_path, body, firm):
    ents, _ = run(tmp_path, body)
    assert not _types(ents, firm)


@pytest.mark.parametrize("body, firm", [
    ("Arvel Systems is in talks with an unnamed AI lab; it would not identify the lab.",
     "Arvel Systems"),
    ("Fenlow Research lifted Oswin Microdevices to Buy, saying the chipmaker's margins had bottomed."
     "\n\nImbrel AI agreed to lease 200 megawatts from Sennet Digital, the model developer said "
     "on Monday, and has another deal in the works with Vexmoor Labs, the AI lab.", "Fenlow Research"),
])
def test_an_apposition_or_a_thing_told_before_is_no_other_firm(tmp_path, body, firm):
    ents, _ = run(tmp_path, body)
    assert "ModelDeveloper" not in _types(ents, firm)


def test_a_firm_typed_otherwise_keeps_its_type(tmp_path):
    ents, _ = run(tmp_path, "Pellham Bank, a lender, rose 2% after the chipmaker cut its prices.")
    assert _types(ents, "Pellham Bank") == {"Bank"}


def test_a_kind_of_financier_is_no_bare_financier(tmp_path):
    article = read_article(write(tmp_path, "a", (
        "Imbrel AI raised money from Oswin Silicon, the chipmaker.\n\nLast month Arvel Systems "
        "borrowed $400 million from Palter Ridge Partners. The lender, a private credit fund, "
        "took the servers as security.")))
    _, data, _ = extract_article(article)
    types = {t for name, t in predicted_facts(data).by_type["firm type"] if "palter" in name}
    assert types == {"PrivateCreditFund"}
