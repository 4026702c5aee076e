"""Issue 10, eleventh pass (precision): a post or a metric told in a sentence that names no firm
goes to the firm the text is about there, not to the firm named most often in the article
(invented text, firm and person names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _posts(ents, out):
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


def _metrics(ents, out):
    return {(ents.names.get(m.firm, m.firm), m.name) for m in out.metrics}


#: Quarrow Systems is named most often; the post belongs to the firm the sentence before names.
_BUSY = ("Quarrow Systems sells racks. Quarrow Systems also leases halls, and Quarrow Systems "
         "lends to customers. Quarrow Systems lent $900 million to Lindell Devices. ")


@pytest.mark.parametrize("body, person, role", [
    (_BUSY + "Lindell Devices shares rose 2.1% in New York. The company's chief executive, "
     "Ona Pryce, said the loan was ordinary.", "Ona Pryce", "CEO"),
    (_BUSY + "Lindell Devices did not comment further. The firm's finance chief Ivo Marsh told "
     "analysts the terms were normal.", "Ivo Marsh", "CFO"),
    (_BUSY + "Lindell Devices confirmed the loan on Friday. The group's CEO, Ada Fenn, called it "
     "routine.", "Ada Fenn", "CEO"),
])
def test_post_of_the_company_s_is_the_firm_the_sentence_before_named(tmp_path, body, person, role):
    ents, out = run(tmp_path, body)
    posts = _posts(ents, out)
    assert (person, "Lindell Devices", role) in posts
    assert not any(p == person and f != "Lindell Devices" for p, f, _ in posts)


@pytest.mark.parametrize("body, person, role", [
    (_BUSY + "\n\nLindell Devices says its sales doubled. It also says it expects to burn $2 billion. "
     "Chief executive Ona Pryce argues the gap will close.", "Ona Pryce", "CEO"),
    (_BUSY + "\n\nLindell Devices reported a loss. The company expects demand to recover next year. "
     "Finance chief Ivo Marsh said costs would fall.", "Ivo Marsh", "CFO"),
    (_BUSY + "\n\nLast year Lindell Devices opened two plants. It plans a third in Ohio. "
     "According to chief executive Ada Fenn, the plant will open in 2027.", "Ada Fenn", "CEO"),
])
def test_post_after_a_sentence_carrying_its_firm_on_by_a_pronoun_is_that_firms(
        tmp_path, body, person, role):
    ents, out = run(tmp_path, body)
    posts = _posts(ents, out)
    assert (person, "Lindell Devices", role) in posts
    assert not any(p == person and f != "Lindell Devices" for p, f, _ in posts)


def test_post_after_a_new_paragraph_stays_at_the_article_firm(tmp_path):
    body = (_BUSY + "Lindell Devices says its sales doubled. It also says it expects more.\n\n"
            "Chief executive Ona Pryce argues the loan was a normal deal.")
    ents, out = run(tmp_path, body)
    assert ("Ona Pryce", "Quarrow Systems", "CEO") in _posts(ents, out)


_NOTE_BODY = ("\n\nHallam Securities | Equity Research\n\n"
              "Pellan AI signed a letter of intent with Quenmore Micro. Pellan AI will take 2 GW. "
              "Pellan AI may take 1 GW more, and Pellan AI pays in stages. "
              "If Pellan AI converts the letter, we see upside.\n\n")


@pytest.mark.parametrize("title", [
    "Quenmore Micro (QNMR): raising estimates after the Pellan order",
    "Quenmore Micro (NASDAQ: QNMR) - still only a letter of intent",
    "Quenmore Micro (QNMR.L): upgrade to buy on the Pellan order",
])
def test_research_note_voice_speaks_of_the_firm_its_title_gives_a_ticker(tmp_path, title):
    body = (title + _NOTE_BODY + "We hosted chief executive Tomi Alder on a call after the "
            "release. We raise our FY2026 revenue forecast to $9.2 billion from $8.1 billion.")
    ents, out = run(tmp_path, body)
    assert ("Tomi Alder", "Quenmore Micro", "CEO") in _posts(ents, out)
    metrics = _metrics(ents, out)
    assert ("Quenmore Micro", "revenue") in metrics
    assert ("Pellan AI", "revenue") not in metrics


@pytest.mark.parametrize("title", [
    "# 东岳证券：星岚云（买入）——澄川锁定1吉瓦算力",
    "# 北辰证券：星岚云（增持）——澄川订单落地",
    "星岚云（维持“买入”）：澄川算力合同兑现",
])
def test_zh_research_note_rated_firm_is_the_firm_its_bare_company_means(tmp_path, title):
    body = (title + "\n\n澄川智能与星岚云签署算力合同。澄川智能将按月付费，澄川智能还计划追加订单。"
            "澄川智能此前已融资。\n\n公司CEO周文涛在业绩会上表示，明年毛利率目标为25%。")
    ents, out = run(tmp_path, body)
    assert ("周文涛", "星岚云", "CEO") in _posts(ents, out)
    assert not any(p == "周文涛" and f != "星岚云" for p, f, _ in _posts(ents, out))
