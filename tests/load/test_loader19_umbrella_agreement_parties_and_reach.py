"""Issue 10, nineteenth pass: a pair's definitive agreement told as a whole binds the pair's deals
its next sentences tell (rules/cues.py `_umbrella_agreement`), now also when

- the sentence names the pair only as "the two sides" (双方签署…最终协议): the pair is that of the
  sentence's own deal, the one the rules read from it;
- sentences that name no firm and refer back to the agreement itself ("The pact ends fourteen
  months of talks.", 该协议…) go on telling it: they do not use up the reach of two sentences.

It does not reach past two other sentences (a section heading, a firm's share move, a rival's
comment, a firmless remark that does not name the agreement: the thirteenth pass's test), nor read
an agreement still to be signed."""
from tests.load.helpers import run


def _stake_binding(out):
    return [f.binding for f in out.frames if f.family == "Stake"]


def test_two_sides_take_the_pair_of_their_own_deal(tmp_path):
    _, out = run(tmp_path, "栖峦云和岚汀智能的谈判拖了大半年。\n\n直到上周，双方才在深圳签下最终协议。"
                           "栖峦云认购岚汀智能新发行的股份，持股比例为7.5%，对价4.4亿美元。")
    assert _stake_binding(out) == [True]


def test_firmless_sentences_about_the_agreement_keep_the_reach(tmp_path):
    _, out = run(tmp_path, "Wrexley Compute and Donnabar AI on Friday signed a definitive agreement. "
                           "The pact ends fourteen months of talks. The agreement was approved by "
                           "both boards over the weekend.\n\nThe terms are simple. Wrexley Compute will own 14% "
                           "of Donnabar AI, a holding valued at $1.7 billion.")
    assert _stake_binding(out) == [True]


def test_zh_firmless_sentences_about_the_agreement(tmp_path):
    _, out = run(tmp_path, "澄岳云与沐川智能上周五签订正式协议。该协议须经股东大会批准。按照协议，"
                           "澄岳云将以约30亿美元认购沐川智能新股，持股12%。")
    assert _stake_binding(out) == [True]


def test_new_paragraphs_use_up_the_reach(tmp_path):
    _, out = run(tmp_path, "Wrexley Compute and Donnabar AI on Friday signed a definitive agreement."
                           "\n\nThe talks took fourteen months.\n\nA closer look.\n\nWrexley Compute "
                           "will own 14% of Donnabar AI, a holding valued at $1.7 billion.")
    assert _stake_binding(out) == [None]


def test_firm_sentences_use_up_the_reach(tmp_path):
    _, out = run(tmp_path, "Wrexley Compute and Donnabar AI on Friday signed a definitive agreement. "
                           "Wrexley Compute shares rose 3%. Ilvane Labs, a rival, said it was "
                           "watching. Wrexley Compute will own 14% of Donnabar AI, a holding valued "
                           "at $1.7 billion.")
    assert _stake_binding(out) == [None]


def test_two_sides_yet_to_sign(tmp_path):
    _, out = run(tmp_path, "栖峦云是岚汀智能的老股东。\n\n双方尚未签署最终协议，细节仍在商谈。按照初步安排，"
                           "栖峦云将持有岚汀智能约9%的股份。")
    assert True not in _stake_binding(out)


def test_pin_sentences_about_the_firms_or_their_banks_use_up_the_reach(tmp_path):
    """Twentieth pass, after review: only a sentence about the agreement itself
    (``umbrella_anaphora``) leaves the reach; the firms' shares, their banks, "the plan" count."""
    _, out = run(tmp_path, "Wrexley Compute and Donnabar AI on Friday signed a definitive agreement. "
                           "The companies' shares fell 2% on Monday. The banks advising them were "
                           "paid $40 million. That plan had been shelved in 2023. Wrexley Compute "
                           "will own 14% of Donnabar AI, a holding valued at $1.7 billion.")
    assert _stake_binding(out) == [None]


def test_pin_zh_sentences_about_the_two_sides_use_up_the_reach(tmp_path):
    _, out = run(tmp_path, "栖峦云与岚汀智能周五签署正式协议。双方股价周一均下跌。该协议之外，市场另有传闻。"
                           "双方高管此前曾多次会面。栖峦云将持有岚汀智能12%的股份，对价约30亿美元。")
    assert _stake_binding(out) == [None]


def test_pin_a_banks_loan_gives_the_two_sides_no_pair(tmp_path):
    """Twentieth pass, after review: 双方's pair is taken from the sentence's own deal, never from a
    financing told beside it (a bank's bridge loan)."""
    _, out = run(tmp_path, "双方上周签下最终协议，澜海银行为栖峦云提供5亿美元过桥贷款，用于收购岚汀智能。"
                           "澜海银行还将认购栖峦云2%的股份。")
    assert _stake_binding(out) == [None]
