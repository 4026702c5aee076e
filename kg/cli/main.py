"""The `dealgraph` command: parse options, call the core, turn typed errors into messages.

Exit codes: 0 success; 1 ran but found problems (validation did not conform, --keep-going
skipped files); 2 usage or input error; 3 a limit was hit (timeout, size); 4 store unavailable.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from kg import __version__
from kg.cli.options import store_parent
from kg.errors import KGError

#: Modules that add sub-commands; each has ``register(subparsers, store_parent)``.
COMMAND_MODULES = ["kg.cli.store_cmds", "kg.cli.serve_cmd", "kg.cli.validate_cmd", "kg.cli.load_cmd",
                   "kg.cli.derive_cmd"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealgraph",
        description="A knowledge graph of the money and compute behind the AI build-out.",
    )
    parser.add_argument("--version", action="version", version=f"dealgraph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    parent = store_parent()
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, parent)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KGError as exc:
        print(f"dealgraph {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"dealgraph {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
