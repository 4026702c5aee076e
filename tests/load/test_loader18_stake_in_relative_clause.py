"""Issue 10, eighteenth pass: a holding told in a relative clause on the firm held ("… Y, of which
X owns 35%", "Y, a joint venture in which X has taken a 51% interest", "… with Y, in which it
holds a minority stake") is a stake of X (with "it": the main clause's subject, not a firm that tells it) in Y. The
holding takes only the figures inside its own clause: the main clause's amount and term stay
with the main clause's deal, and a sentence whose only deal is such a holding still passes its
figures to the deal told next.

It does not read a clause with no share or stake after the verb ("in which X invested", "in
which X holds board seats"), a negated one ("in which it has no stake"), a clause on no firm, an
interest shown or kept as a customer, a stake sought or held until a sale, or a share of revenue or
of debt."""
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
    ents, out = run(tmp_path, "Sunderby Labs has placed an order worth up to $2.2 billion for "
                              "backstop capacity at Byrecliff Cloud, in which it owns about 12%. "
                              "Sunderby Labs will rent from Byrecliff Cloud whatever capacity "
                              "goes unsold.")
    assert ({"investor": ["Sunderby Labs"], "investee": ["Byrecliff Cloud"]},
            {"stakePercent": "12"}) in _stakes(ents, out)
    amounts = [f.figures["amountUSD"].value for f in out.frames
               if f.family != "Stake" and "amountUSD" in f.figures]
    assert amounts == [2_200_000_000]


def test_it_is_the_main_clause_subject_not_the_teller(tmp_path):
    ents, out = run(tmp_path, "Analysts at Vexmoor Bank said Quillary AI will rent capacity from "
                              "Brassock Robotics, in which it holds 18%.")
    assert _stakes(ents, out) == [({"investor": ["Quillary AI"],
                                    "investee": ["Brassock Robotics"]}, {"stakePercent": "18"})]


def test_interest_shown_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Quillary AI has been negotiating with Brassock Robotics, in which "
                              "it has shown strong interest since the spring.")
    assert _stakes(ents, out) == []


def test_keen_interest_as_a_customer_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Quillary AI is to lease 300 megawatts from Brassock Robotics, in "
                              "which it has a keen interest as its biggest client.")
    assert _stakes(ents, out) == []


def test_sought_stake_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Quillary AI plans to buy chips from Brassock Robotics, in which "
                              "it had sought a stake in 2021 before the talks collapsed.")
    assert _stakes(ents, out) == []


def test_revenue_share_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Servers made by Brassock Robotics are resold by Quillary AI, which "
                              "distributes them for Brassock Robotics, in which it has a 15% "
                              "revenue share.")
    assert _stakes(ents, out) == []


def test_share_of_debt_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Quillary AI extended $700 million to Brassock Robotics, of which it "
                              "owns 30% of the outstanding debt.")
    assert _stakes(ents, out) == []


def test_stake_sold_since_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Quillary AI buys racks from Brassock Robotics, in which it had a "
                              "12% stake until it sold out in 2022.")
    assert _stakes(ents, out) == []


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
