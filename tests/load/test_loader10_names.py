"""Issue 10, tenth pass: unseen firm names and their edges, firm types told by description
(invented sentences and firms, both languages)."""
from __future__ import annotations

import pytest

from kg.load.rules.entities import find_entities


def _firms(text: str) -> set[str]:
    ents = find_entities(text)
    return {ents.names[m.iri] for m in ents.mentions if m.kind == "firm"}


def _types(text: str) -> dict[str, set[str]]:
    ents = find_entities(text)
    return {ents.names.get(iri, iri): set(types) for iri, types in ents.types.items() if types}


# -- Chinese: the left edge of an unseen name -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("对话岚峰智能陈默：算力账越来越难算。岚峰智能是一家大模型公司。", "岚峰智能"),
    ("本轮由美元基金澜舟资本领投，老股东跟投。澜舟资本合伙人表示看好。", "澜舟资本"),
    ("本轮由人民币基金青禾资本独家投资。", "青禾资本"),
    ("钱先流向岚峰智能，再经栖霞算力回到芯片厂商。数据中心运营商栖霞算力随后采购了芯片。", "栖霞算力"),
    ("换言之，银行借给栖霞算力的钱要靠客户付费偿还。栖霞算力公告称已签约。栖霞算力股价上涨。", "栖霞算力"),
    ("跟投方澜舟资本的合伙人称，这是长期生意。投资机构澜舟资本此前领投了A轮。", "澜舟资本"),
])
def test_words_before_an_unseen_zh_name_are_not_part_of_it(text, name):
    firms = _firms(text)
    assert name in firms
    assert not any(f != name and f.endswith(name) for f in firms)


@pytest.mark.parametrize("text", [
    "公司认为，GPU作为资产能拿到银行授信，说明金融机构认可算力残值。",
    "这家云厂商计划募资约100亿美元，分五个部分发行。",
    "（作者为某资产管理机构研究员，文中观点不代表任何机构。）",
    "**银行借款：以应收账款质押**",
    "截至发稿，两家公司及相关投资机构均未对报道置评。",
    "公司的固定收益基金规模扩大。",
])
def test_common_words_and_verbs_around_a_role_word_or_suffix_make_no_zh_firm(text):
    assert _firms(text) == set()


@pytest.mark.parametrize("text", [
    "本刊获悉，算力运营商穹顶算力完成融资。",
    "创始人告诉本刊，融资已经到账。",
    "本台记者了解到，该交易已完成。",
])
def test_own_outlet_words_are_no_publisher(text):
    ents = find_entities(text)
    assert not any(m.text.startswith("本") for m in ents.mentions)


@pytest.mark.parametrize("text, name", [
    ("公司已与以中禾银行为牵头行的银团签署贷款协议，其中中禾银行承贷40亿元。", "中禾银行"),
    ("贷款由以中岳证券为主承销商的团队发行。", "中岳证券"),
    ("银团共有五家银行，其中中禾银行出资最多。", "中禾银行"),
])
def test_zh_name_starting_with_zhong_after_yi_or_qizhong(text, name):
    assert name in _firms(text)


@pytest.mark.parametrize("text, name", [
    ("公司拟将部分服务器出售给岚川融资租赁有限公司，再租回使用。", "岚川融资租赁有限公司"),
    ("承租人与澜汐信息技术有限公司签订了合同。", "澜汐信息技术有限公司"),
    ("由青枫融资租赁有限公司提供15亿元融资。", "青枫融资租赁有限公司"),
])
def test_zh_coined_name_before_trade_words_and_legal_suffix_is_one_name(text, name):
    assert name in _firms(text)


@pytest.mark.parametrize("text, name", [
    ("本轮由投资机构澜舟资本领投。", "澜舟资本"),
    ("由美元基金青禾资本领投，老股东超额跟投。", "青禾资本"),
    ("创投机构北塘资本目前持有该公司约8%股份。", "北塘资本"),
])
def test_zh_investment_firm_role_words_type_a_financier(text, name):
    assert _types(text).get(name) == {"Financier"}


