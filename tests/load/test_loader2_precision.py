"""Issue 10, second pass: false positives on unseen text (invented sentences)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def _firms(ents):
    return sorted({m.name for m in ents.mentions if m.kind == "firm"})


def test_zh_role_word_jigou_and_verbs_start_no_name(tmp_path):
    ents, _ = run(tmp_path, "创投机构松涛资本持有青禾智能约8%的股份。青禾智能为何转投松涛资本？",
                  language="zh")
    assert _firms(ents) == ["松涛资本", "青禾智能"]


def test_zh_amount_and_unit_words_make_no_name(tmp_path):
    ents, _ = run(tmp_path, "租赁显卡需要投入巨额资本开支。甲方拟提供500兆瓦智能算力。", language="zh")
    assert _firms(ents) == []


def test_en_document_abbreviation_is_no_firm(tmp_path):
    ents, _ = run(tmp_path, "Vardenn Silicon sells bonds after state fund MoU. The MoU is not "
                  "binding.", language="en")
    assert "MoU" not in _firms(ents)


def test_maker_of_goods_after_designed_by_is_no_party(tmp_path):
    ents, out = run(tmp_path, "Under it, Kestrel Systems is to supply accelerators designed by "
                    "Lumio Labs, packaged in racks built around its own chips.", language="en")
    for f in out.frames:
        assert "Lumio Labs" not in named_roles(ents, f).get("supplier", [])


def test_headline_short_name_is_the_longer_firm(tmp_path):
    ents, _ = run(tmp_path, "# Pellgrove Data borrows $1 billion\n\nPellgrove Data Centers, which "
                  "runs GPU sites, raised a loan. Pellgrove said demand was strong.", language="en")
    assert _firms(ents) == ["Pellgrove Data Centers"]


def test_relative_clause_between_firm_and_verb_keeps_the_subject(tmp_path):
    ents, out = run(tmp_path, "Brackwater Compute, which runs GPU halls in Ohio and Texas, has "
                    "raised a $1.5 billion loan.", language="en")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert loans and named_roles(ents, loans[0]) == {"borrower": ["Brackwater Compute"]}


def test_lenders_of_the_loan_told_later_join_it(tmp_path):
    ents, out = run(tmp_path, "Brackwater Compute has raised a $1.5 billion loan. The money will "
                    "fund two sites. Orrin Bank, which arranged the three-year loan, is lending "
                    "alongside Tallis Credit Partners.", language="en")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    roles = named_roles(ents, loans[0])
    assert roles["borrower"] == ["Brackwater Compute"]
    assert roles["lender"] == ["Orrin Bank", "Tallis Credit Partners"]
    assert "Orrin Bank" in roles.get("arranger", [])
    assert loans[0].figures["termYears"].value == 3


def test_revenue_in_a_sentence_about_the_deal_is_no_deal_figure(tmp_path):
    _, out = run(tmp_path, "Orrin Bank will lend $900 million to Brackwater Compute. Brackwater "
                 "booked revenue of $210 million last year, a fraction of what the deal would "
                 "bring.", language="en")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert [f.figures["amountUSD"].value for f in loans] == [900_000_000]


def test_firms_that_roll_out_chips_together_make_a_supply_deal(tmp_path):
    ents, out = run(tmp_path, "Lumio Systems, a chipmaker, and Pellgrove AI said they would roll "
                    "out 2 gigawatts of custom AI accelerators together. What the two companies "
                    "signed was a term sheet.", language="en")
    deal = next(f for f in out.frames if f.family in ("Compute", "Supply"))
    assert named_roles(ents, deal) == {"supplier": ["Lumio Systems"], "buyer": ["Pellgrove AI"]}
    assert deal.binding is False


def test_zh_gpu_designer_and_graphics_processors_are_chips(tmp_path):
    ents, out = run(tmp_path, "国产GPU设计企业松涛芯片宣布与云服务商青穹云签署框架协议，青穹云计划采购并部署"
                    "总计1吉瓦的松涛图形处理器。", language="zh")
    iri = next(m.iri for m in ents.mentions if m.name == "松涛芯片")
    assert "ChipMaker" in ents.types[iri]
    assert not any(f.family == "Cloud" for f in out.frames)


def test_long_apposition_with_its_own_verb_joins_the_firm(tmp_path):
    ents, out = run(tmp_path, "Brackwater, a cloud provider that rents out clusters of GPUs to AI "
                    "developers, has raised a $1bn loan from Orrin Bank.", language="en")
    assert not any(f.family == "Lease" for f in out.frames)
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"borrower": ["Brackwater"], "lender": ["Orrin Bank"]}


def test_a_bank_or_fund_supplies_no_chips_or_capacity(tmp_path):
    ents, out = run(tmp_path, "Calder Cloud, which has signed capacity contracts with Fenwick AI "
                    "($2 billion) and Mirelle Labs ($1 billion), said it had borrowed $1.4 billion "
                    "from Orrin Bank and the Tallis Sovereign Fund.", language="en")
    for f in out.frames:
        givers = [n for r in ("supplier", "provider") for n in named_roles(ents, f).get(r, [])]
        assert "Orrin Bank" not in givers


def test_alongside_belongs_to_the_verb_just_before_it(tmp_path):
    ents, out = run(tmp_path, "A $1.6 billion credit facility for Tarvin Compute was arranged by "
                    "Pilgrave Bank, which is lending alongside Vale Capital, a private credit fund.",
                    language="en")
    f = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    roles = named_roles(ents, f)
    assert roles["borrower"] == ["Tarvin Compute"]
    assert sorted(roles["lender"]) == ["Pilgrave Bank", "Vale Capital"]


def test_zh_names_stop_at_verbs_roles_and_particles(tmp_path):
    ents, _ = run(tmp_path, "芯片公司曜石科技宣布，将向算力云厂商鸿雁智算投资最多10亿美元。这意味着北岭投资局"
                  "成为其股东，松涛科技向客户青禾智能提供贷款。", language="zh")
    names = _firms(ents)
    assert "鸿雁智算" in names and "北岭投资局" in names and "青禾智能" in names
    assert not any(n.startswith(("客户", "味着")) or n.endswith("投资") for n in names)
