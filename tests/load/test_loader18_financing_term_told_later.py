"""Issue 10, eighteenth pass: a financing's term told in a later sentence that tells no financing
of its own (``rules/financing_terms.py``, ``financing_term`` in lexicon/cues.yaml). The one duration
of the sentence goes to the latest loan, facility or bond when it is bound to a financing noun ("a
three-year bridge loan", "it is eleven-year paper") or to a maturity word ("runs for six years", "an
eight-year maturity", 期限为六年) and the sentence names the financing. Not read: years bound to no financing word (chips delivered over three years, a planning
horizon), another firm's loan, a benchmark's years (ten-year Treasuries, 5年期以上LPR), another
financing of the firm (existing facilities, a revolver the loan replaces, 此前的借款), a refinancing
horizon, and a financing that has its term already. Invented sentences and
firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, run


def _terms(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return {ents.names.get(sorted(f.roles.get("borrower") or f.roles.get("issuer") or {"?"})[0], "?"):
            (f.figures["termYears"].value if "termYears" in f.figures else None)
            for f in financings(out) + [f for f in out.frames if f.family == "Bond"]}


@pytest.mark.parametrize("body, firm, years, language", [
    ("Tollmere Digital borrowed $450 million from Vashti Bank last week. It is a three-year bridge "
     "loan, the filing said.", "Tollmere Digital", 3, None),
    ("Ostrevane Grid arranged a $780 million revolving credit facility with Haldmere Bank. "
     "According to the filing, the revolver runs for six years.", "Ostrevane Grid", 6, None),
    ("Ostrevane Grid drew $780 million under a revolving credit facility from Haldmere Bank in "
     "March. Under the amended terms its revolver carries an eight-year maturity.",
     "Ostrevane Grid", 8, None),
    ("Brisketh Systems sold $1.2 billion of senior notes to Ysolde Asset Management. It is "
     "eleven-year paper, according to the offering memorandum.", "Brisketh Systems", 11, None),
    ("Ostrevane Grid arranged a $780 million credit facility with Haldmere Bank. Ostrevane Grid's "
     "new facility is a seven-year revolver, the filing shows.", "Ostrevane Grid", 7, None),
    ("昀澈科技与澄岭银行签署一笔20亿美元贷款协议。该笔贷款期限为六年，利率随市场浮动。", "昀澈科技", 6, "zh"),
])
def test_a_term_told_after_the_financing_is_its_term(tmp_path, body, firm, years, language):
    terms = _terms(tmp_path, body, language=language)
    assert terms.get(firm) == years, terms


@pytest.mark.parametrize("body, firm, language", [
    ("Ostrevane Grid signed a $780 million loan with Haldmere Bank. Chips bought with the money "
     "arrive over three years.", "Ostrevane Grid", None),
    ("Ostrevane Grid signed a $780 million loan with Haldmere Bank. Pricing tracks a nine-year "
     "swap curve.", "Ostrevane Grid", None),
    ("Ostrevane Grid signed a $780 million loan with Haldmere Bank. Pembrook Cloud's own "
     "nine-year loan from Aldous Bank was repaid in May.", "Ostrevane Grid", None),
    ("昀澈科技与澄岭银行签署一笔20亿美元贷款协议。公司计划在未来三年内完成扩建。", "昀澈科技", "zh"),
    # Reviewer probes (names and figures changed): a benchmark's years, another financing's, a
    # refinancing horizon.
    ("Dorrance AI sold $1.8 billion of notes to investors led by Strathy Capital. Pricing on "
     "the notes came in 165 basis points over ten-year Treasury bonds.", "Dorrance AI", None),
    ("Dorrance AI sold $1.8 billion of notes to investors led by Strathy Capital. The new "
     "notes rank equally with nine-year bonds it sold in 2022.", "Dorrance AI", None),
    ("Dorrance AI borrowed $2.4 billion from Strathy Bank for a data centre. Its existing "
     "facilities mature in six years, Dorrance AI said.", "Dorrance AI", None),
    ("Dorrance AI borrowed $2.4 billion from Strathy Bank for a data centre. The loan takes the "
     "place of a three-year revolver due to lapse in June.", "Dorrance AI", None),
    ("Dorrance AI borrowed $2.4 billion from Strathy Bank for a data centre. The loan will "
     "probably be refinanced within four years, analysts said.", "Dorrance AI", None),
    ("Dorrance AI borrowed $2.4 billion from Strathy Bank for a data centre. Interest on the loan "
     "is set over the yield of seven-year Treasury notes.", "Dorrance AI", None),
    ("栖岚银行向霁禾科技提供35亿美元贷款。贷款定价以5年期以上LPR为基础下浮15个基点。",
     "霁禾科技", "zh"),
    ("栖岚银行向霁禾科技提供35亿美元贷款。公司此前的一笔借款期限为七年，已于去年还清。",
     "霁禾科技", "zh"),
])
def test_no_term_from_years_of_something_else(tmp_path, body, firm, language):
    terms = _terms(tmp_path, body, language=language)
    assert firm in terms and terms[firm] is None, terms


def test_a_term_told_with_the_loan_is_kept(tmp_path):
    terms = _terms(tmp_path, "Ostrevane Grid signed a five-year, $780 million loan with Haldmere "
                             "Bank. The nine-year loan it replaces was repaid in May.")
    assert terms.get("Ostrevane Grid") == 5, terms