# -- English: words around a name ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Take Corvell Systems, the chipmaker run by its founder. Corvell said it would invest.",
     "Corvell Systems"),
    ("Consider Brisk Harbor Cloud. It rents GPUs to three labs.", "Brisk Harbor Cloud"),
    ("Unlike Dunstan Compute, the rival has no debt.", "Dunstan Compute"),
    ("Meet Wexford Labs, a start-up few investors had heard of.", "Wexford Labs"),
])
def test_sentence_opening_verb_or_preposition_is_not_part_of_a_name(text, name):
    firms = _firms(text)
    assert name in firms
    assert not any(f.endswith(name) and f != name for f in firms)


@pytest.mark.parametrize("text", [
    "It raised notes secured by its campus in central Ohio, the data-centre developer's first bond.",
    "The plant sits in northern Nevada, the cloud provider's largest site.",
    "Demand in Bavaria, the chipmaker's home market, is rising.",
])
def test_place_before_a_genitive_description_is_no_firm(text):
    assert _firms(text) == set()


@pytest.mark.parametrize("text", [
    "Harlow Securities | Equity Research | Semiconductors",
    "Oakridge Bank's head of Capital Markets said the deal was priced well.",
    "Analyst, Credit Research: Ines Volk",
])
def test_desk_and_department_names_are_no_firms(text):
    assert not _firms(text) & {"Equity Research", "Capital Markets", "Credit Research"}


# -- English: types told by an apposition or relative clause ---------------------------------

@pytest.mark.parametrize("text, name, type_name", [
    ("Next to Keller Bank on the deal sits Merrivane Credit Partners, which is a private credit fund.",
     "Merrivane Credit Partners", "PrivateCreditFund"),
    ("It will invest in Quorra Labs, one of the four model developers that matter.",
     "Quorra Labs", "ModelDeveloper"),
    ("Selwyn Compute, which is a cloud provider, signed the lease.", "Selwyn Compute", "CloudProvider"),
    ("The deal went to Brant Semiconductor, one of its two chip suppliers.",
     "Brant Semiconductor", "ChipMaker"),
])
def test_relative_or_one_of_apposition_types_the_firm(text, name, type_name):
    assert type_name in _types(text).get(name, set())


@pytest.mark.parametrize("text, name", [
    ("Halden Infrastructure Partners bought the cluster. Halden, which manages about $60 billion "
     "in infrastructure assets, will lease it back.", "Halden Infrastructure Partners"),
    ("Orbel Partners, which oversees $12bn, will lend the money.", "Orbel Partners"),
    ("The buyer is Quarrow Capital, a manager of more than $30 billion.", "Quarrow Capital"),
])
def test_firm_managing_assets_is_an_asset_manager(text, name):
    assert "AssetManager" in _types(text).get(name, set())


# -- second batch: names cut short, glued role words, outlets by byline, foreign forms ---------

@pytest.mark.parametrize("text, name", [
    ("芯片厂商岩芯微以20亿元增资大模型公司。岩芯微今年营收大增。资金又回到了岩芯微的报表里。", "岩芯微"),
    ("云厂商云岫计算与其签约。云岫计算表示，信贷基金向云岫计算提供了贷款。", "云岫计算"),
    ("算力运营商澜渚数科完成融资。澜渚数科董事长表示满意，客户也看好澜渚数科。", "澜渚数科"),
])
def test_zh_name_cut_short_after_a_role_word_runs_on_over_what_always_follows(text, name):
    firms = _firms(text)
    assert name in firms
    assert not any(f != name and name.startswith(f) for f in firms)


@pytest.mark.parametrize("text, banks", [
    ("银团由华松银行担任牵头行，浦岚银行、闽东商业银行参贷。", {"华松银行", "浦岚银行", "闽东商业银行"}),
    ("闽东商业银行与浦岚农商银行共同放款。", {"闽东商业银行", "浦岚农商银行"}),
    ("贷款由浦岚银行、闽东商业银行分别承贷一半。", {"浦岚银行", "闽东商业银行"}),
])
def test_zh_commercial_bank_names_are_one_firm_and_what_follows_is_none(text, banks):
    assert _firms(text) == banks
    assert all(_types(text)[b] == {"Bank"} for b in banks)


