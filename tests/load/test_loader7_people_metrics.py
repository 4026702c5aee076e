"""Issue 10, seventh pass: people's posts and company metrics the loader missed (invented text)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import run


def _posts(ents, out):
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


def test_two_posts_joined_after_the_name_are_both_held(tmp_path):
    ents, out = run(tmp_path, "Quarrel Systems said it would supply Ostrava Labs. Mira Pellow, "
                    "Quarrel Systems's president and chief executive, called the order large.")
    posts = _posts(ents, out)
    assert ("Mira Pellow", "Quarrel Systems", "President") in posts
    assert ("Mira Pellow", "Quarrel Systems", "CEO") in posts


def test_founded_by_after_a_firm_names_its_founder(tmp_path):
    ents, out = run(tmp_path, "Brantwood Capital, the private-equity firm founded by Ilse "
                    "Marrow, bought a 5% stake in Ostrava Labs. Ostrava Labs, founded by former "
                    "physicist Tomas Reuel, makes models.")
    posts = _posts(ents, out)
    assert ("Ilse Marrow", "Brantwood Capital", "Founder") in posts
    assert ("Tomas Reuel", "Ostrava Labs", "Founder") in posts


def test_founded_by_after_a_clause_break_names_no_founder_of_the_earlier_firm(tmp_path):
    ents, out = run(tmp_path, "Brantwood Capital bought a stake in Ostrava Labs; a fund founded "
                    "by Ilse Marrow joined.")
    assert not any(p.role == "Founder" for p in out.posts)


def test_zh_person_who_founded_the_firm_described_after_is_its_founder(tmp_path):
    ents, out = run(tmp_path, "由林若溪创办的人工智能公司青禾智能正在筹集约20亿美元资金。", language="zh")
    assert ("林若溪", "青禾智能", "Founder") in _posts(ents, out)


def _metrics(ents, out):
    return {(ents.names.get(m.firm, m.firm), m.name, m.value) for m in out.metrics}


def test_net_loss_is_a_negative_net_income(tmp_path):
    ents, out = run(tmp_path, "Ostrava Labs said revenue rose to $90 million. The company posted "
                    "a net loss of $31 million as depreciation climbed.")
    assert ("Ostrava Labs", "netIncome", Decimal("-31000000")) in _metrics(ents, out)


def test_zh_yuan_revenue_and_net_profit_keep_their_yuan_values(tmp_path):
    ents, out = run(tmp_path, "青禾科技前三季度实现营业收入6.4亿元，同比增长30%；归属于上市公司股东的净利润为0.9亿元。",
                    language="zh")
    found = _metrics(ents, out)
    assert ("青禾科技", "revenue", Decimal("640000000")) in found
    assert ("青禾科技", "netIncome", Decimal("90000000")) in found
    assert all(m.unit == "CNY" for m in out.metrics if m.name in ("revenue", "netIncome"))


def test_zh_yuan_figure_with_its_dollar_conversion_is_one_metric(tmp_path):
    ents, out = run(tmp_path, "青禾科技去年营收70亿元人民币（约合9.8亿美元）。", language="zh")
    assert [m.value for m in out.metrics if m.name == "revenue"] == [Decimal("980000000")]


def test_metric_rising_to_a_value_later_in_its_clause_is_that_value(tmp_path):
    ents, out = run(tmp_path, "Quarrel Systems beat forecasts. Revenue rose 44% from a year "
                    "earlier to $2.7 billion, and net income reached $390 million.")
    found = _metrics(ents, out)
    assert ("Quarrel Systems", "revenue", Decimal("2700000000")) in found
    assert ("Quarrel Systems", "netIncome", Decimal("390000000")) in found


def test_cash_burning_is_cash_burn(tmp_path):
    ents, out = run(tmp_path, "Ostrava Labs made $1.1 billion of revenue in the half while "
                    "burning $800 million of cash.")
    assert ("Ostrava Labs", "cashBurn", Decimal("800000000")) in _metrics(ents, out)


def test_daily_token_count_is_no_monthly_token_metric(tmp_path):
    ents, out = run(tmp_path, "青禾智能旗下模型日均调用量已超过5000亿token。", language="zh")
    assert not [m for m in out.metrics if m.name == "tokensPerMonth"]


def test_metric_word_followed_by_its_own_figure_names_no_earlier_figure(tmp_path):
    ents, out = run(tmp_path, "Ostrava Labs has commitments of $600 billion against revenue of "
                    "around $9 billion.")
    assert {m.value for m in out.metrics if m.name == "revenue"} == {Decimal("9000000000")}


def test_operating_loss_is_a_negative_operating_income(tmp_path):
    ents, out = run(tmp_path, "Quarrel Systems said its operating loss narrowed to $75 million.")
    assert ("Quarrel Systems", "operatingIncome", Decimal("-75000000")) in _metrics(ents, out)


def test_person_who_founded_the_company_is_founder_of_the_firm_of_their_post(tmp_path):
    ents, out = run(tmp_path, "Brisa Silicon sold bonds. Her chief executive, Ines Varela, "
                    "founded the company in 2018.")
    assert ("Ines Varela", "Brisa Silicon", "Founder") in _posts(ents, out)


def test_zh_monthly_volume_and_this_figure_later_are_token_counts(tmp_path):
    ents, out = run(tmp_path, "青禾科技每月处理的token数量已超过90万亿。今年3月，青禾科技公布的月处理量为40万亿；"
                    "到6月，这一数字已超过70万亿。", language="zh")
    found = {m.value for m in out.metrics if m.name == "tokensPerMonth"}
    assert {Decimal("40000000000000"), Decimal("70000000000000")} <= found


def test_this_figure_without_a_metric_before_is_no_metric(tmp_path):
    ents, out = run(tmp_path, "Quarrel Systems signed a lease. By July this figure had passed 80 "
                    "trillion.")
    assert not out.metrics


def test_metric_inside_a_deal_sentence_that_the_deal_does_not_hold_is_a_metric(tmp_path):
    ents, out = run(tmp_path, "Quarrel Systems, a cloud provider, said third-quarter revenue "
                    "doubled to $840m and announced a $1.9bn loan from Harbor Bank.")
    assert ("Quarrel Systems", "revenue", Decimal("840000000")) in _metrics(ents, out)
    assert not any(m.value == Decimal("1900000000") for m in out.metrics)
