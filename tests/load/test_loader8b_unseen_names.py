"""Issue 10, eighth pass: unseen firm names with no organisation suffix, told by what only a firm
has, and types told by a description (invented text and firm names)."""
from __future__ import annotations

from kg.load.rules.entities import find_entities
from tests.load.helpers import frames_by_family, run


def _firms(ents) -> set[str]:
    return {ents.names[m.iri] for m in ents.mentions if m.kind == "firm"}


def _types(ents, name: str) -> set[str]:
    iri = next(i for i, n in ents.names.items() if n == name)
    return set(ents.types.get(iri, {}))


def test_name_with_a_post_after_its_genitive_is_a_firm():
    ents = find_entities("Brackwater rents chips to model developers. \"We are busy,\" said Ana "
                         "Ruiz, Brackwater's finance chief.")
    assert "Brackwater" in _firms(ents)


def test_name_with_a_possession_after_its_genitive_is_a_firm():
    ents = find_entities("Orlesby said on Monday it had closed a loan. Orlesby's contracted "
                         "revenue doubled last year.")
    assert "Orlesby" in _firms(ents)


def test_name_whose_stock_moves_is_a_firm():
    ents = find_entities("Tamberlin shares fell 4% in Paris. Analysts said Tamberlin had "
                         "been expected to win the contract.")
    assert "Tamberlin" in _firms(ents)


def test_post_before_a_name_makes_it_a_firm():
    ents = find_entities("The chief executive of Quorrin, Lea Vos, spoke. Quorrin sells chips; "
                         "the Quorrin finance chief declined to comment.")
    assert "Quorrin" in _firms(ents)


def test_name_that_has_signed_a_deal_is_a_firm():
    ents = find_entities("Velmora has signed only a letter of intent. The others have not; "
                         "Velmora has raised money before.")
    assert "Velmora" in _firms(ents)


def test_name_told_by_context_once_is_no_firm():
    ents = find_entities("Ostley's chief executive resigned on Monday, people said.")
    assert "Ostley" not in _firms(ents)


def test_surname_of_a_person_is_no_firm():
    ents = find_entities("Pia Lanwick joined Harlow Bank in May. Lanwick's chief executive "
                         "title was confirmed; Lanwick has signed the filing.")
    assert "Lanwick" not in _firms(ents)


def test_short_name_told_by_context_takes_its_longer_form():
    ents = find_entities("Cormac AI will buy accelerators from Tessaly Micro. Tessaly stock "
                         "jumped 9% as Tessaly's chief executive spoke.")
    assert "Tessaly Micro" in _firms(ents)
    assert "Tessaly" not in _firms(ents)


def test_genitive_inside_a_capitalised_run_ends_the_name():
    ents = find_entities("Dunmore Cloud's Fenwick Valley campus is large. Dunmore Cloud's "
                         "revenue rose; Dunmore Cloud has signed a lease.")
    assert "Dunmore Cloud" in _firms(ents)
    assert not any("Fenwick" in f for f in _firms(ents))


def test_capitals_before_a_role_phrase_after_the_describe_no_firm():
    ents = find_entities("Its customer is Corvel Labs, the Lisbon AI lab behind the Tern "
                         "models.")
    assert not any(f.startswith("Lisbon") for f in _firms(ents))
    assert "Corvel Labs" in _firms(ents)


def test_typed_description_means_the_one_untyped_firm_when_the_others_are_typed(tmp_path):
    ents, _ = run(tmp_path, "A contract with Pellow Labs, the model developer behind the Finch "
                  "chatbot, has helped Brackwater raise a $1bn loan, the cloud provider said. "
                  "Brackwater's chief executive spoke.")
    assert "CloudProvider" in _types(ents, "Brackwater")
    assert "CloudProvider" not in _types(ents, "Pellow Labs")


