"""A lender told after the financing noun of a loan whose template named only its borrower: "X's
European unit has agreed a 1.2 billion euro loan, roughly $1.4 billion, from Y" (an amount in
another currency, an aside between commas). The firm a lender marker introduces right after the
noun ("from Y", "provided by Y"; "with Y" only for a bank or fund) lends, when the stretch between
holds no new clause (`loan_lender_after` in lexicon/relations.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.slots import Slotted, firm_types
from kg.load.vocab import lexicon

_FINANCINGS = ("Loan", "Facility", "Financing")


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    spec = lexicon()["loan_lender_after"]
    return (re.compile(spec["after_noun"], re.I), re.compile(spec["new_clause"], re.I),
            frozenset(spec["with_types"]))


def lenders_after_noun(frames: list[Frame], slotted: Slotted, ents: Entities) -> None:
    """Add the lender told after the noun to each borrower-only financing frame of the sentence."""
    lone = [f for f in frames if f.family in _FINANCINGS and set(f.roles) == {"borrower"}]
    if len(lone) != 1 or "⟦" not in slotted.text:
        return
    after, new_clause, with_types = _rules()
    f = lone[0]
    for m in after.finditer(slotted.text):
        if new_clause.search(m.group("gap")):
            continue
        iris = [i for i in slotted.slots[int(m.group("n"))] if i not in f.roles["borrower"]]
        if not iris or (m.group("marker").lower() == "with"
                        and not all(firm_types(ents, i) & with_types for i in iris)):
            continue
        f.roles["lender"] = iris
        f.rule += ".lender_after"
        return
