"""`dealgraph validate`: run the SHACL shapes over the store and print or write the report.

Exit codes as pySHACL: 0 conforms, 1 does not conform at the --fail-on level, 2 error.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.cli.options import open_from
from kg.errors import UsageError

FORMATS = ("text", "turtle", "json")


def register(sub, parent) -> None:
    p = sub.add_parser(
        "validate", parents=[parent], help="check the store against the SHACL shapes",
        description="Validate the store with the SHACL shapes (default: the project's shapes/). "
                    "Exit 0 if it conforms, 1 if a result is at or above --fail-on, 2 on error.")
    p.add_argument("--shapes", nargs="+", metavar="PATH", type=Path,
                   help="shapes files or folders (default: the project's shapes/)")
    p.add_argument("--graph", metavar="IRI",
                   help="report only focus nodes stated in this named graph")
    p.add_argument("--format", default="text", choices=FORMATS)
    p.add_argument("--lang", default="en", choices=["en", "zh"],
                   help="language of the text format's messages (json and turtle carry both)")
    p.add_argument("--fail-on", default="violation", choices=["violation", "warning", "info"],
                   help="lowest severity that makes the run fail (default: violation)")
    p.add_argument("--output", "-o", type=Path, help="write the report here instead of stdout")
    p.add_argument("--engine", default="fast", choices=["fast", "pyshacl"],
                   help="fast: shapes compiled to SPARQL on the store (default); "
                        "pyshacl: the reference validator")
    p.set_defaults(func=cmd_validate)


def cmd_validate(args) -> int:
    from kg.validate import validate

    with open_from(args) as store:
        if args.graph and args.graph not in store.graphs():
            raise UsageError(f"no such graph: {args.graph}")
        report = validate(store, shapes=args.shapes, graph=args.graph, engine=args.engine,
                          fail_on=args.fail_on)
    if args.format == "text":
        text = report.to_text(args.lang)
    elif args.format == "json":
        text = report.to_json()
    else:
        text = report.to_turtle()
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
        counts = report.counts()
        print(f"{'conforms' if report.conforms else 'does not conform'}: "
              + ", ".join(f"{n} {s.lower()}" for s, n in counts.items())
              + f"; report written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return report.exit_code
