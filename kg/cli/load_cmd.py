"""`dealgraph load PATH...`: read articles into the store, with a progress bar and a summary.

Exit codes: 0 everything loaded; 1 --keep-going skipped files or fell back to rules (listed);
2 input errors (nothing written); 4 the model endpoint failed (nothing written).
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.cli.options import open_from


def register(sub, parent) -> None:
    p = sub.add_parser("load", parents=[parent],
                       help="load articles (.txt, .md, .html files or folders)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--keep-going", action="store_true",
                   help="skip files that cannot be read and load the rest (exit 1)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-validate", action="store_true",
                   help="do not report the validation results the new data introduced")
    m = p.add_argument_group("extraction (README: Pointing dealgraph at a model)")
    m.add_argument("--no-deal-check", action="store_true",
                   help="keep every deal the rules read: no learned deal check (docs/loader.md)")
    m.add_argument("--extractor", choices=("rules", "model", "both"), default="rules",
                   help="who proposes facts; the verifier decides for the model (default rules)")
    m.add_argument("--model-url", metavar="URL",
                   help="OpenAI-compatible base URL (default $DEALGRAPH_MODEL_URL)")
    m.add_argument("--model", metavar="NAME", help="model name (default $DEALGRAPH_MODEL)")
    m.add_argument("--model-cache", metavar="DIR", type=Path,
                   help="response cache folder (default <store folder>/model-cache)")
    m.add_argument("--model-cache-only", action="store_true",
                   help="replay cached responses only, no network")
    m.add_argument("--model-timeout", type=float, default=120.0, metavar="SECONDS")
    m.add_argument("--model-retries", type=int, default=3, metavar="N",
                   help="retries with backoff on timeouts, 429 and 5xx (default 3)")
    m.add_argument("--model-stream", action="store_true", help="ask for a streamed answer")
    m.add_argument("--model-concurrency", type=int, default=4, metavar="N",
                   help="requests in flight per article (default 4)")
    m.add_argument("--explain", metavar="FILE", type=Path,
                   help="write every proposed fact and the verifier's verdict (JSON lines)")
    p.set_defaults(func=cmd_load)


def cmd_load(args) -> int:
    from kg import load_articles
    from kg.load import collect
    from kg.quiet import quiet_segmenter

    quiet_segmenter()
    files = collect(args.paths)
    progress = not args.no_progress and (sys.stderr.isatty() or len(files) > 50)
    extractor = _extractor(args)
    with open_from(args, write=True) as store:
        report = load_articles(store, files, keep_going=args.keep_going, progress=progress,
                               validate_new=not args.no_validate and _has_validator(),
                               extractor=extractor)
    _summary(report)
    tally = report.extraction
    if tally is not None and args.explain:
        _explain(tally, args.explain)
    return 1 if report.skipped or (tally is not None and tally.fallbacks) else 0


def _extractor(args):
    if args.extractor == "rules":
        if args.explain:
            from kg.errors import UsageError

            raise UsageError("--explain lists what the verifier made of proposed facts: "
                             "use it with --extractor model or both")
        if args.no_deal_check:
            from kg.load.propose import Extractor

            return Extractor("rules", check=False)
        return None       # the rule pipeline with the shipped deal check
    from kg.load.model.config import build_extractor, default_cache

    cache = args.model_cache or default_cache(args.store, remote=bool(args.endpoint))
    return build_extractor(args.extractor, url=args.model_url, model=args.model,
                           cache_dir=cache, cache_only=args.model_cache_only,
                           keep_going=args.keep_going, timeout=args.model_timeout,
                           retries=args.model_retries, concurrency=args.model_concurrency,
                           stream=args.model_stream, check=not args.no_deal_check)


def _explain(tally, path: Path) -> None:
    import dataclasses
    import json

    with path.open("w", encoding="utf-8") as f:
        for record in tally.records:
            f.write(json.dumps(dataclasses.asdict(record), ensure_ascii=False) + "\n")


def _has_validator() -> bool:
    try:
        import kg.validate  # noqa: F401
    except ImportError:
        return False
    return True


#: Lines listed per section before "... and N more".
SHOWN = 20


def _summary(report) -> None:
    """What this load read, per article (`dealgraph stats` counts the whole store, each fact
    once): a deal two articles report is two statements here and one agreement there."""
    err = sys.stderr
    print(f"articles   {report.articles} loaded", file=err)
    print(f"firms      {report.firms} named in them", file=err)
    print(f"statements {report.facts} about agreements, {report.moves} about stock moves, "
          f"{report.metrics} about metrics (per article)", file=err)
    print(f"triples    {report.triples} written to the article graphs", file=err)
    if report.extraction is not None:
        _extraction(report.extraction, err)
    _listed("warnings", report.warnings, err, "")
    if report.validation is not None:
        _listed("validation", [_message(r) for r in report.validation], err,
                " new result(s); all of them: dealgraph validate")
    if report.skipped:
        _listed("skipped", [reason for _path, reason in report.skipped], err, " file(s)")


def _extraction(tally, err) -> None:
    from kg.load.propose import describe_counts

    print(f"model      {tally.requests} request(s), {tally.cached} cached; tokens "
          f"{tally.prompt_tokens} prompt + {tally.completion_tokens} completion", file=err)
    _listed("facts", describe_counts(tally), err, " proposer(s)")
    if tally.fallbacks:
        _listed("fallback", [f"{a}: {why}" for a, why in tally.fallbacks], err,
                " article(s) fell back to rules")


def _listed(title: str, items: list, err, what: str) -> None:
    print(f"{title:<10} {len(items)}{what}", file=err)
    for item in items[:SHOWN]:
        print(f"  - {item}", file=err)
    if len(items) > SHOWN:
        print(f"  ... and {len(items) - SHOWN} more", file=err)


def _message(result) -> str:
    message = getattr(result, "message", None) or getattr(result, "messages", None) or result
    if isinstance(message, dict):
        message = message.get("en") or next(iter(message.values()), "")
    return str(message)
