"""Issue 10, eleventh pass (precision): a Chinese firm told by its full name once ("云厂商星澜计算")
and by its head elsewhere ("向星澜提供贷款") is one firm under its full name, not a second firm
under the head (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body, full, short", [
    ("两周后，墨川智能与云厂商星澜计算签下一份五年期算力合同。钱流到星澜之后去了哪里？"
     "泰和资本旗下私募信贷基金向星澜提供了一笔5亿美元的贷款，期限三年。",
     "星澜计算", "星澜"),
    ("# 墨川、岚图与星澜之间的资金闭环\n\n算力服务商星澜计算宣布获得泰和资本的贷款。"
     "泰和资本旗下信贷基金向星澜发放了4亿美元贷款，期限五年。",
     "星澜计算", "星澜"),
    ("芯片厂商岚石半导体与墨川智能签署供货协议。泰和资本旗下私募信贷基金向岚石提供了3亿美元贷款。"
     "岚石将用这笔钱扩产。",
     "岚石半导体", "岚石"),
])
def test_zh_head_of_a_firm_name_is_that_firm_not_another(tmp_path, body, full, short):
    ents, out = run(tmp_path, body)
    names = set(ents.names.values())
    assert full in names
    assert short not in names
    loans = financings(out)
    assert loans and all(named_roles(ents, f).get("borrower") == [full] for f in loans)


@pytest.mark.parametrize("body", [
    "云服务商星澜计算与墨川智能签署算力合同，合同金额约5亿美元。",
    "墨川智能与算力服务商星澜计算签订三年期算力租用协议。",
    "据悉，云厂商星澜计算已向墨川智能交付首批算力。",
])
def test_zh_name_ending_in_jisuan_after_a_role_word_is_read_whole(tmp_path, body):
    ents, _ = run(tmp_path, body)
    assert "星澜计算" in set(ents.names.values())