def test_typed_description_with_two_untyped_firms_types_neither(tmp_path):
    ents, _ = run(tmp_path, "Lanner Systems and Orvieto Networks met, the chipmaker said.")
    assert "ChipMaker" not in _types(ents, "Lanner Systems")
    assert "ChipMaker" not in _types(ents, "Orvieto Networks")


def test_role_apposition_after_an_anaphor_types_the_firm_it_means(tmp_path):
    ents, _ = run(tmp_path, "Cormac AI has borrowed $1bn from Tessen Partners. The lender, a "
                  "private credit fund, holds the warrant as security.")
    assert "PrivateCreditFund" in _types(ents, "Tessen Partners")


def test_investment_promised_under_a_memorandum_for_a_stake_stays_a_commitment(tmp_path):
    ents, out = run(tmp_path, "Corvel Labs, an AI lab, signed a memorandum of understanding with Harth "
                    "Sovereign Fund. Under the memorandum, the sovereign wealth fund would "
                    "invest about $300m for a 9% stake in the lab.")
    fams = frames_by_family(out)
    assert "Stake" not in fams
    assert "Investment" in fams


def _posts(ents, out):
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


def test_post_after_at_firm_opening_the_sentence_is_held_there(tmp_path):
    ents, out = run(tmp_path, "Dunmore Systems will supply capacity to Pellow Labs. At Pellow "
                    "Labs, co-founder and chief executive Ivo Tarrant said demand was strong.")
    posts = _posts(ents, out)
    assert ("Ivo Tarrant", "Pellow Labs", "CEO") in posts
    assert ("Ivo Tarrant", "Dunmore Systems", "CEO") not in posts


def test_metric_of_a_role_description_goes_to_the_firm_in_that_role(tmp_path):
    ents, out = run(tmp_path, "Pellow Labs rents GPUs from Dunmore Systems under a four-year "
                    "lease. Ivo Tarrant founded Pellow Labs. Last year the lessor's revenue "
                    "climbed to $410m.")
    metrics = {(ents.names.get(m.firm), m.name) for m in out.metrics}
    assert ("Dunmore Systems", "revenue") in metrics


def _kinds(ents) -> dict[str, str]:
    return {ents.names[m.iri]: m.kind for m in ents.mentions}


def test_name_ending_like_a_newspaper_is_a_publisher_no_deal_party():
    ents = find_entities("A Harwick Post report had said Dunmore Cloud was in talks to buy "
                         "Pellow Labs.")
    assert _kinds(ents).get("Harwick Post") == "publisher"
    iri = next(i for i, n in ents.names.items() if n == "Harwick Post")
    assert "Publisher" in ents.reference_types[iri]


def test_zh_outlet_that_reports_is_a_publisher():
    ents = find_entities("据南岭财经报道，云服务商澜图云已获得一笔贷款。澜图云首席财务官在接受北辰日报采访时表示满意。")
    kinds = _kinds(ents)
    assert kinds.get("南岭财经") == "publisher"
    assert kinds.get("北辰日报") == "publisher"


def test_zh_reporter_is_no_outlet():
    ents = find_entities("据本报记者了解，澜图云已获得贷款。据记者报道，澜图云已获得贷款。")
    assert not any(k == "publisher" for k in _kinds(ents).values())


def test_zh_name_after_according_to_or_aforementioned_starts_after_it():
    ents = find_entities("据青禾智能首席执行官介绍，公司收入增长。上述青禾智能合同的收款权已质押。")
    assert "青禾智能" in _firms(ents)
    assert not any(f.startswith(("据", "述")) for f in _firms(ents))


def test_zh_numeral_phrase_is_no_firm():
    ents = find_entities("我们要求同时质押合同现金流，两道保险才敢做。")
    assert not any(f.startswith("两") for f in _firms(ents))


def test_plural_role_predicate_after_an_apposed_list_types_each_firm():
    ents = find_entities("Its two largest clients, Corvel Labs and Pellow AI, are both model developers.")
    assert "ModelDeveloper" in _types(ents, "Corvel Labs")
    assert "ModelDeveloper" in _types(ents, "Pellow AI")


