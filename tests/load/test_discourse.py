"""Deal consolidation, discourse context, cue scope and the one-deal-one-node IRI rule."""
from __future__ import annotations

import pytest

from kg.load.pipeline import collect
from tests.load.helpers import frames_by_family, named_roles, run

NON_BINDING = [
    ("en", "Nvidia signed a letter of intent with OpenAI to deploy 10 gigawatts of Nvidia systems."),
    ("en", "Nvidia signed a memorandum of understanding with OpenAI to deploy 10 gigawatts of Nvidia systems."),
    ("en", "Nvidia signed an MoU with OpenAI to deploy 10 gigawatts of Nvidia systems."),
    ("en", "Nvidia signed a term sheet with OpenAI to deploy 10 gigawatts of Nvidia systems."),
    ("en", "Nvidia signed a framework agreement with OpenAI to deploy 10 gigawatts of Nvidia systems."),
    ("en", "Nvidia signed a non-binding agreement with OpenAI to deploy 10 gigawatts of Nvidia systems."),
    ("zh", "英伟达与OpenAI签署意向书，OpenAI计划部署10吉瓦的英伟达芯片。"),
    ("zh", "英伟达与OpenAI签署谅解备忘录，OpenAI计划部署10吉瓦的英伟达芯片。"),
    ("zh", "英伟达与OpenAI签署框架协议，OpenAI计划部署10吉瓦的英伟达芯片。"),
    ("zh", "英伟达与OpenAI签署条款书，OpenAI计划部署10吉瓦的英伟达芯片。"),
    ("zh", "英伟达与OpenAI签署协议，OpenAI计划部署10吉瓦的英伟达芯片，该协议无法律约束力。"),
]


@pytest.mark.parametrize("language,text", NON_BINDING)
def test_every_bindingness_cue(tmp_path, language, text):
    ents, out = run(tmp_path, text, language=language)
    facts = [f for f in out.frames if f.is_fact]
    assert facts and all(f.binding is False and "LetterOfIntent" in f.kinds for f in facts)


def test_binding_cue_stays_with_its_deal(tmp_path):
    """A term sheet with Broadcom does not make the AMD warrant of the same paragraph non-binding."""
    ents, out = run(tmp_path, "AMD issued OpenAI a warrant for up to 160 million AMD shares. "
                    "OpenAI signed a term sheet with Broadcom to deploy 10 gigawatts of "
                    "accelerators.")
    fams = frames_by_family(out)
    assert fams["Warrant"][0].binding is None
    assert fams["Compute"][0].binding is False


def test_headline_with_many_firms_marks_nothing_else(tmp_path):
    ents, out = run(tmp_path, "# 远山资本凭框架协议放贷 磐石半导体、青岚智能与云栈科技形成闭环\n\n"
                    "芯片制造商磐石半导体今年初入股大模型开发商青岚智能，投资10亿美元。", language="zh")
    stake = frames_by_family(out)["Stake"][0]
    assert stake.binding is None and named_roles(ents, stake) == {
        "investor": ["磐石半导体"], "investee": ["青岚智能"]}


def test_investment_and_compute_of_one_sentence_are_one_deal(tmp_path):
    ents, out = run(tmp_path, "Two months ago Nvidia promised to pour up to $100 billion into "
                    "OpenAI. Under the letter of intent, OpenAI plans to deploy at least 10 "
                    "gigawatts of Nvidia systems, and Nvidia intends to invest in OpenAI "
                    "progressively.")
    facts = [f for f in out.frames if f.is_fact]
    assert len(facts) == 1
    deal = facts[0]
    assert {"InvestmentCommitment", "ComputeCommitment"} <= deal.kinds
    assert named_roles(ents, deal) == {"investor": ["Nvidia"], "investee": ["OpenAI"],
                                       "supplier": ["Nvidia"], "buyer": ["OpenAI"]}
    assert float(deal.figures["amountUSD"].value) == 1e11
    assert float(deal.figures["capacityGW"].value) == 10


