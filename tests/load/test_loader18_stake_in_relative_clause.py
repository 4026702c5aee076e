"""Issue 10, eighteenth pass: a holding told in a relative clause on the firm held ("… Y, of which
X owns 35%", "Y, a joint venture in which X has taken a 51% interest", "… with Y, in which it
holds a minority stake") is a stake of X (with "it": the sentence's first firm) in Y. The
holding takes only the figures inside its own clause: the main clause's amount and term stay
with the main clause's deal, and a sentence whose only deal is such a holding still passes its
figures to the deal told next.

It does not read a clause with no share or stake after the verb ("in which X invested", "in
which X holds board seats"), a negated one ("in which it has no stake"), or a clause on no firm."""
from tests.load.helpers import named_roles, run


def _stakes(ents, out):
    return [(named_roles(ents, f), {k: str(v.value) for k, v in f.figures.items()})
            for f in out.frames if f.family == "Stake"]


def test_of_which_with_a_share(tmp_path):
    ents, out = run(tmp_path, "Most of the power comes from Fairhythe Data, of which Wendover "
                              "Infrastructure Partners owns 35%.")
    assert _stakes(ents, out) == [({"investor": ["Wendover Infrastructure Partners"],
                                    "investee": ["Fairhythe Data"]}, {"stakePercent": "35"})]


def test_described_venture_with_an_interest_taken(tmp_path):
    ents, out = run(tmp_path, "The halls are run by Quorrel Cloud, a joint venture in which "
                              "Marsk Capital Management has taken a 51% interest.")
    assert _stakes(ents, out) == [({"investor": ["Marsk Capital Management"],
                                    "investee": ["Quorrel Cloud"]}, {"stakePercent": "51"})]


def test_it_is_the_first_firm_and_main_figures_stay(tmp_path):
    ents, out = run(tmp_path, "Last spring Glanmore AI signed a $750 million three-year cloud "
                              "contract with Quorrel Cloud, in which it holds a minority stake.")
    assert _stakes(ents, out) == [({"investor": ["Glanmore AI"],
                                    "investee": ["Quorrel Cloud"]}, {})]
    cloud = [f for f in out.frames if f.family == "Cloud"]
    assert cloud and cloud[0].figures["amountUSD"].value == 750_000_000


def test_figures_pass_to_the_next_sentence_deal(tmp_path):
    ents, out = run(tmp_path, "Tiverly Semiconductor disclosed a capacity order of up to $1.4 "
                              "billion placed with Fairhythe Cloud, in which it has roughly 9%. "
                              "Under the order Tiverly Semiconductor must rent whatever capacity "
                              "Fairhythe Cloud fails to sell.")
    assert ({"investor": ["Tiverly Semiconductor"], "investee": ["Fairhythe Cloud"]},
            {"stakePercent": "9"}) in _stakes(ents, out)
    amounts = [f.figures["amountUSD"].value for f in out.frames
               if f.family != "Stake" and "amountUSD" in f.figures]
    assert amounts == [1_400_000_000]


def test_invested_with_no_share_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Glanmore Labs rents halls from Quorrel Hosting, in which Marsk "
                              "Capital Management invested heavily.")
    assert _stakes(ents, out) == []


def test_no_stake_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Corbray Bank lent $200 million to Fairhythe Data, in which it has "
                              "no stake.")
    assert _stakes(ents, out) == []
    assert [f.family for f in out.frames] == ["Loan"]


def test_board_seats_are_no_stake(tmp_path):
    ents, out = run(tmp_path, "Quorrel Hosting, in which Marsk Capital Management holds two "
                              "board seats, opened a second hall.")
    assert _stakes(ents, out) == []