def test_name_after_agreed_terms_with_is_a_firm():
    ents = find_entities("Cormac AI has agreed terms with Ivel Grid for 1 gigawatt of power.")
    assert "Ivel Grid" in _firms(ents)


def test_description_after_a_colon_may_mean_the_untyped_firm_before_it(tmp_path):
    ents, _ = run(tmp_path, "云厂商岚图云获得贷款。这份合同由衡川智能同日对外宣布：岚图云将在六年内为这家大模型公司提供3吉瓦算力。",
                  language="zh")
    assert "ModelDeveloper" in _types(ents, "衡川智能")



def test_outlet_name_after_an_indefinite_article_still_names_the_outlet():
    ents = find_entities("On Monday Brenfold Cloud rejected a Harwick Post report about a possible sale.")
    assert _kinds(ents).get("Harwick Post") == "publisher"


def test_zh_outlet_that_learned_something_at_a_sentence_start_is_a_publisher():
    ents = find_entities("南岭财经获悉，云服务商澜图云已获得贷款。北辰日报记者了解到，澜图云还在谈判。本报记者获悉，澜图云满意。")
    kinds = _kinds(ents)
    assert kinds.get("南岭财经") == "publisher"
    assert kinds.get("北辰日报") == "publisher"
    assert not any(n.startswith("本报") for n in kinds)


def test_apposition_with_an_open_slot_types_the_firm():
    ents = find_entities("The loan is backed by a letter from Corvel Labs, a developer of AI video "
                         "models, and by Halden Systems, an Oslo-based maker of custom AI "
                         "accelerators, and by Orvo Cloud, a builder of hyperscale data centres.")
    assert "ModelDeveloper" in _types(ents, "Corvel Labs")
    assert "ChipMaker" in _types(ents, "Halden Systems")
    assert "CloudProvider" in _types(ents, "Orvo Cloud")


def test_relative_clause_that_runs_data_centres_types_a_cloud_provider():
    ents = find_entities("Dunmore Partners, which builds and runs GPU data centres in Ohio, has "
                         "raised a loan.")
    assert "CloudProvider" in _types(ents, "Dunmore Partners")


def test_relative_clause_that_trains_models_types_no_one():
    ents = find_entities("Corvel Partners, which trains speech models, struck a deal.")
    assert not _types(ents, "Corvel Partners")


def test_two_typed_descriptions_type_the_firms_in_their_deal_roles(tmp_path):
    ents, _ = run(tmp_path, "Cormac Labs will take 2 gigawatts of accelerators from Tessaly Micro "
                  "over four years under a definitive agreement, and the chipmaker is giving the "
                  "AI developer a warrant. Tessaly stock jumped 9%; Tessaly's chief executive "
                  "spoke.")
    assert "ChipMaker" in _types(ents, "Tessaly Micro")
    assert "ModelDeveloper" in _types(ents, "Cormac Labs")


def test_typed_description_without_a_deal_in_its_sentence_types_no_one(tmp_path):
    ents, _ = run(tmp_path, "Cormac Labs met Tessaly Micro. Later the chipmaker spoke to the AI "
                  "developer. Tessaly stock jumped 9%; Tessaly's chief executive spoke.")
    assert "ChipMaker" not in _types(ents, "Tessaly Micro")


def test_zh_role_word_glued_to_a_firm_before_de_is_that_firms_partner_not_its_type():
    ents = find_entities("主权基金萨川投资局既是青衡智能的股东，又是青衡智能算力供应商的债权人。")
    assert "CloudProvider" not in _types(ents, "青衡智能")


def test_cloud_and_other_business_group_is_a_cloud_provider():
    ents = find_entities("Pyrrha Digital was able to sell notes thanks to a lease from Orvo "
                         "Systems, the Canadian cloud and software group.")
    assert "CloudProvider" in _types(ents, "Orvo Systems")
