"""`dealgraph load PATH...`: read articles into the store, with a progress bar and a summary.

Exit codes: 0 everything loaded; 1 --keep-going skipped files (listed); 2 input errors (nothing
written).
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
    p.set_defaults(func=cmd_load)


def cmd_load(args) -> int:
    from kg import load_articles
    from kg.load import collect
    from kg.quiet import quiet_segmenter

    quiet_segmenter()
    files = collect(args.paths)
    progress = not args.no_progress and (sys.stderr.isatty() or len(files) > 50)
    with open_from(args, write=True) as store:
        report = load_articles(store, files, keep_going=args.keep_going, progress=progress,
                               validate_new=not args.no_validate and _has_validator())
    _summary(report)
    return 1 if report.skipped else 0


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
    _listed("warnings", report.warnings, err, "")
    if report.validation is not None:
        _listed("validation", [_message(r) for r in report.validation], err,
                " new result(s); all of them: dealgraph validate")
    if report.skipped:
        _listed("skipped", [reason for _path, reason in report.skipped], err, " file(s)")


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
