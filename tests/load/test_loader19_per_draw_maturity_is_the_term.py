"""Issue 10, nineteenth pass: a maturity told per draw is the facility's term.

Gold sets disagreed whether "each draw matures N years after funding" (每笔提款…到期) gives the
facility a term: dev12-dev19 annotate it as the facility's `termYears`, dev10 and dev20 did not. The
nineteenth pass settled it on the majority (docs/loader.md, "Conventions the gold sets disagree
on") and changed the two files. A per-draw phrase in a later sentence names the latest loan or
facility as a financing noun does (rules/financing_terms.py). Still no term: a per-draw sentence
whose years are bound to nothing ("draws are allowed for three years"), or naming another firm
only. Invented sentences and firms.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, run


def _term(tmp_path, body, firm, **kw):
    ents, out = run(tmp_path, body, **kw)
    for f in financings(out):
        if firm in {ents.names.get(i) for i in f.roles.get("borrower", ())}:
            return f.figures["termYears"].value if "termYears" in f.figures else None
    raise AssertionError(f"no financing of {firm}: {out.frames}")


@pytest.mark.parametrize("body, firm, years, language", [
    ("Hollmoor Digital closed a $640 million delayed-draw term loan facility with Ardenne Bank "
     "on Monday. Under the filing, every drawdown matures six years after it is funded.",
     "Hollmoor Digital", 6, None),
    ("Hollmoor Digital signed a $1.1 billion revolving credit facility with Ardenne Bank. Each "
     "advance runs for three years from the day it is made, the filing showed.",
     "Hollmoor Digital", 3, None),
    ("岚汐科技与栖鹭银行签署一笔30亿元的延迟提款贷款协议。资金可分批提取，每笔提款自提款日起五年到期。",
     "岚汐科技", 5, "zh"),
])
def test_a_maturity_told_per_draw_is_the_facilitys_term(tmp_path, body, firm, years, language):
    assert _term(tmp_path, body, firm, language=language) == years


@pytest.mark.parametrize("body, firm, language", [
    ("Hollmoor Digital closed a $640 million delayed-draw facility with Ardenne Bank. Each draw "
     "is allowed for three years.", "Hollmoor Digital", None),
    ("Hollmoor Digital closed a $640 million delayed-draw facility with Ardenne Bank. At Quorrin "
     "Cloud, every drawdown matures seven years after funding.", "Hollmoor Digital", None),
])
def test_no_term_from_a_per_draw_sentence_of_something_else(tmp_path, body, firm, language):
    assert _term(tmp_path, body, firm, language=language) is None
