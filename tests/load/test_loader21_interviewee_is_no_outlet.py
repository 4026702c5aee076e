"""Issue 10, twenty-first pass: in a Chinese interview, a speaker who opens two turns or more and
whose name the article also gives right after a post word ("财务总监某某", "CFO某某") is
the interviewee, a person, whatever the surname: no outlet (publisher) and no firm. The asking
outlet ("**某某商报：…**") stays a publisher (rules/zh_aliases.py ``interview_outlets``)."""
from __future__ import annotations

from tests.load.helpers import run


def _names_and_publishers(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    publishers = {ents.names[i] for i, types in ents.reference_types.items()
                  if "Publisher" in types} | {
        ents.names[i] for i, types in ents.types.items() if "Publisher" in types}
    return set(ents.names.values()), publishers


def test_interviewee_after_a_post_word_is_no_outlet(tmp_path):
    body = ("砚澄算力的首席财务官岑泊远近日接受了晨川商报的采访，谈到公司刚敲定的12亿美元定期贷款。\n\n"
            "**晨川商报：为什么选择定期贷款？**\n\n"
            "**岑泊远：** 期限更长，利率也更稳定。\n\n"
            "**晨川商报：银团里有几家银行？**\n\n"
            "**岑泊远：** 三家，都合作多年了。\n")
    names, publishers = _names_and_publishers(tmp_path, body)
    assert "岑泊远" not in names and "岑泊远" not in publishers
    assert "晨川商报" in publishers          # the asking outlet stays one


def test_speaker_after_a_latin_post_in_the_headline(tmp_path):
    body = ("栗衡数据CFO蔺望川谈客户与现金流\n\n"
            "栗衡数据主营推理集群出租。\n\n"
            "问：今年靠什么扩张？\n\n"
            "蔺望川：主要靠经营现金流，没有再借钱。\n\n"
            "问：客户集中度高吗？\n\n"
            "蔺望川：前五家客户占了一半左右。\n")
    names, publishers = _names_and_publishers(tmp_path, body)
    assert "蔺望川" not in publishers and "蔺望川" not in names
    assert "栗衡数据" in names
