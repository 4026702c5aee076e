"""Issue 10, twenty-first pass: in a Chinese interview, a speaker who opens two turns or more and
whose name the article also gives right after a post word ("专访了该公司首席财务官某某", "CFO某某") is
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
    body = ("砚澄算力上周完成一笔12亿美元的定期贷款。晨川商报专访了该公司首席财务官岑泊远。\n\n"
            "**晨川商报：这笔贷款由谁提供？**\n\n"
            "**岑泊远：** 由三家银行组成的银团提供，期限五年。\n\n"
            "**晨川商报：担保物是什么？**\n\n"
            "**岑泊远：** 主要是我们采购的GPU服务器。\n")
    names, publishers = _names_and_publishers(tmp_path, body)
    assert "岑泊远" not in names and "岑泊远" not in publishers
    assert "晨川商报" in publishers          # the asking outlet stays one


def test_speaker_after_a_latin_post_in_the_headline(tmp_path):
    body = ("对话栗衡数据CFO蔺望川：先签合同，再谈融资\n\n"
            "栗衡数据是一家GPU云服务商。\n\n"
            "问：今年的融资节奏如何？\n\n"
            "蔺望川：我们上半年完成了两笔债务融资。\n\n"
            "问：客户集中度高吗？\n\n"
            "蔺望川：前三大客户贡献了大约六成收入。\n")
    names, publishers = _names_and_publishers(tmp_path, body)
    assert "蔺望川" not in publishers and "蔺望川" not in names
    assert "栗衡数据" in names
