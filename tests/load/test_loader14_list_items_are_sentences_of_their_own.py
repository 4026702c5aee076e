"""Issue 10, fourteenth pass: document form (invented text and firm names).

- A list item ("- …", "* …", "1. …") keeps a line of its own in the plain text, so items of a
  bulleted flash or newsletter never run into one sentence (their figures then went to the deal
  of the first item): in plain text as in Markdown, in both languages.
- A warrant has shares, not a value: an amount told in a later sentence goes to no warrant, whether
  that sentence goes on about the deal ("The agreement also covers $N") or names the same pair.
- "the order book"/"the order backlog"/"the order intake" is a firm's bookings, not "the order" of
  the deal just told.
- "N% of the enlarged company" (combined, expanded, diluted, entire group) is a share of the
  company, like "of the company".
"""
from __future__ import annotations

import pytest

from kg.load.read import read_article
from kg.load.text.sentences import split_sentences
from tests.load.helpers import run


@pytest.mark.parametrize("name, body, language, items", [
    ("a.txt", "MARKET WIRE: Yelverton expands\n\n- Sunnadal agrees to spend $2.6 billion on servers\n"
              "- Delivery starts in the spring\n- Terms run for four years", "en", 3),
    ("b.md", "In brief\n\n* Ambleside takes a 600 million dollar loan\n* Kestrow buys 9,000 chips\n"
             "* Oxhey opens a hall in Leeds", "en", 3),
    ("c.md", "Key dates\n\n1. March: Yelverton signs with Sunnadal\n2. August: Kestrow joins as "
             "lender", "en", 2),
    ("d.txt", "简讯\n\n- 岚桥算力签下12亿元订单\n- 交付周期三年\n- 首批机柜明年投用", "zh", 3),
    ("e.md", "看点\n\n- 溯川资本出资8亿元入股岚桥算力\n- 雁栖云向鹭洲科技出租算力", "zh", 2),
])
def test_each_list_item_is_its_own_sentence(tmp_path, name, body, language, items):
    path = tmp_path / name
    path.write_text(body + "\n", encoding="utf-8")
    article = read_article(path)
    sentences = split_sentences(article.text, language)
    lines = [ln for ln in body.split("\n")[2:]]
    assert len(sentences) >= items + 1, [s.text for s in sentences]
    for ln in lines:     # no sentence holds text of two items
        words = ln.lstrip("-*0123456789. ")[:8]
        holders = [s.text for s in sentences if words in s.text]
        assert len(holders) == 1 and all(
            other.lstrip("-*0123456789. ")[:8] not in holders[0] for other in lines if other != ln), holders


def test_wrapped_lines_that_are_no_items_still_join(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("Title\n\nOttery Networks told investors on Friday that it\nwould sign a lease, "
                    "and its stock\n-4% down at the open bounced back.\n", encoding="utf-8")
    article = read_article(path)
    assert "that it would sign" in article.text
    assert "stock -4% down" in article.text


@pytest.mark.parametrize("body", [
    # the sentence after goes on about the deal
    "Ravensfold Systems gave Sunnadal AI a warrant on 4 million shares. The agreement also covers "
    "$1.4 billion of server purchases.",
    "Under the pact, Sunnadal AI received a warrant from Ravensfold Systems for 2.5 million shares. "
    "That deal runs alongside a $760 million supply order.",
    # the sentence after names the same pair
    "Ravensfold Systems issued Sunnadal AI a warrant to buy 3 million shares. For Ravensfold "
    "Systems, Sunnadal AI is worth $900 million in yearly sales.",
    "As part of the tie-up, Ravensfold Systems gave Sunnadal AI a warrant covering 6.5 million "
    "shares. Sunnadal AI has already paid Ravensfold Systems $310 million.",
    "Ravensfold Systems issued warrants for 11 million shares to Sunnadal AI. Analysts value "
    "Ravensfold Systems' business with Sunnadal AI at $5 billion.",
])
def test_a_warrant_takes_no_amount_from_a_later_sentence(tmp_path, body):
    _, out = run(tmp_path, body, language="en")
    warrants = [f for f in out.frames if f.family == "Warrant"]
    assert warrants and all("amountUSD" not in f.figures for f in warrants), \
        [f.figures for f in warrants]


def test_a_deal_that_is_no_warrant_still_takes_the_later_amount(tmp_path):
    _, out = run(tmp_path, "Yelverton Compute agreed to supply GPU servers to Sunnadal AI. The "
                           "contract is valued at $2.7 billion.", language="en")
    assert [float(f.figures["amountUSD"].value) for f in out.frames
            if "amountUSD" in f.figures] == [2.7e9], out.frames


@pytest.mark.parametrize("body, figure", [
    ("Sunnadal AI ordered GPU servers from Yelverton Compute. By June, the order book held $6.6 "
     "billion of work, the company said.", 6.6e9),
    ("Yelverton Compute agreed to supply GPU servers to Sunnadal AI. At quarter end the order "
     "backlog stood near $9.2 billion.", 9.2e9),
    ("Yelverton Compute won a cloud contract from Sunnadal AI.\n\nThat order book now totals 4.4 "
     "billion dollars.", 4.4e9),
    ("Sunnadal AI agreed to buy accelerators from Yelverton Compute. The order book was valued at "
     "$3.8bn at year-end.", 3.8e9),
    ("Sunnadal AI placed an order for servers with Yelverton Compute.\n\nThe order intake in the "
     "quarter came to 3.1 billion dollars.", 3.1e9),
])
def test_the_order_book_is_no_deal_told_before(tmp_path, body, figure):
    _, out = run(tmp_path, body, language="en")
    assert out.frames
    assert all(float(f.figures["amountUSD"].value) != figure for f in out.frames
               if "amountUSD" in f.figures), [f.figures for f in out.frames]


def test_the_order_itself_still_takes_the_amount(tmp_path):
    _, out = run(tmp_path, "Sunnadal AI placed an order for servers with Yelverton Compute. The "
                           "order is worth 3.1 billion dollars.", language="en")
    assert [float(f.figures["amountUSD"].value) for f in out.frames
            if "amountUSD" in f.figures] == [3.1e9], out.frames


@pytest.mark.parametrize("body, percent", [
    ("Ravensfold Systems issued Sunnadal AI a warrant over 8 million shares. Once fully exercised, "
     "it would hand Sunnadal AI about 4% of the expanded company.", 4.0),
    ("Ravensfold Systems granted Sunnadal AI a warrant for 14 million new shares. Sunnadal AI "
     "could end up with 6.5% of the combined company.", 6.5),
    ("Ravensfold Systems gave Sunnadal AI a warrant over 10 million shares.\n\n- On exercise, "
     "Sunnadal AI would own close to 9% of the enlarged group.", 9.0),
    ("Ravensfold Systems issued Sunnadal AI warrants over 12 million shares. Those would "
     "represent roughly 5.5% of the diluted company.", 5.5),
    ("Ravensfold Systems granted a warrant on 6 million shares to Sunnadal AI.\n\nExercised in "
     "one go, they equal some 3.2% of the entire group.", 3.2),
])
def test_a_share_of_the_enlarged_company_is_the_warrants(tmp_path, body, percent):
    _, out = run(tmp_path, body, language="en")
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert float(warrant.figures["stakePercent"].value) == percent, warrant.figures


def test_a_share_of_something_else_enlarged_is_no_stake(tmp_path):
    _, out = run(tmp_path, "Ravensfold Systems issued Sunnadal AI a warrant over 8 million "
                           "shares. The stock makes up about 4% of the enlarged index.", language="en")
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert "stakePercent" not in warrant.figures, warrant.figures
