"""Issue 10, fifteenth pass: a post that opens a sentence with no firm before it, in a sentence
that names the article's firm later ("Chief financial officer X said the line was undrawn and
that <article firm> would …"), is at the article's firm — the speaker speaks for it — not at the
firm the sentence before happened to name (rules/observations.py, `_named_later`). Invented
sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_HEAD = ("# Brenlow Systems posts a record quarter\n\nBrenlow Systems said quarterly revenue "
         "doubled. Kestrel Harbor Bank arranged its new credit line, and Halden Quay Labs "
         "remains its largest customer. ")


def _posts(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


@pytest.mark.parametrize("tail, post", [
    ("Chief financial officer Ada Ferrow said the line was undrawn and that Brenlow Systems "
     "would keep it in reserve.", ("Ada Ferrow", "Brenlow Systems", "CFO")),
    ("President Lio Sante, asked about funding, replied that Brenlow Systems had no plan to sell "
     "equity this year.", ("Lio Sante", "Brenlow Systems", "President")),
    ("Chief executive Orla Vint, who joined in 2019, denied that Brenlow Systems was in talks "
     "for a second contract.", ("Orla Vint", "Brenlow Systems", "CEO")),
    ("Chairman Pell Quade added that the board of Brenlow Systems backed the spending plan.",
     ("Pell Quade", "Brenlow Systems", "Chairman")),
    ("Chief executive Ivo Marr, speaking in Leeds on Tuesday, said Brenlow Systems would hire 300 "
     "engineers.", ("Ivo Marr", "Brenlow Systems", "CEO")),
])
def test_post_is_at_the_article_firm_named_later(tmp_path, tail, post):
    found = _posts(tmp_path, _HEAD + tail)
    assert post in found, found


@pytest.mark.parametrize("tail, post", [
    # the article's firm not named in the sentence: the firm the text was about stays
    ("Chief financial officer Ada Ferrow said demand for graphics processors was strong.",
     ("Brenlow Systems", "CFO")),
    # a firm before the post owns it
    ("Halden Quay Labs chief executive Ivo Dant said Brenlow Systems was a reliable supplier.",
     ("Halden Quay Labs", "CEO")),
])
def test_post_with_its_own_firm_or_none_named_later(tmp_path, tail, post):
    found = _posts(tmp_path, _HEAD + tail)
    assert any((firm, role) == post for _, firm, role in found), found
