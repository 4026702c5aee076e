"""Issue 10, twenty-first pass (lead): a denial with no deal of its own reaches back to the
sentence before only when it points at a report ("X否认了这一传闻", "X denied the report"). A
denial that tells the rumoured deal inline ("X否认将与Y再签新合同的传闻", "X denied reports that it
would sign a second order") denies another deal: the deal told before keeps its status.
(rules/cues.py, ``denial_refers_back`` in cues.yaml.)"""
import pytest

from tests.load.helpers import named_roles, run


def _supply(ents, out):
    return [(f.is_fact, f.status, named_roles(ents, f)) for f in out.frames
            if f.family == "Supply"]


@pytest.mark.parametrize("body, language, roles", [
    ("云计算公司朔衡科技去年已与芯片企业云启算力签署30亿美元算力采购合同。朔衡科技否认将与云启算力"
     "再签新合同的传闻。", "zh", {"supplier": ["云启算力"], "buyer": ["朔衡科技"]}),
    ("Brontel Inc. signed a $7 billion chip order with Helmsey Semiconductor Corp. in May. Brontel "
     "denied reports that it would sign a second order.", None,
     {"supplier": ["Helmsey Semiconductor"], "buyer": ["Brontel"]}),
])
def test_a_denied_rumour_told_inline_leaves_the_deal_before_a_fact(tmp_path, body, language,
                                                                   roles):
    ents, out = run(tmp_path, body, language=language)
    assert _supply(ents, out) == [(True, "Announced", roles)]


@pytest.mark.parametrize("body, language", [
    ("有报道称，云计算公司朔衡科技将向芯片企业云启算力采购30亿美元算力。朔衡科技否认了这一传闻。", "zh"),
    ("有报道称，云计算公司朔衡科技将向芯片企业云启算力采购30亿美元算力。朔衡科技随后否认传闻。", "zh"),
    ("Brontel Inc. agreed to buy $7 billion of chips from Helmsey Semiconductor Corp., a newspaper "
     "reported. Brontel denied the report on Tuesday.", None),
    # review probes (twenty-second pass): 的传闻 and "reports of/that" about the same deal
    ("有报道称，朔岚科技将向芯片企业云栖算力采购30亿美元算力。朔岚科技否认了市场上的传闻。", "zh"),
    ("有报道称，朔岚科技将向芯片企业云栖算力采购30亿美元算力。朔岚科技否认了与云栖算力合作的传闻。", "zh"),
    ("Brontor Labs agreed to buy $7 billion of chips from Halcyon Semiconductor, a newspaper "
     "reported. Brontor Labs denied reports of the deal.", None),
    ("Brontor Labs agreed to buy $7 billion of chips from Halcyon Semiconductor, a newspaper "
     "reported. Brontor Labs denied reports that it had agreed to the purchase.", None),
    ("Brontor Labs agreed to buy $7 billion of chips from Halcyon Semiconductor, a newspaper "
     "reported. Brontor Labs dismissed the report of a chip order as false.", None),
    # review of 1131bde: the word of another deal is the one the deal before was told with
    ("Brontor Labs placed a new $7 billion chip order with Halcyon Semiconductor, a newspaper "
     "reported. Brontor Labs denied reports of a new order.", None),
])
def test_a_denial_pointing_at_the_report_still_denies_the_deal_before(tmp_path, body, language):
    ents, out = run(tmp_path, body, language=language)
    assert [(fact, status) for fact, status, _ in _supply(ents, out)] == [(False, "Denied")]
