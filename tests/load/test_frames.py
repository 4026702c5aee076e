"""Agreement frames: roles, figures with bounds, bindingness, in both languages, unseen firms."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import frames_by_family, named_roles, run


def test_investment_up_to_and_letter_of_intent_en(tmp_path):
    ents, out = run(tmp_path, "Nvidia signed a letter of intent with OpenAI and pledged to "
                    "invest up to $100 billion in OpenAI.")
    inv = frames_by_family(out)["Investment"][0]
    assert named_roles(ents, inv) == {"investor": ["Nvidia"], "investee": ["OpenAI"]}
    assert inv.figures["amountUSD"].value == Decimal("100000000000")
    assert inv.figures["amountUSD"].bound == "UpTo"
    assert inv.binding is False and "LetterOfIntent" in inv.kinds


def test_investment_zh_with_subject_carried(tmp_path):
    ents, out = run(tmp_path, "英伟达与OpenAI达成战略合作,还承诺向OpenAI投资最多1000亿美元。",
                    language="zh")
    inv = frames_by_family(out)["Investment"][0]
    assert named_roles(ents, inv) == {"investor": ["Nvidia"], "investee": ["OpenAI"]}
    assert inv.figures["amountUSD"].bound == "UpTo"


def test_warrant_zh_shares_and_stake(tmp_path):
    ents, out = run(tmp_path, "AMD向OpenAI授予最多1.6亿股认股权证(约占公司10%),股份会分批解锁。",
                    language="zh")
    w = frames_by_family(out)["Warrant"][0]
    assert named_roles(ents, w) == {"issuer": ["AMD"], "holder": ["OpenAI"]}
    assert w.figures["shareCount"].value == Decimal("160000000")
    assert w.figures["stakePercent"].value == Decimal("10")


def test_compute_commitment_gigawatts_and_supply(tmp_path):
    ents, out = run(tmp_path, "OpenAI will deploy 6 GW of AMD Instinct graphics processors.")
    c = frames_by_family(out)["Compute"][0]
    assert named_roles(ents, c) == {"buyer": ["OpenAI"], "supplier": ["AMD"]}
    assert c.figures["capacityGW"].value == Decimal("6")
    assert c.kinds == {"ComputeCommitment", "SupplyAgreement"}


def test_megawatts_converted_for_unseen_firms_zh(tmp_path):
    ents, out = run(tmp_path, "根据该框架协议,大模型开发商青岚智能计划在未来三年内向云服务商云栈科技租用"
                    "300兆瓦算力,总价约25亿美元。但协议明确写明不具法律约束力。", language="zh")
    c = frames_by_family(out)["Cloud"][0]
    assert named_roles(ents, c) == {"customer": ["青岚智能"], "provider": ["云栈科技"]}
    assert c.figures["capacityGW"].value == Decimal("0.3")
    assert c.figures["amountUSD"].bound == "Approximately"
    assert c.binding is False


def test_symmetric_pair_split_by_what_firms_are(tmp_path):
    ents, out = run(tmp_path, "OpenAI与甲骨文签订约3000亿美元的云计算与数据中心协议。", language="zh")
    c = frames_by_family(out)["Cloud"][0]
    assert named_roles(ents, c) == {"customer": ["OpenAI"], "provider": ["Oracle"]}


def test_loan_with_list_of_lenders(tmp_path):
    ents, out = run(tmp_path, "JPMorgan and MUFG were close to finalising roughly $38bn of loans "
                    "to Vantage Data Centers.")
    loan = frames_by_family(out)["Loan"][0]
    assert named_roles(ents, loan) == {"lender": ["JPMorgan Chase", "MUFG"],
                                       "borrower": ["Vantage Data Centers"]}
    assert loan.figures["amountUSD"].bound == "Approximately"


def test_loan_secured_by_non_binding_memorandum(tmp_path):
    ents, out = run(tmp_path, "Helios Compute, a cloud provider, has borrowed US$1.2bn from "
                    "private credit fund Calder & Finch. The loan is secured by the revenue "
                    "Helios expects from a memorandum of understanding with Northwind Models, "
                    "the AI model developer, under which Northwind would rent 250 megawatts of "
                    "capacity from Helios.")
    fams = frames_by_family(out)
    loan, cloud = fams["Loan"][0], fams["Cloud"][0]
    assert named_roles(ents, loan) == {"lender": ["Calder & Finch"], "borrower": ["Helios Compute"]}
    assert cloud in loan.collateral and cloud.binding is False


def test_vague_figure_kept_as_range_with_low_confidence(tmp_path):
    ents, out = run(tmp_path, "英伟达与OpenAI达成战略合作,计划部署十几瓦的AI基础设施。", language="zh")
    c = frames_by_family(out)["Compute"][0]
    fig = c.figures["capacityGW"]
    assert fig.bound == "Approximately" and fig.low < fig.high and fig.confidence < 0.5


def test_stock_moves_signed_and_bounded(tmp_path):
    ents, out = run(tmp_path, "Oracle shares fell as much as 7% on Tuesday. 消息公布后两天内AMD股价上涨超40%。")
    moves = {(ents.names[m.firm], m.percent, m.bound) for m in out.moves}
    assert ("Oracle", Decimal("-7"), "UpTo") in moves
    assert ("AMD", Decimal("40"), "MoreThan") in moves


def test_metrics_with_pronoun_firm(tmp_path):
    ents, out = run(tmp_path, "Open AI签下算力采购协议。但其年营收仅120亿美元。甲骨文获得约9亿美元营收,"
                    "但每1美元销售额的毛利仅14美分。", language="zh")
    got = {(ents.names[m.firm], m.name, m.value) for m in out.metrics}
    assert ("OpenAI", "revenue", Decimal("12000000000")) in got
    assert ("Oracle", "revenue", Decimal("900000000")) in got
    assert ("Oracle", "grossMargin", Decimal("14")) in got
