"""Issue 10, twelfth pass: Chinese firm names found by structure that recurs in every article:
an outlet's dateline opening a line, a sector or index word is no firm, a weak-suffix name told
once between a partner marker and a signing verb in any aspect, and a coined name with no suffix
told before one of its people's posts (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _names(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    return set(ents.names.values()), ents


@pytest.mark.parametrize("body, outlet", [
    ("云栖财经 本周（11月3日至7日）美股走势分化，算力板块领涨。", "云栖财经"),
    ("北岸时报网讯 A股三大指数今日涨跌不一，澄岳科技收涨3%。", "北岸时报"),
    ("南屿新闻 记者 林舟 一家芯片公司投资一家大模型公司。", "南屿新闻"),
    ("海潮日报讯：澄岳科技今日公告，与北屿银行签署贷款协议。", "海潮日报"),
])
def test_outlet_opening_a_line_as_a_dateline_is_a_publisher(tmp_path, body, outlet):
    names, ents = _names(tmp_path, body)
    assert outlet in names, names
    iri = next(i for i, n in ents.names.items() if n == outlet)
    assert "Publisher" in ents.reference_types.get(iri, ()), ents.reference_types


@pytest.mark.parametrize("body, not_firm", [
    ("本周美股科技股走势分化，澄岳科技收涨3%。", "美股科技"),
    ("恒生指数收涨0.6%，恒生科技指数涨1.1%，澄岳科技收涨3%。", "恒生科技"),
    ("费城半导体指数收跌2%，赫川半导体跌4%。", "费城半导体"),
    ("人工智能板块走强，北屿智能概念股集体上涨。", "北屿智能"),
])
def test_sector_or_index_word_is_no_firm(tmp_path, body, not_firm):
    names, _ = _names(tmp_path, body)
    assert not_firm not in names, names


def test_firm_share_price_word_keeps_the_firm(tmp_path):
    names, _ = _names(tmp_path, "澄岳科技股价大涨5%，澄岳科技股东大会通过增资方案。")
    assert "澄岳科技" in names


@pytest.mark.parametrize("body, firm", [
    ("许蔓：最大的一笔是和汇岭智算签的五年期合同，金额31亿元。", "汇岭智算"),
    ("9月份我们又和玄川云签了一份框架协议，约定从明年起租用约0.3吉瓦的算力。", "玄川云"),
    ("澄岳科技跟海岚数据签过一份算力合同。", "海岚数据"),
    ("去年澄岳科技同溪石算力签有一份五年期租约。", "溪石算力"),
])
def test_weak_suffix_name_between_partner_marker_and_signing_verb_is_a_firm(tmp_path, body, firm):
    names, _ = _names(tmp_path, body)
    assert firm in names, names


@pytest.mark.parametrize("body, firm", [
    ("# 对话灵枢矩阵CFO许蔓：我们锁定的是算力\n\n作为增长最快的大模型公司之一，灵枢矩阵今年动作频频。", "灵枢矩阵"),
    ("本报专访了青禾无限联合创始人、首席财务官周宁。\n\n青禾无限成立于2021年。", "青禾无限"),
    ("「澄光万象」今年完成两轮融资。澄光万象董事长沈舟表示，明年将加大算力投入。", "澄光万象"),
])
def test_coined_name_before_a_post_and_seen_after_a_break_is_a_firm(tmp_path, body, firm):
    names, _ = _names(tmp_path, body)
    assert firm in names, names


@pytest.mark.parametrize("body", [
    "公司首席财务官周宁表示，今年收入将增长。公司首席财务官还说，算力成本下降。",
    "本报记者专访了集团董事长沈舟。集团董事长沈舟表示，明年扩产。",
    "对话首席执行官：行业怎么看？首席执行官们普遍乐观。",
])
def test_common_words_before_a_post_name_no_firm(tmp_path, body):
    names, _ = _names(tmp_path, body)
    assert not names, names


@pytest.mark.parametrize("body, firm", [
    ("澜石半导体公告，已与大模型公司北辰智元签署战略合作备忘录。", "北辰智元"),
    ("汇岭智算以其与大模型公司灵枢矩阵所签算力服务合同的应收账款提供质押。", "灵枢矩阵"),
    ("上月，云服务商青梧星河签订了一份五年期租约。", "青梧星河"),
])
def test_name_after_a_role_word_runs_on_to_the_signing_verb(tmp_path, body, firm):
    names, _ = _names(tmp_path, body)
    assert firm in names, names


@pytest.mark.parametrize("body", [
    "芯片公司投资模型公司，模型公司租用云厂商的算力，云厂商再回头买芯片公司的卡。",
    "模型公司拿钱后，云厂商转头去买芯片公司的产品。",
    "这笔钱最终又被云厂商拿去采购芯片公司的服务器。",
])
def test_verb_phrase_before_a_suffix_after_a_role_word_is_no_firm(tmp_path, body):
    names, _ = _names(tmp_path, body)
    assert not names, names


def test_name_after_a_role_word_stops_before_a_time_word(tmp_path):
    names, _ = _names(tmp_path, "大模型公司北辰今日签署合同。北辰此前已完成融资。")
    assert "北辰今日" not in names, names


@pytest.mark.parametrize("body, firm", [
    ("此外，澄岳科技还获得中衡银行30亿元的综合授信，目前尚未提用。", "中衡银行"),
    ("澄岳科技去年拿到中岳资本的5亿元贷款。", "中岳资本"),
    ("澄岳科技获中诚银行授信20亿元。", "中诚银行"),
    ("澄岳科技从中屹证券得到一笔过桥贷款。", "中屹证券"),
])
def test_zhong_opens_a_name_after_a_get_verb(tmp_path, body, firm):
    names, _ = _names(tmp_path, body)
    assert firm in names, names


@pytest.mark.parametrize("body, firm", [
    ("同为加速卡厂商的曦和微电子则收跌3.1%。", "曦和微电子"),
    ("启元芯片涨9.6%，曦和微电子则收跌3.1%。", "曦和微电子"),
    ("据悉，与太和银行合作的项目已落地。", "太和银行"),
])
def test_lone_proper_character_and_he_before_a_suffix_is_one_name(tmp_path, body, firm):
    names, _ = _names(tmp_path, body)
    assert firm in names, names


def test_word_and_name_joined_by_he_stay_apart(tmp_path):
    names, _ = _names(tmp_path, "澄岳科技和华澄银行签约。资金和华澄银行的贷款到位。")
    assert names == {"澄岳科技", "华澄银行"}, names
