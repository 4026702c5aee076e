"""Issue 10, seventeenth pass: a firm's own clause told as a relative clause after its name.

"X, which last month signed an agreement with Y …", "X, who holds a 9% stake in Y, …": the
relative pronoun (``relative_en`` in relations.yaml) after a firm opens a clause whose verb is
that firm's, so every English template whose slot is followed by a short gap reads the clause as
if the firm were its subject. Not read: a relative clause whose subject is another firm ("X,
which Y acquired …"), a clause about a deal rather than a firm ("the contract with X, which runs
for three years"), and a share of something the other firm owns ("12% of Y's revenue pool").
"""
from tests.load.helpers import named_roles, run


def _deals(ents, out, family):
    return [named_roles(ents, f) for f in out.frames if f.family == family]


def test_relative_clause_signs_a_capacity_agreement(tmp_path):
    ents, out = run(tmp_path, "Demand was led by Ossery Labs, which last month signed a "
                              "three-year agreement with Vantorre Cloud for computing capacity "
                              "worth $640 million.")
    assert _deals(ents, out, "Cloud") == [{"provider": ["Vantorre Cloud"],
                                           "customer": ["Ossery Labs"]}]


def test_relative_clause_owns_a_share(tmp_path):
    ents, out = run(tmp_path, "Analysts pointed to Kelderhall Group, which owns about 12% of "
                              "Marrowfen Energy, as the likely buyer.")
    assert _deals(ents, out, "Stake") == [{"investor": ["Kelderhall Group"],
                                           "investee": ["Marrowfen Energy"]}]


def test_who_holds_a_stake(tmp_path):
    ents, out = run(tmp_path, "Quenby Partners, who holds a 9% stake in Arlesford Robotics, "
                              "declined to comment.")
    assert _deals(ents, out, "Stake") == [{"investor": ["Quenby Partners"],
                                           "investee": ["Arlesford Robotics"]}]


def test_another_firm_is_the_clause_subject(tmp_path):
    ents, out = run(tmp_path, "Ossery Labs, which Vantorre Cloud acquired in 2023, signed a lease "
                              "for a data centre in Ohio.")
    assert _deals(ents, out, "Stake") == [] and _deals(ents, out, "Cloud") == []


def test_clause_about_a_contract(tmp_path):
    ents, out = run(tmp_path, "The contract with Ossery Labs, which runs for three years, was "
                              "renewed in May.")
    assert out.frames == []


def test_share_of_another_firms_pool(tmp_path):
    ents, out = run(tmp_path, "Kelderhall Group, which owns 12% of Marrowfen Energy's revenue "
                              "pool, rose.")
    assert _deals(ents, out, "Stake") == []
