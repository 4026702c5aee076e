"""Issue 10, nineteenth pass: a typed description ("the cloud operator", "the chipmaker", "the AI
lab") that is the subject of a later clause of its sentence, or the possessor of that subject,
types a firm when the sentence's structure leaves it no other (rules/subject_descriptions.py):

- a clause opening with a subordinator or a coordinator ("… because the cloud operator had
  warned …", "… while the AI lab kept …") means the only firm named before it, in its sentence
  and the two before;
- a participle clause of the sentence's subject ("Y dropped X from its buy list, warning the
  data-centre operator's tenants …") means the direct object of its one verb;
- a possessive in a later clause of a sentence opening with its only firm ("X cut its guidance,
  and a delayed hookup pushed the data-centre operator's first revenue into 2027") means that firm.

Left alone: a subordinate clause after a sentence naming two firms (either may be meant, or a
third), a firm that is not the verb's direct object ("Y lowered its price target on X,
reasoning that …"), an untyped firm named in the sentences before, a description that is a
clause's object, one in the clause a firm tells ("X said that the chipmaker …"), a firm typed
otherwise, a possessive in a sentence naming two firms, a description in apposition to a firm
("… to Z, the AI lab."), and one whose head an indefinite phrase introduced just before ("talks
with an unnamed AI lab; it would not identify the lab"). A firm typed with a kind of financier
(an asset manager) is no bare Financier as well (rdf/triples.py).
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


def _all_types(ents) -> set[str]:
    return {t for types in ents.types.values() for t in types}


@pytest.mark.parametrize("body, firm, type_name", [
    ("Investors dumped Holberry Compute stock on Monday, because the cloud operator had warned "
     "that power costs were climbing.", "Holberry Compute", "CloudProvider"),
    ("Vexmoor Labs doubled its quarterly revenue while the AI lab kept its cash burn flat.",
     "Vexmoor Labs", "ModelDeveloper"),
    ("Late on Friday, Tolliver Research dropped Quenmore Digital from its buy list, warning the "
     "data-centre operator's tenants were drifting away.", "Quenmore Digital", "CloudProvider"),
    ("Ternhollow Grid cut its guidance on Wednesday, and a delayed power hookup pushed the "
     "data-centre operator's first revenue into 2027.", "Ternhollow Grid", "CloudProvider"),
])
def test_a_later_clauses_description_types_the_firm_before_it(tmp_path, body, firm, type_name):
    ents, _ = run(tmp_path, body)
    assert type_name in _types(ents, firm)


def test_the_typed_firm_takes_its_side_of_a_later_capacity_deal(tmp_path):
    ents, out = run(tmp_path, (
        "Sennet Compute shares climbed on Tuesday as the GPU cloud operator's backlog grew.\n\n"
        "Sennet and Corrisk AI, an AI developer, signed a $1.8 billion capacity contract in May."))
    clouds = [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]
    assert {"provider": ["Sennet Compute"], "customer": ["Corrisk AI"]} in clouds


@pytest.mark.parametrize("body", [
    # the firm is the object of a preposition, not of the verb: the note may be about its supplier
    "Garnock Analytics lowered its price target on Morwen AI by a third on Tuesday, reasoning "
    "that the chipmaker's margins have peaked.",
    # two firms before a subordinate clause: either may be meant, or a third
    "Rudmore AI struck a four-year agreement with Kelsall Labs on Wednesday, shortly after the "
    "chipmaker had lowered its list prices.",
    "Elstow Systems brought in Varrick Partners to advise it as the cloud operator weighed "
    "selling itself.",
    # untyped firms named in the sentence before may be meant as well
    "Daventry Labs and Lomax Robotics make custom accelerators. Thursby AI slid 4% after the "
    "chipmaker raised its prices.",
])
def test_a_description_that_may_mean_another_firm_types_nobody(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not _all_types(ents) & {"ChipMaker", "CloudProvider"}
    assert not [f for f in out.frames if f.family == "Supply"]


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
    # "the AI lab" closing the sentence is Lomax Robotics' apposition, no other firm's type
    ("Brisker Power issued bonds in April. Last week Caddel Digital let 50 megawatts of capacity "
     "to Lomax Robotics, the AI lab.", "Brisker Power"),
])
def test_an_apposition_or_a_thing_told_before_is_no_other_firm(tmp_path, body, firm):
    ents, _ = run(tmp_path, body)
    assert "ModelDeveloper" not in _types(ents, firm)


def test_a_firm_typed_otherwise_keeps_its_type(tmp_path):
    ents, _ = run(tmp_path, "Pellham Bank, a lender, rose 2% after the chipmaker cut its prices.")
    assert _types(ents, "Pellham Bank") == {"Bank"}


def test_a_kind_of_financier_is_no_bare_financier(tmp_path):
    # "the lender" types the only untyped firm Financier, its apposition an asset manager
    article = read_article(write(tmp_path, "a", (
        "In June Garnock Hill Capital made a $650 million term loan to Elstow Digital, a cloud "
        "provider. As security the lender, an asset manager, keeps a lien over its chips.")))
    _, data, _ = extract_article(article)
    types = {t for name, t in predicted_facts(data).by_type["firm type"] if "garnock" in name}
    assert types == {"AssetManager"}
