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


def _summary(report) -> None:
    err = sys.stderr
    print(f"articles   {report.articles}", file=err)
    print(f"firms      {report.firms}", file=err)
    print(f"facts      {report.facts} agreements, {report.moves} stock moves, "
          f"{report.metrics} metrics", file=err)
    print(f"triples    {report.triples}", file=err)
    print(f"warnings   {len(report.warnings)}", file=err)
    for warning in report.warnings[:20]:
        print(f"  - {warning}", file=err)
    if report.validation is not None:
        results = list(report.validation)
        print(f"validation {len(results)} new result(s)", file=err)
        for r in results[:20]:
            message = getattr(r, "message", None) or getattr(r, "messages", None) or r
            if isinstance(message, dict):
                message = message.get("en") or next(iter(message.values()), "")
            print(f"  - {message}", file=err)
    if report.skipped:
        print(f"skipped    {len(report.skipped)} file(s):", file=err)
        for path, reason in report.skipped:
            print(f"  - {reason}", file=err)
