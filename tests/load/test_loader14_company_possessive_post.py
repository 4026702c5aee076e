"""Issue 10, fourteenth pass: a post told after a name with "the company's" ("Mira Castell, the
company's chief executive, said"): the post is at the firm "the company" means, as with "its".
The pattern took "its" and a capitalised owner ("Broadcom's") but not "the company's", "the
firm's" or "the group's", so the post was lost (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _posts(out, ents):
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


@pytest.mark.parametrize("body, post", [
    ("Orvane Labs said on Monday it had signed a $4 billion cloud contract with Pellworth Cloud. "
     "Mira Castell, the company's chief executive, said the deal would double its capacity.",
     ("Mira Castell", "Orvane Labs", "CEO")),
    ("Tallis Compute borrowed $800 million from Rook Bank last week. Jonas Ebert, the firm's chief "
     "financial officer, called the rate reasonable.", ("Jonas Ebert", "Tallis Compute", "CFO")),
    ("Brindle Power agreed to supply 1 GW to Quarry Vale Compute. Ana Reis, the group's chairman, "
     "did not comment on the price.", ("Ana Reis", "Brindle Power", "Chairman")),
    ("Shares of Halloway Systems rose 6%. Dev Anand, the company's co-founder, told analysts the "
     "order book was full.", ("Dev Anand", "Halloway Systems", "Founder")),
    ("Kessel AI raised $2 billion from Marlow Capital. Rhea Lund, the company's CEO, said the money "
     "would buy chips.", ("Rhea Lund", "Kessel AI", "CEO")),
])
def test_company_possessive_post_is_at_that_company(tmp_path, body, post):
    ents, out = run(tmp_path, body)
    assert post in _posts(out, ents), _posts(out, ents)


def test_company_possessive_without_post_gives_none(tmp_path):
    ents, out = run(tmp_path, "Kessel AI raised $2 billion from Marlow Capital. Rhea Lund, the "
                              "company's largest shareholder, backed the round.")
    assert not any(p.person_name == "Rhea Lund" for p in out.posts), _posts(out, ents)
