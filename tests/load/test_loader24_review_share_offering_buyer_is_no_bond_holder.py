"""Issue 10, review of 0deb8f4 (twenty-fourth pass): a buyer told after an offering of shares
("本周X定向增发2亿股。Y作为战略投资者认购了其中5000万股", "X完成IPO，募资20亿元，Y作为基石投资者
认购了其中5亿元", "raised $2bn in a share sale, and Y took $500m of the offering") bought into that
offering, not the bond issue told before it: no holder of the bonds. A buyer whose own words name
the paper ("认购了其中10亿美元票据", "took $2bn of the notes") and one told right after the bond
issue stay its holders (invented sentences and firms)."""
import pytest

from tests.load.helpers import named_roles, run

_ZH = "霜岭资管和乌岩保险是投资机构。岚栖数据是数据中心运营商。岚栖数据上月发行了50亿美元债券。"
_EN = "Calder Cloud, a cloud provider, sold $5 billion of bonds on Monday. "


def _holders(tmp_path, body, language):
    ents, out = run(tmp_path, body, language=language)
    return sorted(h for f in out.frames if f.family == "Bond"
                  for h in named_roles(ents, f).get("holder", []))


@pytest.mark.parametrize("body, language", [
    (_ZH + "本周岚栖数据定向增发2亿股。霜岭资管作为战略投资者认购了其中5000万股。", "zh"),
    (_ZH + "本周岚栖数据定向增发新股募资20亿元。霜岭资管作为战略投资者认购了其中的25%股份。", "zh"),
    (_ZH + "本周岚栖数据定向增发新股募资20亿元，霜岭资管作为基石投资者认购了其中5亿元。", "zh"),
    (_ZH + "本周岚栖数据完成IPO，募资20亿元，霜岭资管作为基石投资者认购了其中5亿元。", "zh"),
    (_ZH + "本周岚栖数据定向增发2亿股。霜岭资管认购了其中5000万股。", "zh"),
    (_EN + "Two weeks later it raised $2 billion in a share sale, and Vantry Partners took $500 "
     "million of the offering.", "en"),
])
def test_a_buyer_after_a_share_offering_holds_no_bonds(tmp_path, body, language):
    assert _holders(tmp_path, body, language) == []


@pytest.mark.parametrize("body, language", [
    (_ZH + "霜岭资管作为基石投资者认购了其中10亿美元。", "zh"),
    (_ZH + "本周岚栖数据定向增发2亿股。霜岭资管认购了其中10亿美元票据。", "zh"),
    (_EN + "Vantry Partners took $2 billion of them.", "en"),
    (_EN + "The IPO-style book drew strong demand, and Vantry Partners took $2 billion of the "
     "notes.", "en"),
])
def test_a_buyer_of_the_bonds_is_still_a_holder(tmp_path, body, language):
    holders = _holders(tmp_path, body, language)
    assert holders in (["霜岭资管"], ["Vantry Partners"]), holders
