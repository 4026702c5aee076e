"""Issue 10, nineteenth pass: a maturity told per draw is the facility's term.

Gold sets disagreed whether a maturity told per draw (每笔提款…到期) gives the facility a term:
dev12-dev19 annotate it as the facility's `termYears`, dev10 and dev20 did not. The nineteenth pass
settled it on the majority (docs/loader.md, "Conventions the gold sets disagree on") and changed the
two files. In a later sentence with no financing noun, a per-draw phrase names the latest loan or
facility only when it opens the sentence or a clause and a maturity verb follows it
(rules/financing_terms.py, ``draw_matures`` in lexicon/cues.yaml).

Still no term: "each runs/has …" or "every one …" (other things counted one by one), a draw period
(每笔提款须在…内完成), a proposal or forecast ("had proposed that each drawdown mature", "expect each
draw to mature", 曾提议…), another firm's or financing's draws. Invented sentences and firms.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, run

LOAN = "Varnell AI signed a $900 million loan with Cobbet Bank. "
FACILITY = "Varnell AI signed a $900 million delayed-draw facility with Cobbet Bank. "
ZH_LOAN = "岚栎科技与汀岳银行签署一笔20亿元的延迟提款贷款协议。"


def _term(tmp_path, body, firm, **kw):
    ents, out = run(tmp_path, body, **kw)
    for f in financings(out):
        if firm in {ents.names.get(i) for i in f.roles.get("borrower", ())}:
            return f.figures["termYears"].value if "termYears" in f.figures else None
    raise AssertionError(f"no financing of {firm}: {out.frames}")


@pytest.mark.parametrize("body, firm, years, language", [
    ("Hollmoor Digital closed a $640 million delayed-draw term loan facility with Ardenne Bank on "
     "Monday. Ardenne will fund it in tranches through 2027, and each drawing will mature six "
     "years later.", "Hollmoor Digital", 6, None),
    ("Hollmoor Digital signed a $1.1 billion revolving credit facility with Ardenne Bank. Each "
     "advance matures three years from the day it is made, the filing showed.",
     "Hollmoor Digital", 3, None),
    ("岚汐科技与栖鹭银行签署一笔30亿元的延迟提款贷款协议。按照协议约定，每次提款自放款之日起五年后到期。",
     "岚汐科技", 5, "zh"),
])
def test_a_maturity_told_per_draw_is_the_facilitys_term(tmp_path, body, firm, years, language):
    assert _term(tmp_path, body, firm, language=language) == years


@pytest.mark.parametrize("body, firm, language", [
    ("Hollmoor Digital closed a $640 million delayed-draw facility with Ardenne Bank. Each draw "
     "is allowed for three years.", "Hollmoor Digital", None),
    ("Hollmoor Digital closed a $640 million delayed-draw facility with Ardenne Bank. At Quorrin "
     "Cloud, every drawdown matures seven years after funding.", "Hollmoor Digital", None),
    # Reviewer probes (names and figures changed): other things counted one by one, a proposal, a
    # forecast, a rival's draws, a draw period.
    (LOAN + "It also signed two power purchase agreements with Tolliver Energy; each runs for 14 "
     "years.", "Varnell AI", None),
    (LOAN + "The company rents three data halls in Ohio, and each has an eleven-year term.",
     "Varnell AI", None),
    (LOAN + "The money will buy four gas turbines, and each one runs for about 22 years.",
     "Varnell AI", None),
    (LOAN + "Every one of its customer contracts runs for six years.", "Varnell AI", None),
    (LOAN + "Proceeds go to three supply contracts; each has a seven-year term.", "Varnell AI", None),
    (FACILITY + "Cobbet had proposed that each drawdown mature in nine years, but the final terms "
     "were not disclosed.", "Varnell AI", None),
    (FACILITY + "Analysts expect each draw to mature in about eight years.", "Varnell AI", None),
    (FACILITY + "Separately, a rival's lenders agreed that every advance matures in eight years.",
     "Varnell AI", None),
    (ZH_LOAN + "每笔提款须在协议签署之日起三年内完成。", "岚栎科技", "zh"),
    (ZH_LOAN + "银行曾提议每笔提款自提款日起六年到期，但双方最终未采纳。", "岚栎科技", "zh"),
    (ZH_LOAN + "据了解，另一家云厂商的授信中，每笔提款自提款日起七年到期。", "岚栎科技", "zh"),
])
def test_no_term_from_a_per_draw_sentence_of_something_else(tmp_path, body, firm, language):
    assert _term(tmp_path, body, firm, language=language) is None
