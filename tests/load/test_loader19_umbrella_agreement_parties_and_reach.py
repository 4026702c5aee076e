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
    _, out = run(tmp_path, "沐川智能周二晚间公告，已与澄岳云签订正式协议，协议自即日起生效。该协议文本"
                           "近四十页，董事会已审议通过。这份协议此前已有传闻。\n\n关于股权部分：澄岳云以认购"
                           "新股的方式取得沐川智能12%的股份，对价约30亿美元。")
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
