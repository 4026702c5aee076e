"""Issue 10, seventeenth pass: a holding told by its number of shares.

"X holds N million Y shares" and "X owns N (common, ordinary, class A) shares of (in) Y" are a
stake of the holder X in the firm Y whose shares they are, with the count as its figure (and a
percentage told with it). Not read: a share count with no firm after it, a possessive ("Y's
shares"), shares held as collateral or in escrow, and shares sold (no holding verb); shares
received after an investment stay with deal_shares.received_shares.
"""
from tests.load.helpers import run, named_roles


def _stakes(ents, out):
    return [(named_roles(ents, f), f.figures) for f in out.frames if f.family == "Stake"]


def test_count_before_the_firms_shares(tmp_path):
    ents, out = run(tmp_path, "After converting its notes in the spring, Bexmoor Capital now "
                              "holds 61 million Sundrake Networks shares.")
    found = _stakes(ents, out)
    assert [r for r, _ in found] == [{"investor": ["Bexmoor Capital"],
                                      "investee": ["Sundrake Networks"]}]
    assert found[0][1]["shareCount"].value == 61_000_000


def test_grouped_count_of_ordinary_shares_in_a_firm(tmp_path):
    ents, out = run(tmp_path, "Kelderhall Group owned 8,250,000 ordinary shares in Marrowfen "
                              "Energy at the end of June, the annual report shows.")
    found = _stakes(ents, out)
    assert [r for r, _ in found] == [{"investor": ["Kelderhall Group"],
                                      "investee": ["Marrowfen Energy"]}]
    assert found[0][1]["shareCount"].value == 8_250_000


def test_class_shares_of_a_firm_with_an_adverb(tmp_path):
    ents, out = run(tmp_path, "According to the proxy statement, Yarrowby Partners retains some "
                              "3.4 million class A shares of Cindervale Robotics.")
    assert [r for r, _ in _stakes(ents, out)] == [{"investor": ["Yarrowby Partners"],
                                                   "investee": ["Cindervale Robotics"]}]


def test_no_firm_after_the_count(tmp_path):
    ents, out = run(tmp_path, "Bexmoor Capital holds 61 million shares in treasury, "
                              "Sundrake Networks said.")
    assert _stakes(ents, out) == []


def test_shares_held_as_collateral(tmp_path):
    ents, out = run(tmp_path, "Kelderhall Group holds 8 million Marrowfen Energy shares as "
                              "collateral for the bridge loan.")
    assert _stakes(ents, out) == []


def test_possessive_shares_are_not_read(tmp_path):
    ents, out = run(tmp_path, "Yarrowby Partners holds 3.4 million of Cindervale Robotics's "
                              "shares on behalf of clients.")
    assert _stakes(ents, out) == []


def test_shares_sold_are_no_holding(tmp_path):
    ents, out = run(tmp_path, "Bexmoor Capital sold 61 million Sundrake Networks shares "
                              "in a block trade on Thursday.")
    assert _stakes(ents, out) == []


def test_shares_held_short_are_no_stake(tmp_path):
    ents, out = run(tmp_path, "Going into the earnings call, Pennick Hollow Partners holds "
                              "2.6 million Astrevo Semiconductor shares short.")
    assert _stakes(ents, out) == []


def test_holders_named_after_said_are_not_the_speaker(tmp_path):
    ents, out = run(tmp_path, "Lorrimer Brokerage said retail clients on its platform hold "
                              "about 9 million Ketterby Mobility shares.")
    assert _stakes(ents, out) == []


def test_shares_held_on_behalf_of_clients_are_no_stake(tmp_path):
    ents, out = run(tmp_path, "As custodian, Osterfield Trust Bank holds 14 million Varnell "
                              "Optics shares on behalf of pension funds.")
    assert _stakes(ents, out) == []
