"""Issue 10, ninth pass: unseen firm names around the deals (invented text, both languages)."""
from __future__ import annotations

import pytest

from kg.load.rules.entities import find_entities
from tests.load.helpers import run


def _firms(ents) -> set[str]:
    return {ents.names[m.iri] for m in ents.mentions if m.kind == "firm"}


@pytest.mark.parametrize("sentence", [
    "Brackwell shares fell 4% on Monday. Brackwell Chief Executive Officer Ana Ruiz said the plan holds.",
    "Brackwell stock rose 2%. \"We are ready,\" Brackwell CEO Tom Hale told reporters.",
    "Brackwell shares slid 3%. Brackwell Chief Financial Officer Lea Moor declined to comment.",
    "Brackwell's revenue doubled. Brackwell President Joan Pike said demand was strong.",
])
def test_post_and_name_after_a_bare_firm_word_are_not_part_of_its_name(sentence):
    ents = find_entities(sentence)
    assert _firms(ents) == {"Brackwell"}


def test_post_after_a_bare_firm_word_gives_the_post_to_that_firm(tmp_path):
    ents, out = run(tmp_path, "Brackwell Systems signed a lease. Brackwell shares rose 3%. "
                              "\"We will grow,\" Brackwell Chief Executive Officer Ana Ruiz said.")
    assert {(p.person_name, ents.names[p.firm], p.role) for p in out.posts} == {
        ("Ana Ruiz", "Brackwell Systems", "CEO")}


@pytest.mark.parametrize("headline", [
    "# Pellmont Raises $2 Billion Backed by Chips and Quarrel Contract",
    "# Quarrel Signs Letter of Intent for 2 Gigawatts With Pellmont Cloud",
])
def test_title_case_headline_run_is_not_a_longer_firm_name(headline):
    body = (f"{headline}\n\nQuarrel Labs, an AI developer, agreed to rent capacity from Pellmont "
            "Cloud. Quarrel's revenue doubled this year, and Quarrel shares rose 5%.")
    ents = find_entities(body)
    assert "Quarrel Labs" in _firms(ents)
    assert not {n for n in _firms(ents) if n.startswith("Quarrel") and n != "Quarrel Labs"}


@pytest.mark.parametrize("name, written", [
    ("Halden Compute", "Halden Compute Inc."),
    ("Orwell Systems", "Orwell Systems, Inc."),
    ("Tamber Networks", "Tamber Networks Corp."),
    ("Kessling Technologies", "Kessling Technologies Ltd."),
])
def test_legal_form_after_a_name_is_dropped_from_the_firm(name, written):
    ents = find_entities(f"{written}, a cloud operator, borrowed $1bn from Ravel Bank.")
    assert name in _firms(ents)
    assert not {n for n in _firms(ents) if "Inc" in n or "Corp" in n or "Ltd" in n}


def test_llc_vehicle_keeps_its_legal_form():
    ents = find_entities("Morrow Funding LLC, a special purpose vehicle, sold $2bn of bonds.")
    assert "Morrow Funding LLC" in _firms(ents)


@pytest.mark.parametrize("sentence", [
    "Requests for comment to Tarnby and Ossory Cloud went unanswered.",
    "Spokespeople for Tarnby and Ossory Cloud had no comment.",
])
def test_short_form_joined_to_a_suffixed_name_is_not_one_firm(sentence):
    ents = find_entities("Tarnby Silicon agreed to sell chips to Ossory Cloud. " + sentence)
    assert _firms(ents) == {"Tarnby Silicon", "Ossory Cloud"}


def test_filing_item_heading_is_no_firm():
    ents = find_entities("Item 3.02 - Unregistered Sales of Equity Securities\n\n"
                         "Item 2.03: Creation of a Direct Financial Obligation Capital\n\n"
                         "Ferrow Cloud issued a warrant.")
    assert _firms(ents) == {"Ferrow Cloud"}


@pytest.mark.parametrize("text, name", [
    ("据悉，人工智能公司“澜衡”近日完成融资。澜衡表示将扩大算力采购。", "澜衡"),
    ("云服务商「栖梧」与银行签署授信协议，栖梧将以GPU作抵押。", "栖梧"),
    ("北辰算力设立了一家特殊目的实体“北辰二号”，由北辰二号采购GPU。", "北辰二号"),
    ("The AI start-up \"Quindle\" raised $300 million; Quindle will rent GPUs.", "Quindle"),
])
def test_quoted_name_after_a_role_word_is_a_firm(text, name):
    assert name in _firms(find_entities(text))


@pytest.mark.parametrize("text, name, wrong", [
    ("大模型公司岚栖正在与芯片商曜辉半导体洽谈合作。", "岚栖", "岚栖正"),
    ("大模型公司岚栖已经与芯片商曜辉半导体签署协议。", "岚栖", "岚栖已"),
    ("本轮由老股东澄湾资本领投，新股东远溪创投跟投。", "澄湾资本", "东澄湾资本"),
])
def test_adverb_or_shareholder_word_is_not_part_of_a_chinese_name(text, name, wrong):
    firms = _firms(find_entities(text))
    assert name in firms and wrong not in firms


