"""Issue 10, thirteenth pass: where a Chinese firm name ends. 控股 before 股东/子公司 is the verb
"holding" ("X控股股东Y": X's controlling shareholder Y), no end of a name; a fund or asset manager
named with its legal form (X基金管理公司, X资产管理公司) is one firm, an asset manager (invented
sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _names(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    return set(ents.names.values()), ents


@pytest.mark.parametrize("body", [
    "同样值得关注的是澜岳云控股股东澜岳控股的股权质押。澜岳云股价周五收跌2.3%。",
    "澜岳云今日公告，控股股东澜岳控股拟减持。澜岳云控股子公司澜岳智算同日签约。",
    "公告显示，澜岳云控股股东澜岳控股将所持澜岳云股票质押给北屿证券。",
])
def test_holding_before_shareholder_ends_no_name(tmp_path, body):
    names, _ = _names(tmp_path, body)
    assert "澜岳云" in names and "澜岳云控股" not in names, names


def test_holding_group_name_stays(tmp_path):
    names, _ = _names(tmp_path, "澜岳控股今日公告，拟发行公司债。澜岳控股股价收涨3%。")
    assert "澜岳控股" in names, names


@pytest.mark.parametrize("body, firm", [
    ("认购方面，据簿记结果，长汀基金管理公司获配约8亿元。", "长汀基金管理公司"),
    ("本期债券的主要投资者包括北屿资产管理公司和两家保险机构。", "北屿资产管理公司"),
    ("长汀基金管理公司旗下产品参与了认购，长汀基金管理公司未予置评。", "长汀基金管理公司"),
])
def test_fund_manager_with_legal_form_is_one_asset_manager(tmp_path, body, firm):
    names, ents = _names(tmp_path, body)
    assert firm in names, names
    assert firm[:4] not in names and firm[:4] + "基金" not in names, names
    iri = next(i for i, n in ents.names.items() if n == firm)
    assert "AssetManager" in ents.types.get(iri, {}), ents.types
