"""The general trigger stage (kg/load/triggers.py): roles from voice and markers, not templates."""
from __future__ import annotations

from kg.load.rules.entities import find_entities
from kg.load.rules.frames import sentence_frames
from kg.load.text.numbers import find_quantities
from kg.load.text.sentences import split_sentences
from kg.load.rules.slots import slot_sentence


def frames(text: str, language: str = "en"):
    ents = find_entities(text)
    out = []
    for s in split_sentences(text, language):
        slotted = slot_sentence(s, ents, 0, [], None, 0)
        for f in sentence_frames(s, slotted, ents, find_quantities(s.text, language), []):
            out.append((f.family, {r: sorted(ents.names[i] for i in v) for r, v in f.roles.items()},
                        {k: float(v.value) for k, v in f.figures.items()}))
    return out


def test_passive_warrant_by():
    got = frames("Tarn Reasoning, an AI lab, was granted a warrant by chipmaker Owlfield Silicon.")
    assert ("Warrant", {"holder": ["Tarn Reasoning"], "issuer": ["Owlfield Silicon"]}, {}) in got


def test_loan_from_three_lenders():
    got = frames("Pell Data Centers secured a $2 billion loan from Ash Bank, Birch Capital and "
                 "Cedar Credit Partners.")
    family, roles, figures = got[0]
    assert family == "Loan" and roles["borrower"] == ["Pell Data Centers"]
    assert roles["lender"] == ["Ash Bank", "Birch Capital", "Cedar Credit Partners"]
    assert figures["amountUSD"] == 2e9


def test_lease_to_makes_subject_provider():
    got = frames("Pell Data Centers will lease 300 MW of capacity to Oracle for $1 billion.")
    assert got[0][1] == {"provider": ["Pell Data Centers"], "customer": ["Oracle"]}


def test_zh_marker_before_verb():
    got = frames("曜光科技与甲骨文达成协议，甲骨文将为曜光科技提供约2吉瓦的算力。曜光科技表示满意。", "zh")
    assert any(f == "Cloud" and r == {"provider": ["Oracle"], "customer": ["曜光科技"]}
               for f, r, _ in got)


def test_zh_from_lender():
    got = frames("海川数据从南山银行获得一笔20亿美元的贷款。海川数据表示满意。", "zh")
    assert got[0][:2] == ("Loan", {"borrower": ["海川数据"], "lender": ["南山银行"]})


def test_option_inside_warrant_is_no_stake():
    got = frames("Owlfield Systems granted Tarn Labs a warrant to buy 5 million Owlfield shares.")
    assert [f for f, _, _ in got] == ["Warrant"]
