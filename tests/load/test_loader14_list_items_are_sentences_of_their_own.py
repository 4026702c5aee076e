"""Issue 10, fourteenth pass: document form (invented text and firm names).

- A list item ("- …", "* …", "1. …") keeps a line of its own in the plain text, so items of a
  bulleted flash or newsletter never run into one sentence (their figures then went to the deal
  of the first item): in plain text as in Markdown, in both languages.
- A warrant has shares, not a value: an amount told in a later sentence goes to no warrant.
- "the order book"/"the order backlog" is a firm's bookings, not "the order" of the deal just told.
- "N% of the enlarged company" is a share of the company, like "of the company".
"""
from __future__ import annotations

import pytest

from kg.load.read import read_article
from kg.load.text.sentences import split_sentences
from tests.load.helpers import run, write


@pytest.mark.parametrize("name, body, language, items", [
    ("a.txt", "FLASH: Harrow signs\n\n- Lumio commits to pay $4 billion for capacity\n"
              "- The capacity is about 0.5 gigawatts.\n- The contract is binding", "en", 3),
    ("b.md", "Notes\n\n* Harrow sold $2 billion of notes.\n* Brisk Compute drew a $1 billion loan.\n"
             "* Lumio raised money at a $20 billion valuation.", "en", 3),
    ("c.md", "Timeline\n\n1. In May, Harrow signed with Lumio.\n2. In June, Brisk joined.", "en", 2),
    ("d.txt", "快讯\n\n- 明川智能承诺支付30亿美元\n- 合同期限五年\n- 容量约0.5吉瓦", "zh", 3),
    ("e.md", "要点\n\n- 星澜资本向明川智能投资5亿美元。\n- 云岫科技获得北辰银行贷款。", "zh", 2),
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
    path.write_text("Title\n\nHarrow Systems said on Tuesday that it\nhad signed a contract, "
                    "and shares\n-3% lower at first recovered.\n", encoding="utf-8")
    article = read_article(path)
    assert "that it had signed" in article.text
    assert "shares -3% lower" in article.text


@pytest.mark.parametrize("body", [
    "Harrow Systems issued Lumio AI a warrant to buy up to 12 million Harrow shares.\n\n"
    "Harrow chief executive Ada Moss said the order book now stands at 7.9 billion dollars.",
    "Harrow Systems granted Lumio AI a warrant over 9 million shares. The order backlog reached "
    "$6.1 billion, the company said.",
    "Harrow Systems issued Lumio AI warrants for 4 million shares. Separately, the order book "
    "grew to $3.3 billion at the end of June.",
    "Harrow Systems gave Lumio AI a warrant to buy 5 million shares. The warrant comes on top of "
    "a $2.4 billion order.",
    "Harrow Systems issued Lumio AI a warrant over 6 million shares. Harrow and Lumio said the "
    "agreement is worth $1.7 billion.",
])
def test_a_warrant_takes_no_amount_from_a_later_sentence(tmp_path, body):
    _, out = run(tmp_path, body, language="en")
    warrants = [f for f in out.frames if f.family == "Warrant"]
    assert warrants and all("amountUSD" not in f.figures for f in warrants), \
        [f.figures for f in warrants]


def test_the_order_book_is_no_deal_told_before(tmp_path):
    _, out = run(tmp_path, "Brisk Compute signed a contract with Lumio AI to provide cloud "
                           "capacity. The order book now stands at $7.9 billion.", language="en")
    assert all(float(f.figures["amountUSD"].value) != 7.9e9 for f in out.frames
               if "amountUSD" in f.figures)


@pytest.mark.parametrize("tail", [
    "If exercised in full, the warrant would give Lumio roughly 7% of the enlarged company.",
    "Fully exercised, the warrant equals about 7% of the combined group.",
])
def test_a_share_of_the_enlarged_company_is_the_warrants(tmp_path, tail):
    _, out = run(tmp_path, "Harrow Systems issued Lumio AI a warrant to buy up to 12 million "
                           "Harrow shares.\n\n- " + tail, language="en")
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert float(warrant.figures["stakePercent"].value) == 7.0
