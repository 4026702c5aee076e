"""`dealgraph derive`: check or rebuild the derived graph (the reference and repair tool)."""
from __future__ import annotations

import sys

from kg.cli.options import open_from
from kg.errors import UsageError


def register(sub, parent) -> None:
    p = sub.add_parser("derive", parents=[parent],
                       help="recompute the derived graph in full (--rebuild), or check it (--check)")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--rebuild", action="store_true",
                      help="recompute the whole derived graph from the sources")
    mode.add_argument("--check", action="store_true",
                      help="compare the derived graph with a full recompute; exit 1 if they differ")
    p.set_defaults(func=cmd_derive)


def cmd_derive(args) -> int:
    from kg import changes

    with open_from(args) as store:
        if store.bare:
            raise UsageError("a bare store has no derived graph")
        if args.rebuild:
            with store.writing():
                changes.refresh(store)
            print("derived graph recomputed", file=sys.stderr)
            return 0
        missing, extra = changes.derived_drift(store)
        print(f"derived graph: {len(missing)} triple(s) missing, {len(extra)} extra "
              "compared with a full recompute", file=sys.stderr)
        for triple in sorted(map(str, missing))[:10]:
            print(f"  missing {triple}", file=sys.stderr)
        for triple in sorted(map(str, extra))[:10]:
            print(f"  extra   {triple}", file=sys.stderr)
        return 1 if missing or extra else 0
