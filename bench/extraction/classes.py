"""`python -m bench.extraction.classes SPLIT [SPLIT ...]`: the loader's agreement errors counted
by class, for any split. Only counts are printed, never a fact or an article name, so the unseen
splits (blind, dev7, dev9) can be described by class without being read.

An agreement is scored by its kinds and its parties by role (``bench.extraction``); one wrong role
makes a found deal both a false positive and a miss. Here each unmatched gold agreement of an
article is paired with the unmatched predicted agreement closest to it, and the pair is named by
what differs:

- ``kinds differ``: the same parties in the same roles, other kinds;
- ``roles differ``: the same firms, in other roles;
- ``parties differ``: kinds in common and at least one firm in common, other parties;
- ``missed``: a gold agreement with no such neighbour;
- ``spurious``: a predicted agreement with no such neighbour.

Figures, bindingness and collateral hang on an agreement (a collateral link on two): a miss there
is counted as ``deal not found`` when its agreement is not among the matched ones, else ``on a
found deal``; a false positive likewise (``on a wrong deal`` / ``on a found deal``).

>>> gold = (frozenset({"Loan"}), (("borrower", frozenset({"a"})), ("lender", frozenset({"b"}))))
>>> swapped = (frozenset({"Loan"}), (("borrower", frozenset({"b"})), ("lender", frozenset({"a"}))))
>>> near_miss(gold, swapped)
'roles differ'
>>> near_miss(gold, (frozenset({"Financing"}), gold[1]))
'kinds differ'
"""
from __future__ import annotations

import sys
from collections import Counter

import yaml

from bench.extraction import _equal, _unique, gold_facts, predicted_facts
from bench.extraction.__main__ import split_dirs
from kg.load.pipeline import extract_article
from kg.load.read import read_article

AGREEMENT_CLASSES = ["kinds differ", "roles differ", "parties differ", "missed", "spurious"]
HANGING = ["figure", "binding", "collateral"]


def _firms(key) -> frozenset:
    return frozenset(x for _, names in key[1] for x in names)


def near_miss(gold, pred) -> str | None:
    """What differs between a gold agreement key and a predicted one, or None if too much."""
    if gold[1] == pred[1]:
        return "kinds differ"
    if _firms(gold) == _firms(pred):
        return "roles differ"
    if (gold[0] & pred[0] or not gold[0] or not pred[0]) and _firms(gold) & _firms(pred):
        return "parties differ"
    return None


def _rank(cls: str) -> int:
    return AGREEMENT_CLASSES.index(cls)


def agreement_classes(gold: list, pred: list) -> Counter:
    """Counts per class of one article's unmatched agreements (closest pairs first)."""
    g = [x for x in _unique("agreement", gold)]
    p = [x for x in _unique("agreement", pred)]
    g_left = [x for x in g if x not in p]
    p_left = [x for x in p if x not in g]
    pairs = sorted((_rank(cls), i, j, cls) for i, x in enumerate(g_left)
                   for j, y in enumerate(p_left) if (cls := near_miss(x, y)))
    counts: Counter = Counter()
    used_g, used_p = set(), set()
    for _, i, j, cls in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            counts[cls] += 1
    counts["missed"] += len(g_left) - len(used_g)
    counts["spurious"] += len(p_left) - len(used_p)
    return counts


def hanging_classes(kind: str, gold: list, pred: list, found: set) -> Counter:
    """Misses and false positives of figures/bindingness/collateral, by whether their deal was found."""
    g, p = _unique(kind, gold), _unique(kind, pred)
    counts: Counter = Counter()
    for x in g:
        if not any(_equal(kind, x, y) for y in p):
            counts["missed on a found deal" if _deals(kind, x) <= found else "missed, deal not found"] += 1
    for y in p:
        if not any(_equal(kind, x, y) for x in g):
            counts["wrong, on a found deal" if _deals(kind, y) <= found else "wrong, on a wrong deal"] += 1
    return counts


def _deals(kind: str, fact) -> set:
    """The agreements a fact hangs on: a collateral link hangs on its financing and its pledged
    agreement (not on an asset)."""
    if kind == "collateral" and fact[1] != "asset":
        return {fact[0], fact[1]}
    return {fact[0]}


def split_classes(split: str) -> dict[str, Counter]:
    """Error classes summed over a split's articles: 'agreement' and each hanging fact type."""
    articles, gold_dir = split_dirs(split)
    totals: dict[str, Counter] = {k: Counter() for k in ["agreement", *HANGING]}
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        if gold_path.name.startswith("seed-"):
            continue
        spec = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        _, data, _ = extract_article(read_article(articles / spec["article"]), None)
        gold, pred = gold_facts(spec), predicted_facts(data)
        g_deals, p_deals = gold.by_type.get("agreement", []), pred.by_type.get("agreement", [])
        totals["agreement"] += agreement_classes(g_deals, p_deals)
        found = set(g_deals) & set(p_deals)
        for kind in HANGING:
            totals[kind] += hanging_classes(kind, gold.by_type.get(kind, []),
                                            pred.by_type.get(kind, []), found)
    return totals


def table(split: str, totals: dict[str, Counter]) -> str:
    rows = [f"## {split}", "", "| fact type | error class | count |", "|---|---|---:|"]
    for kind, counts in totals.items():
        order = AGREEMENT_CLASSES if kind == "agreement" else sorted(counts)
        rows += [f"| {kind} | {cls} | {counts[cls]} |" for cls in order if counts[cls]]
    return "\n".join(rows)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        raise SystemExit(__doc__.split("\n\n")[0])
    for split in argv:
        print(table(split, split_classes(split)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
