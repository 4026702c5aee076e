"""`python -m bench.extraction.learn [--cv] [--threshold T]`: train the learned deal check
(kg.load.learned) on the open sets' gold and write ``kg/load/learned/deal_check.json``.

Each deal the rules read as a fact in an article of an open set (the bundled corpus with the
seed article, and every split marked for tuning; never the blind split or any unseen one), as the check sees it (the frames
telling the same kinds and parties, before any merge), is one example: its features
(kg.load.learned.features) and whether it is right: the gold holds it (the same kinds and parties
in the same roles, as the scorer matches agreements), or it is the investment or the supply half
of one deal the merge unites and the gold holds (kg.load.merge.combine). A logistic model is fitted by stochastic gradient
descent with a fixed seed, so the same rules and gold give the same weights.

``--cv`` trains on all but one group of sets at a time (the groups drawn by a seeded shuffle of the
sets' names), scores the left-out sets with no check and with the check at each threshold, and
prints the totals (a few minutes). It writes nothing.
"""
from __future__ import annotations

import argparse
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from bench.extraction import _agreement_key, _n, gazetteer, prf, score_corpus
from bench.extraction.__main__ import SPLITS, split_dirs
from kg import paths
from kg.load.learned.features import deal_features
from kg.load.learned.hold_back import deals
from kg.load.learned.model import WEIGHTS, DealCheck
from kg.load.merge import combine
from kg.load.propose import Extractor
from kg.load.read import read_article
from kg.load.rules.extract import extract

#: Held back below this log-odds of being right (chosen with --cv on the open sets).
THRESHOLD = -2.0
THRESHOLDS = (-3.5, -3.0, -2.5, -2.0, -1.5, -1.0)
EPOCHS, L2 = 10, 1e-4


def _root(frame):
    """The frame another was united with (itself when none)."""
    while frame.merged_into is not None:
        frame = frame.merged_into
    return frame


def open_sets() -> list[str]:
    return ["corpus"] + [s.folder for s in SPLITS if s.tunable]


def examples(split: str) -> list[tuple[list[str], int]]:
    """(features, 1 if the gold holds the deal else 0) for each rule deal of each article."""
    articles, gold_dir = split_dirs(split)
    gaz = gazetteer()
    out = []
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        spec = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        path = articles / spec["article"]
        if gold_path.name.startswith("seed-"):          # the seed article, in ../shared
            path = paths.shared_dir() / "seeds" / spec["article"]
            if not path.exists():
                continue
        gold = {_agreement_key(a["kind"], a.get("parties") or {})
                for a in spec.get("agreements") or []}
        article = read_article(path)
        ents, sentences, ex = extract(article)
        Extractor("rules", check=False).run(article, ents, sentences, ex)

        def name(iri: str) -> str:
            entity = gaz.entities.get(iri)
            return _n(entity.label if entity is not None else ents.names.get(iri, iri))

        def key(f):
            return _agreement_key(f.kinds, {r: [name(i) for i in v] for r, v in f.roles.items()})

        groups = list(deals(ex.frames).values())
        told = [(deal_features(g, ents, article.language, groups), key(g[0]) in gold)
                for g in groups]
        combine(ex.frames)         # an investment and a supply told as one: right when that is
        for (feats, right), group in zip(told, groups):
            right = right or any(key(_root(f)) in gold for f in group)
            out.append((feats, int(right)))
    return out


def fit(data: list[tuple[list[str], int]], epochs: int = EPOCHS, rate: float = 0.2,
        l2: float = L2, seed: int = 0) -> dict[str, float]:
    """Logistic regression by SGD (deterministic: fixed seed, data in the given order)."""
    w: dict[str, float] = defaultdict(float)
    order = list(range(len(data)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, y = data[i]
            z = max(-30.0, min(30.0, sum(w[f] for f in feats)))
            g = (y - 1.0 / (1.0 + math.exp(-z))) * rate
            for f in feats:
                w[f] += g - l2 * w[f]
        rate *= 0.7
    return {k: v for k, v in w.items() if abs(v) >= 1e-3}


def cross_validate(by_split: dict[str, list], groups: int = 5, seed: int = 7) -> str:
    """Train on all but one group of sets at a time; score the left-out sets with no check and
    with the check at each threshold (every fact type, as ``python -m bench.extraction``)."""
    names = sorted(by_split)
    random.Random(seed).shuffle(names)
    totals = {t: [0, 0, 0] for t in (None, *THRESHOLDS)}    # right, gold, extracted
    for g in range(groups):
        test = names[g::groups]
        weights = fit([x for s in names if s not in test for x in by_split[s]])
        for s in test:
            articles, gold = split_dirs(s)
            for t in totals:
                check = False if t is None else DealCheck(weights, t)
                scored, _ = score_corpus(articles, gold, Extractor("rules", check=check))
                for i in range(3):
                    totals[t][i] += sum(v[i] for v in scored.values())
    lines = [f"{len(names)} open sets, each scored by a check trained without it ({groups} groups):",
             "| threshold | right | wrong | P | R | F1 |", "|---|---:|---:|---:|---:|---:|"]
    for t, (right, gold, extracted) in totals.items():
        p, r, f = prf(right, gold, extracted)
        lines.append(f"| {'no check' if t is None else t} | {right} | {extracted - right} | "
                     f"{p:.4f} | {r:.4f} | {f:.4f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction.learn",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true",
                        help="cross-validate on the open sets (a few minutes); write nothing")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    by_split = {s: examples(s) for s in open_sets()}
    if args.cv:
        print(cross_validate(by_split))
        return 0
    data = [x for s in sorted(by_split) for x in by_split[s]]
    check = DealCheck(fit(data), args.threshold, tuple(sorted(by_split)))
    args.out.write_text(check.to_json(), encoding="utf-8")
    print(f"{args.out}: {len(check.weights)} weights from {len(data)} deals of "
          f"{len(by_split)} open sets; threshold {args.threshold}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
