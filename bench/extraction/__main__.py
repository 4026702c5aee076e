"""`python -m bench.extraction [--all] [--<split> ...] [--per-article] [--time]`: the loader's
P/R/F1 against the gold files (one `--<split>` flag per entry of SPLITS).

Prints a Markdown table per set (bundled corpus, seed article, each chosen split) with P, R, F1
and the number of gold facts behind each figure, per fact type and overall. The seed article is
read from ../shared/seeds (skipped with a message when absent); a split whose folder is missing
is skipped with a message. Held-out and blind splits are scored, never read for tuning, so their
per-article figures are not printed.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import NamedTuple

import yaml

from bench.extraction import (FACT_TYPES, overall, prf, score_article, score_corpus)
from kg import paths

HERE = Path(__file__).resolve().parent

class Split(NamedTuple):
    """One scored set under bench/extraction/ (a folder with a gold/ folder beside its articles)."""

    flag: str           # --<flag> scores it (and --all)
    folder: str
    title: str          # the heading of its table
    tunable: bool       # may be read and tuned on; False: scored only (totals), never read
    help: str           # what --<flag> says it is


SPLITS = (
    Split("heldout", "heldout", "Old held-out set (read for tuning in issue 10's second pass)", True,
          "the old held-out set (bench/extraction/heldout/), read for tuning since issue 10's "
          "second pass"),
    Split("blind", "blind", "Blind set", False,
          "the blind set (bench/extraction/blind/): scored only, never read"),
    Split("dev", "dev", "Development set", True,
          "the development set (bench/extraction/dev/), written to tune rules on phrasings the "
          "bundled corpus lacks"),
    Split("dev2", "dev2", "Second development set", True,
          "the second development set (bench/extraction/dev2/), written after the first to "
          "measure generalisation before tuning"),
    Split("dev3", "dev3", "Third development set", True,
          "the third development set (bench/extraction/dev3/): phrasings unlike the others (pacts "
          "under which one pays the other, figures and bindingness in their own sentences, titles "
          "before names)"),
    Split("dev4", "dev4", "Fourth development set", True,
          "the fourth development set (bench/extraction/dev4/)"),
    Split("dev5", "dev5", "Fifth development set", True,
          "the fifth development set (bench/extraction/dev5/)"),
    Split("dev6", "dev6", "Sixth development set (unseen until issue 10's seventh pass; first look "
          "0.73, then 0.76)", True, "the sixth development set (bench/extraction/dev6/)"),
    Split("dev7", "dev7", "Seventh development set (unseen: written for issue 10's seventh pass, "
          "scored only)", False,
          "the seventh development set (bench/extraction/dev7/): unseen, scored only"),
    Split("dev8", "dev8", "Paraphrase set (dev4-dev6 facts in new wording, issue 10's eighth pass)",
          True, "the paraphrase set (bench/extraction/dev8/): facts of dev4-dev6 articles told in "
          "new wording, to measure and tune how much the loader depends on phrasing"),
    Split("dev9", "dev9", "Second paraphrase set (unseen: facts of other tuned articles in new "
          "wording, scored only)", False,
          "the second paraphrase set (bench/extraction/dev9/): unseen, scored only"),
    Split("dev10", "dev10", "Tenth development set (new stories, issue 10's ninth pass; first look "
          "0.66)", True,
          "the tenth development set (bench/extraction/dev10/): new stories written for the ninth "
          "pass, tuned on after a first look"),
    Split("dev11", "dev11", "Eleventh development set (new stories, issue 10's tenth pass; first look 0.67)", True,
          "the eleventh development set (bench/extraction/dev11/): new stories written for the "
          "tenth pass"),
    Split("dev12", "dev12", "Twelfth development set (new stories, mostly financings, issue 10's "
          "tenth pass; first look 0.66)", True,
          "the twelfth development set (bench/extraction/dev12/): new stories written for the "
          "tenth pass, most of them about financings and their collateral"),
    Split("dev13", "dev13", "Thirteenth development set (new stories, bindingness and collateral, "
          "issue 10's eleventh pass; first look 0.72)", True,
          "the thirteenth development set (bench/extraction/dev13/): new stories written for the "
          "eleventh pass, most of them with bindingness or collateral told away from the deal"),
    Split("dev14", "dev14", "Fourteenth development set (new stories, market copy, moves and "
          "descriptions, issue 10's twelfth pass; first look 0.69)", True,
          "the fourteenth development set (bench/extraction/dev14/): new stories written for the "
          "twelfth pass, many of them market wraps, results and broker notes with stock moves and "
          "metrics, and deals whose parties are told by description"),
    Split("dev15", "dev15", "Fifteenth development set (new stories, deals and financings told "
          "by description, issue 10's thirteenth pass; first look 0.71)", True,
          "the fifteenth development set (bench/extraction/dev15/): new stories written for the "
          "thirteenth pass, many of them financings of many forms with collateral and "
          "bindingness, and deals whose parties are told by description"),
    Split("dev16", "dev16", "Sixteenth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's thirteenth pass; first looks 0.76 and 0.76)", True,
          "the sixteenth development set (bench/extraction/dev16/): new stories written for the "
          "thirteenth pass, a balanced mix of deal news, financings with collateral and market "
          "copy, scored at the pass's start and end before anyone read it"),
    Split("dev17", "dev17", "Seventeenth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's fourteenth pass; first looks 0.77 and 0.79)", True,
          "the seventeenth development set (bench/extraction/dev17/): new stories written for the "
          "fourteenth pass, a balanced mix like dev16, scored at the pass's start and end before "
          "anyone read it"),
    Split("dev18", "dev18", "Eighteenth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's fifteenth pass; first looks 0.75 and 0.77)", True,
          "the eighteenth development set (bench/extraction/dev18/): new stories written for the "
          "fifteenth pass, a balanced mix like dev16 and dev17, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev19", "dev19", "Nineteenth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's sixteenth pass; first looks 0.81 and 0.81)", True,
          "the nineteenth development set (bench/extraction/dev19/): new stories written for the "
          "sixteenth pass, a balanced mix like dev16-dev18, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev20", "dev20", "Twentieth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's seventeenth pass; first looks 0.81 and 0.82)", True,
          "the twentieth development set (bench/extraction/dev20/): new stories written for the "
          "seventeenth pass, a balanced mix like dev16-dev19, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev21", "dev21", "Twenty-first development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's eighteenth pass; first looks 0.80 and 0.80)", True,
          "the twenty-first development set (bench/extraction/dev21/): new stories written for the "
          "eighteenth pass, a balanced mix like dev16-dev20, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev22", "dev22", "Twenty-second development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's nineteenth pass; first looks 0.77 and 0.77)", True,
          "the twenty-second development set (bench/extraction/dev22/): new stories written for the "
          "nineteenth pass, a balanced mix like dev16-dev21, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev23", "dev23", "Twenty-third development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's twentieth pass; first looks 0.79 and 0.80)", True,
          "the twenty-third development set (bench/extraction/dev23/): new stories written for the "
          "twentieth pass, a balanced mix like dev16-dev22, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev24", "dev24", "Twenty-fourth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's twenty-first pass; first looks 0.84 and 0.84)",
          True,
          "the twenty-fourth development set (bench/extraction/dev24/): new stories written for the "
          "twenty-first pass, a balanced mix like dev16-dev23, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev25", "dev25", "Twenty-fifth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's twenty-second pass; first looks 0.77 and 0.77)",
          True,
          "the twenty-fifth development set (bench/extraction/dev25/): new stories written for the "
          "twenty-second pass, a balanced mix like dev16-dev24, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev26", "dev26", "Twenty-sixth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's twenty-third pass; first looks 0.72 and 0.72)",
          True,
          "the twenty-sixth development set (bench/extraction/dev26/): new stories written for the "
          "twenty-third pass, a balanced mix like dev16-dev25, scored at the pass's start and end "
          "before anyone read it"),
    Split("dev27", "dev27", "Twenty-seventh development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's twenty-fourth pass; first looks 0.74 and 0.75)",
          True,
          "the twenty-seventh development set (bench/extraction/dev27/): new stories written for "
          "the twenty-fourth pass, a balanced mix like dev16-dev26, scored at the pass's start and "
          "end before anyone read it"),
    Split("dev28", "dev28", "Twenty-eighth development set (new stories, a balanced mix of deals, "
          "financings and market copy, issue 10's twenty-fifth pass; first looks 0.74 and 0.75)",
          True,
          "the twenty-eighth development set (bench/extraction/dev28/): new stories written for "
          "the twenty-fifth pass, a balanced mix like dev16-dev27, scored at the pass's start and "
          "end before anyone read it"),
)


def split_dirs(split: str) -> tuple[Path, Path]:
    """(articles folder, gold folder) of a split: ``corpus`` (the bundled articles) or a folder
    of SPLITS."""
    if split == "corpus":
        articles = paths.articles_dir()
        return articles, articles / "gold"
    folders = sorted(split.folder for split in SPLITS)
    if split not in folders:
        raise SystemExit(f"{split}: no such split (one of corpus, {', '.join(folders)})")
    return HERE / split, HERE / split / "gold"


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


def per_article_table(label: str, results: dict) -> str:
    rows = [f"| {label} | F1 |", "|---|---:|"]
    for name, result in results.items():
        rows.append(f"| {name} | {overall({k: list(v) for k, v in result.items()})[2]:.2f} |")
    return "\n".join(rows)


def _extractor(args):
    if args.extractor == "rules" and not args.no_deal_check:
        return None
    from kg.load.model.config import build_extractor

    return build_extractor(args.extractor, url=args.model_url, model=args.model,
                           cache_dir=args.model_cache, cache_only=args.model_cache_only,
                           check=not args.no_deal_check)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction")
    parser.add_argument("--time", action="store_true", help="also time the extraction")
    parser.add_argument("--per-article", action="store_true",
                        help="F1 per article too (corpus and development sets only)")
    parser.add_argument("--all", action="store_true", help="score every set below")
    for split in SPLITS:
        parser.add_argument(f"--{split.flag}", action="store_true", help=f"also score {split.help}")
    parser.add_argument("--extractor", choices=("rules", "model", "both"), default="rules",
                        help="who proposes facts (model/both: --model, --model-url or the "
                             "DEALGRAPH_MODEL* environment, see README)")
    parser.add_argument("--model")
    parser.add_argument("--model-url")
    parser.add_argument("--model-cache", type=Path, default=Path("data/model-cache"),
                        help="response cache (default data/model-cache); with "
                             "--model-cache-only, replay it without network")
    parser.add_argument("--model-cache-only", action="store_true")
    parser.add_argument("--no-deal-check", action="store_true",
                        help="score the rules' deals without the learned deal check")
    args = parser.parse_args(argv)
    extractor = _extractor(args)
    articles = paths.articles_dir()
    gold = articles / "gold"
    started = time.perf_counter()
    totals, per_article = score_corpus(articles, gold, extractor)
    elapsed = time.perf_counter() - started
    print(f"## Bundled corpus ({len(per_article)} articles)\n")
    print(table(totals))
    for split in SPLITS:
        if not (args.all or getattr(args, split.flag)):
            continue
        folder = HERE / split.folder
        if not (folder / "gold").is_dir():
            print(f"\n({folder} has no gold/ folder: skipped)")
            continue
        split_totals, split_articles = score_corpus(folder, folder / "gold", extractor)
        use = "used for tuning" if split.tunable else "scored only, never used for tuning"
        print(f"\n## {split.title} ({len(split_articles)} articles, {use})\n")
        print(table(split_totals))
        if args.per_article and split.tunable:
            print("\n" + per_article_table(f"{split.folder} article", split_articles))
    if args.per_article:
        print("\n" + per_article_table("article", per_article))
    if args.time:
        print(f"\nextraction: {len(per_article)} articles in {elapsed:.2f} s "
              f"({len(per_article) / elapsed:.1f} articles/s, scoring included, "
              "first-use costs such as jieba's dictionary included)")
    for g in sorted(gold.glob("seed-*.yaml")):
        spec = yaml.safe_load(g.read_text(encoding="utf-8"))
        seed = paths.shared_dir() / "seeds" / spec["article"]
        if not seed.exists():
            print(f"\n(seed article {seed} not found: skipped)")
            continue
        result = score_article(seed, g, extractor)
        print(f"\n## Seed article {spec['article']}\n")
        print(table({k: list(v) for k, v in result.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
