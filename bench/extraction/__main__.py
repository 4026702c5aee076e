"""`python -m bench.extraction [--time] [--per-article] [--dev] [--dev2] [--dev3] [--heldout]`: the loader's P/R/F1 against the gold files.

Prints a Markdown table per fact type and overall for the bundled corpus, then for the seed
article (read from ../shared/seeds; skipped with a message when absent).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

from bench.extraction import (FACT_TYPES, overall, prf, score_article, score_corpus)
from kg import paths


def table(totals: dict) -> str:
    rows = ["| fact type | gold | extracted | correct | P | R | F1 |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for k in FACT_TYPES:
        tp, g, p = totals[k]
        if not g and not p:
            continue
        pr, rc, f1 = prf(tp, g, p)
        rows.append(f"| {k} | {g} | {p} | {tp} | {pr:.2f} | {rc:.2f} | {f1:.2f} |")
    pr, rc, f1 = overall(totals)
    g = sum(v[1] for v in totals.values())
    p = sum(v[2] for v in totals.values())
    tp = sum(v[0] for v in totals.values())
    rows.append(f"| **overall** | {g} | {p} | {tp} | {pr:.2f} | {rc:.2f} | **{f1:.2f}** |")
    return "\n".join(rows)


def _extractor(args):
    if args.extractor == "rules":
        return None
    from kg.load.llm.config import build_extractor

    return build_extractor(args.extractor, url=args.model_url, model=args.model,
                           cache_dir=args.model_cache, cache_only=args.model_cache_only)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction")
    parser.add_argument("--time", action="store_true", help="also time the extraction")
    parser.add_argument("--per-article", action="store_true", help="F1 per article too")
    parser.add_argument("--heldout", action="store_true",
                        help="also score the held-out set (bench/extraction/heldout/), which is "
                             "never used to tune rules")
    parser.add_argument("--dev", action="store_true",
                        help="also score the development set (bench/extraction/dev/), written to "
                             "tune rules on phrasings the bundled corpus lacks")
    parser.add_argument("--dev2", action="store_true",
                        help="also score the second development set (bench/extraction/dev2/), "
                             "written after the first to measure generalisation before tuning")
    parser.add_argument("--dev3", action="store_true",
                        help="also score the third development set (bench/extraction/dev3/): "
                             "phrasings unlike the others (pacts under which one pays the other, "
                             "figures and bindingness in their own sentences, titles before names)")
    parser.add_argument("--extractor", choices=("rules", "model", "both"), default="rules",
                        help="who proposes facts (model/both: --model, --model-url or the "
                             "DEALGRAPH_MODEL* environment, see README)")
    parser.add_argument("--model")
    parser.add_argument("--model-url")
    parser.add_argument("--model-cache", type=Path, default=Path("data/model-cache"),
                        help="response cache (default data/model-cache); with "
                             "--model-cache-only, replay it without network")
    parser.add_argument("--model-cache-only", action="store_true")
    args = parser.parse_args(argv)
    extractor = _extractor(args)
    articles = paths.articles_dir()
    gold = articles / "gold"
    started = time.perf_counter()
    totals, per_article = score_corpus(articles, gold, extractor)
    elapsed = time.perf_counter() - started
    print(f"## Bundled corpus ({len(per_article)} articles)\n")
    print(table(totals))
    if args.heldout:
        heldout = Path(__file__).resolve().parent / "heldout"
        held_totals, held_articles = score_corpus(heldout, heldout / "gold", extractor)
        print(f"\n## Held-out set ({len(held_articles)} articles, never used for tuning)\n")
        print(table(held_totals))
    for flag, folder, title in ((args.dev, "dev", "Development set"),
                                (args.dev2, "dev2", "Second development set"),
                                (args.dev3, "dev3", "Third development set")):
        if not flag:
            continue
        dev = Path(__file__).resolve().parent / folder
        dev_totals, dev_articles = score_corpus(dev, dev / "gold", extractor)
        print(f"\n## {title} ({len(dev_articles)} articles, used for tuning)\n")
        print(table(dev_totals))
        if args.per_article:
            print(f"\n| {folder} article | F1 |\n|---|---:|")
            for name, result in dev_articles.items():
                print(f"| {name} | {overall({k: list(v) for k, v in result.items()})[2]:.2f} |")
    if args.per_article:
        print("\n| article | F1 |\n|---|---:|")
        for name, result in per_article.items():
            print(f"| {name} | {overall({k: list(v) for k, v in result.items()})[2]:.2f} |")
    if args.time:
        print(f"\nextraction: {len(per_article)} articles in {elapsed:.2f} s "
              f"({len(per_article) / elapsed:.1f} articles/s, scoring included, "
              "first-use costs such as jieba's dictionary included)")
    seed_gold = sorted(gold.glob("seed-*.yaml"))
    for g in seed_gold:
        spec = yaml.safe_load(g.read_text(encoding="utf-8"))
        seed = paths.shared_dir() / "seeds" / spec["article"]
        if not seed.exists():
            print(f"\n(seed article {seed} not found: skipped)")
            continue
        result = score_article(seed, g, extractor)
        print(f"\n## Seed article {spec['article']}\n")
        print(table({k: list(v) for k, v in result.items()}))
    return 0


def _run() -> int:
    from kg.errors import KGError

    try:
        return main()
    except KGError as exc:          # e.g. the model endpoint is unavailable: one line, its code
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(_run())