@pytest.mark.parametrize("text, name, type_name", [
    ("岚溪资管认购了优先级份额。", "岚溪资管", "AssetManager"),
    ("公司拟将服务器出售给远峤融资租赁有限公司，再租回使用。", "远峤融资租赁有限公司", "Financier"),
    ("青崖信贷基金向算力公司提供了贷款。", "青崖信贷基金", "PrivateCreditFund"),
])
def test_zh_typed_name_endings(text, name, type_name):
    assert _types(text).get(name) == {type_name}


@pytest.mark.parametrize("text, outlet", [
    ("标题一行\n\n东岭时报记者 许晴\n\n公司今日公告。", "东岭时报"),
    ("潮汐财经记者 梁卓\n正文在此。", "潮汐财经"),
    ("文｜澄湖周刊记者\n\n公司完成融资。", "澄湖周刊"),
])
def test_zh_outlet_told_by_a_byline_is_a_publisher(text, outlet):
    ents = find_entities(text)
    assert {(m.text, m.kind) for m in ents.mentions} == {(outlet, "publisher")}


@pytest.mark.parametrize("text", [
    "First, the chipmaker agreed to invest $2 billion.",
    "Second, the lab signed a lease.",
    "Lastly, the cloud provider borrowed money.",
])
def test_ordinal_opening_a_list_item_is_no_firm(text):
    assert _firms(text) == set()


@pytest.mark.parametrize("text, names", [
    ("His holding company, Vandrup Holding AB, pledged the shares.", {"Vandrup Holding AB"}),
    ("The venture, Skarvik Compute AS, borrows on its own.", {"Skarvik Compute AS"}),
    ("Lenders include Hallang Sparebank and Torvik Bank.", {"Hallang Sparebank", "Torvik Bank"}),
    ("Notes also went to the insurer Brisco Life Assurance.", {"Brisco Life Assurance"}),
])
def test_foreign_legal_forms_and_insurers_name_firms(text, names):
    assert _firms(text) == names


@pytest.mark.parametrize("text, names", [
    ("Its co-lenders are Banco Almeida and Norvik Holdings.", {"Banco Almeida", "Norvik Holdings"}),
    ("Banco Almeida and Tessel Partners joined the loan.", {"Banco Almeida", "Tessel Partners"}),
    ("The arrangers were Banque Orsay and Carrow Bank.", {"Banque Orsay", "Carrow Bank"}),
])
def test_bank_named_by_a_prefix_inside_a_list_is_a_firm(text, names):
    assert _firms(text) == names


# -- third batch: a function character inside a name, trade words opening a prefix, types ------

@pytest.mark.parametrize("text, name", [
    ("公司同期与太和银行、新港银行签订贷款协议。", "太和银行"),
    ("协议约定，太和银行为牵头安排行。", "太和银行"),
    ("公司此前已和太和银行达成授信意向。", "太和银行"),
])
def test_zh_proper_noun_holding_a_function_character_names_the_bank(text, name):
    assert name in _firms(text)


@pytest.mark.parametrize("text, name", [
    ("借款人是鹍澜算力一号有限公司，一家特殊目的公司。", "鹍澜算力一号有限公司"),
    ("资产由鹍澜算力二号有限公司持有。", "鹍澜算力二号有限公司"),
    ("贷款发放给鹍澜算力三号有限公司，期限五年。", "鹍澜算力三号有限公司"),
])
def test_zh_coined_name_before_a_prefix_opened_by_a_trade_word(text, name):
    assert name in _firms(text)


@pytest.mark.parametrize("text, name, type_name", [
    ("北塘创投跟投了本轮。", "北塘创投", "Financier"),
    ("Among the buyers were the pension manager Tolland Capital and Brisco Life.",
     "Tolland Capital", "AssetManager"),
    ("Tolland Capital, a pension manager, took $300 million of the bonds.",
     "Tolland Capital", "AssetManager"),
])
def test_venture_and_pension_manager_types(text, name, type_name):
    assert type_name in _types(text).get(name, set())
