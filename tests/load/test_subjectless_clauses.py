"""Issue 10: a clause without its own subject whose deal is the sentence subject's
("X与Y签署最终协议，在Y中持有约12%的股份") (invented text, invented firms)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_zh_clause_without_subject_holding_a_stake_in_a_firm_is_the_subjects_stake(tmp_path):
    ents, out = run(tmp_path, "云服务商川岭云与大模型公司澄湾智能签署最终协议，在重组后的澄湾智能中持有约12%的股份。",
                    language="zh")
    stake = next(f for f in out.frames if f.family == "Stake")
    assert named_roles(ents, stake) == {"investor": ["川岭云"], "investee": ["澄湾智能"]}
    assert stake.figures["stakePercent"].value == 12 and stake.binding is True


COORDINATED = ("Torvane Micro, the chipmaker, has agreed to supply Quell AI with 1 gigawatt of "
               "accelerators over three years, and has issued the AI developer a warrant for up "
               "to 10 million Torvane shares, about 3% of the company.")


def test_en_coordinated_clause_without_subject_grants_the_subjects_warrant(tmp_path):
    ents, out = run(tmp_path, COORDINATED, language="en")
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert named_roles(ents, warrant) == {"issuer": ["Torvane Micro"], "holder": ["Quell AI"]}
    assert warrant.figures["stakePercent"].value == 3
    quell = next(m.iri for m in ents.mentions if m.name == "Quell AI")
    assert "ModelDeveloper" in ents.types[quell]


def test_the_first_clauses_deal_survives_and_keeps_its_figures(tmp_path):
    ents, out = run(tmp_path, COORDINATED, language="en")
    supply = next(f for f in out.frames if f.family == "Compute")
    assert named_roles(ents, supply) == {"supplier": ["Torvane Micro"], "buyer": ["Quell AI"]}
    assert supply.figures["termYears"].value == 3
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert "termYears" not in warrant.figures