@pytest.mark.parametrize("text", [
    "据栖云财经独家获悉，模型公司澜衡完成融资。",
    "栖云财经独家获悉，模型公司澜衡完成融资。",
    "据栖云财经独家报道，模型公司澜衡完成融资。",
])
def test_exclusive_marker_is_not_part_of_an_outlet_name(text):
    ents = find_entities(text)
    outlets = {ents.names[m.iri] for m in ents.mentions if m.kind == "publisher"}
    assert outlets == {"栖云财经"}


def _types(ents, name: str) -> set[str]:
    iri = next(i for i, n in ents.names.items() if n == name)
    return set(ents.types.get(iri, {}))


@pytest.mark.parametrize("sentence, name", [
    ("The purchaser will be a special-purpose vehicle called Harlow GPU Trust II.",
     "Harlow GPU Trust II"),
    ("The chips go to a vehicle named Ostrey Funding, which will lease them on.", "Ostrey Funding"),
    ("She now runs a start-up called Quindle that sells inference.", "Quindle"),
    ("The loan was made to an entity known as Marrow Compute Holdings.", "Marrow Compute Holdings"),
])
def test_name_a_firm_noun_calls_is_a_firm(sentence, name):
    firms = _firms(find_entities(sentence))
    assert name in firms
    assert not {"Instead", "She", "The"} & firms


@pytest.mark.parametrize("sentence", [
    "Banco Meridional and Pemberly Bank joined the loan.",
    "The notes were bought by Banco Meridional, among others.",
    "Lenders include Banque Arvel and Ostley Capital.",
])
def test_bank_word_before_a_name_makes_a_bank(sentence):
    ents = find_entities(sentence)
    bank = next(n for n in _firms(ents) if n.startswith(("Banco", "Banque")))
    assert "Bank" in _types(ents, bank)


@pytest.mark.parametrize("sentence", [
    "Funding would come in stages from the Zumurad Investment Authority.",
    "Marrow Investment Authority, a Gulf investor, signed an MoU.",
])
def test_investment_authority_is_a_sovereign_wealth_fund(sentence):
    ents = find_entities(sentence)
    name = next(n for n in _firms(ents) if n.endswith("Investment Authority"))
    assert "SovereignWealthFund" in _types(ents, name)


@pytest.mark.parametrize("sentence", [
    "Orwell Cloud said the Amsterdam-listed AI data centre operator raised $3bn.",
    "Orwell Cloud, the Texas-based AI cloud, raised $3bn.",
    "Orwell Cloud beat the London-listed AI group in a bidding war.",
])
def test_place_adjective_run_is_a_description_not_a_firm(sentence):
    assert _firms(find_entities(sentence)) == {"Orwell Cloud"}


@pytest.mark.parametrize("text, name", [
    ("据悉，保险机构安泰人寿认购了其中3亿美元。", "安泰人寿"),
    ("云岚数据发行的债券由长宁人寿认购了2亿美元。", "长宁人寿"),
])
def test_life_insurer_name_is_a_firm(text, name):
    assert name in _firms(find_entities(text))


@pytest.mark.parametrize("text", [
    "据栖云财经了解，模型公司澜衡完成融资。",
    "据栖云财经了解到，模型公司澜衡完成融资。",
])
def test_outlet_told_by_what_it_learned_is_a_publisher(text):
    ents = find_entities(text)
    assert {ents.names[m.iri] for m in ents.mentions if m.kind == "publisher"} == {"栖云财经"}


@pytest.mark.parametrize("sentence, name, type_name", [
    ("Halden Compute Inc., the GPU cloud operator that listed last year, borrowed $1bn.",
     "Halden Compute", "CloudProvider"),
    ("Orwell Systems, Inc., a provider of GPU cloud services, signed a credit agreement.",
     "Orwell Systems", "CloudProvider"),
    ("Tamber Networks Corp., a seller of computing capacity, raised $2bn.", "Tamber Networks",
     "CloudProvider"),
    ("The debt comes from Marl Private Credit, a direct-lending fund, and a bank.",
     "Marl Private Credit", "PrivateCreditFund"),
])
def test_apposition_after_a_dropped_legal_form_types_the_firm(sentence, name, type_name):
    ents = find_entities(sentence)
    assert type_name in _types(ents, name)


@pytest.mark.parametrize("text, name, type_name", [
    ("星岚科技2017年创立，起初做比特币矿场，后来转型为AI云服务商。", "星岚科技", "CloudProvider"),
    ("星岚科技是一家国内领先的云服务商，目前运营五座数据中心。", "星岚科技", "CloudProvider"),
    ("曜辉半导体成立于2020年，定位为GPU芯片厂商。", "曜辉半导体", "ChipMaker"),
])
def test_zh_role_word_as_the_predicate_of_a_firms_sentence_types_it(text, name, type_name):
    assert type_name in _types(find_entities(text), name)


def test_zh_predicate_role_with_another_firm_before_it_types_nobody():
    ents = find_entities("星岚科技表示，曜辉科技已成为国内领先的云服务商。")
    assert "CloudProvider" not in _types(ents, "星岚科技")