def test_combined_deal_same_iri_in_zh_and_undated_seed(tmp_path):
    """One deal, one node: an undated Chinese mention merges with the dated English one."""
    _, en = run(tmp_path, "OpenAI plans to deploy 10 gigawatts of Nvidia systems, and Nvidia "
                "intends to invest up to $100bn in OpenAI.", name="en")
    _, zh = run(tmp_path, "英伟达与OpenAI达成战略合作，计划部署10吉瓦的AI基础设施，还承诺向OpenAI投资"
                "最多1000亿美元。", name="zh", language="zh", published="")
    assert {f.iri for f in en.frames} == {f.iri for f in zh.frames}


def test_warrant_exercise_is_the_warrants(tmp_path):
    ents, out = run(tmp_path, "作为合作的一部分，AMD向OpenAI发行认股权证，OpenAI可按每股0.01美元的价格认购"
                    "至多一亿六千万股AMD普通股。", language="zh")
    fams = frames_by_family(out)
    assert "Stake" not in fams
    assert int(fams["Warrant"][0].figures["shareCount"].value) == 160_000_000


def test_counterparty_from_discourse(tmp_path):
    ents, out = run(tmp_path, "CoreWeave, the GPU cloud provider, said it had expanded its "
                    "agreement with OpenAI by up to $6.5bn. The relationship began in March, when "
                    "OpenAI signed a five-year contract worth up to $11.9bn.")
    deals = {float(f.figures["amountUSD"].value): named_roles(ents, f) for f in out.frames}
    assert deals[11.9e9] == {"customer": ["OpenAI"], "provider": ["CoreWeave"]}


def test_pair_word_means_the_pair_just_named(tmp_path):
    ents, out = run(tmp_path, "有分析人士猜测，Anthropic或会要求AMD提供认股权证。本周一，OpenAI又与博通签署"
                    "条款书，双方将合作部署10吉瓦由OpenAI设计的定制AI加速器。", language="zh")
    compute = [f for f in out.frames if f.family == "Compute"]
    assert [named_roles(ents, f) for f in compute] == [{"buyer": ["OpenAI"], "supplier": ["Broadcom"]}]


def test_hypothetical_scoped_to_its_clause(tmp_path):
    ents, out = run(tmp_path, "Oracle signed a $300 billion cloud contract with OpenAI, and if "
                    "demand holds Oracle would buy more chips from Nvidia.")
    by = {f.family: f for f in out.frames}
    assert by["Cloud"].is_fact
    assert by["Supply"].status == "Hypothetical"


def test_gapped_investments_split(tmp_path):
    ents, out = run(tmp_path, "Nvidia pledged to invest up to $10bn in Anthropic and Microsoft up "
                    "to $5bn.")
    deals = {named_roles(ents, f)["investor"][0]: float(f.figures["amountUSD"].value)
             for f in out.frames}
    assert deals == {"Nvidia": 10e9, "Microsoft": 5e9}


def test_readme_inside_article_folder_is_skipped(tmp_path):
    (tmp_path / "README.md").write_text("# docs\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "readme.txt").write_text("docs", encoding="utf-8")
    (tmp_path / "a.md").write_text("Nvidia invested in OpenAI.", encoding="utf-8")
    assert [p.name for p in collect([tmp_path])] == ["a.md"]


def test_changes_file_in_the_gold_folder_is_not_an_article(tmp_path):
    """Regression: `make run` loaded articles/gold/CHANGES.md as a 19th article."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "CHANGES.md").write_text("# gold changes\n", encoding="utf-8")
    (tmp_path / "NOTICE.txt").write_text("notice", encoding="utf-8")
    (tmp_path / "a.md").write_text("Nvidia invested in OpenAI.", encoding="utf-8")
    assert [p.name for p in collect([tmp_path])] == ["a.md"]


def test_publisher_named_in_text_is_a_firm_node(tmp_path):
    from kg.load.pipeline import extract_article
    from kg.load.read import read_article
    from tests.load.helpers import write

    article = read_article(write(tmp_path, "p", "According to The Information, Oracle made $900 "
                                "million renting out Nvidia servers."))
    _, data, _ = extract_article(article)
    assert "<https://w3id.org/dealgraph/id/firm/the-information> " \
           "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " \
           "<https://w3id.org/dealgraph/ontology#Publisher>" in data
