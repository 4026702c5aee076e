"""Store commands: import, export, query, graphs, remove, stats, backup."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import kg
from kg import changes
from kg.cli.options import open_from
from kg.cli.output import table
from kg.errors import NotFound, UsageError

QUERY_FORMATS = ["table", "json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld", "rdfxml"]


def register(sub, parent) -> None:
    p = sub.add_parser("import", parents=[parent], help="import RDF files (all or nothing)")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--graph", metavar="IRI",
                   help="target graph (default: graph/file/<file name>, for triples and a quad "
                        "file's default graph; named graphs keep their names)")
    p.add_argument("--format", help="input format (default: from the file extension)")
    p.add_argument("--add", action="store_true", help="add to existing graphs instead of replacing")
    p.add_argument("--base", metavar="IRI",
                   help="base IRI for relative IRIs in the files (default: each file's own URL)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[parent], help="export the store or one graph")
    p.add_argument("--graph", metavar="IRI")
    p.add_argument("--format", default="nquads",
                   choices=["nquads", "trig", "turtle", "ntriples", "jsonld", "rdfxml"])
    p.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("query", parents=[parent], help="run a SPARQL query")
    p.add_argument("query", help="the query text, @file.rq, or - for stdin")
    p.add_argument("--format", default="table", choices=QUERY_FORMATS)
    p.add_argument("--base", metavar="IRI",
                   help="base IRI for relative IRIs in the query, e.g. FROM <data.ttl> (default: "
                        "the query file's URL for @file.rq, none for text; BASE in the query wins)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("graphs", parents=[parent], help="list named graphs with their sizes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_graphs)

    p = sub.add_parser("remove", parents=[parent], help="remove named graphs")
    p.add_argument("graphs", nargs="+", metavar="GRAPH")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("stats", parents=[parent], help="counts of quads, graphs, firms, deals")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("backup", parents=[parent], help="write a consistent copy of the store")
    p.add_argument("directory", type=Path)
    p.set_defaults(func=cmd_backup)


def cmd_import(args) -> int:
    with open_from(args, write=True) as store:
        counts = kg.import_files(store, args.files, fmt=args.format, graph=args.graph,
                                 replace=not args.add, base_iri=args.base)
    for graph, n in counts.items():
        print(f"{graph}: {n} triples", file=sys.stderr)
    return 0


def cmd_export(args) -> int:
    with open_from(args) as store:
        data = kg.export(store, args.format, args.graph)
    _write(data, args.output)
    return 0


def read_query_argument(text: str) -> str:
    """The query itself, ``@file.rq`` or ``-`` (stdin)."""
    if text == "-":
        return sys.stdin.read()
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read query file {path}: {exc.strerror or exc}") from exc
    return text


def query_base(text: str, base: str | None) -> str | None:
    """The base IRI of a query argument: ``--base``, else the URL of an ``@file.rq``."""
    if base or not text.startswith("@"):
        return base
    return Path(text[1:]).resolve().as_uri()


def cmd_query(args) -> int:
    sparql = read_query_argument(args.query)
    with open_from(args) as store:
        result = kg.query(store, sparql, base_iri=query_base(args.query, args.base))
    if args.format == "table":
        if result.kind == "graph":
            _write(result.serialize("turtle"), None)
        else:
            print(table(result))
        return 0
    if result.kind == "graph" and args.format in ("json", "xml", "csv", "tsv"):
        fmt = {"json": "jsonld", "xml": "rdfxml"}.get(args.format, "turtle")
    elif result.kind != "graph" and args.format not in ("json", "xml", "csv", "tsv"):
        raise UsageError(f"a {result.kind.upper()} result cannot be written as {args.format}; "
                         "use json, xml, csv or tsv")
    else:
        fmt = args.format
    _write(result.serialize(fmt), None)
    return 0


def cmd_graphs(args) -> int:
    with open_from(args) as store:
        graphs = store.graphs()
    if args.json:
        print(json.dumps(graphs, indent=2, ensure_ascii=False))
    else:
        for graph, size in sorted(graphs.items()):
            print(f"{size:>9}  {graph}")
    return 0


def cmd_remove(args) -> int:
    with open_from(args, write=True) as store:
        present = store.graphs()
        missing = [g for g in args.graphs if g not in present]
        if missing:
            raise NotFound(f"no such graph: {', '.join(missing)}")
        changes.apply(store, remove=args.graphs)
    print(f"removed {len(args.graphs)} graph(s)", file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    with open_from(args) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
        return 0
    for key, what in STATS_LINES:
        print(f"{key:<11} {stats[key]:<7} {what}".rstrip())
    return 0


#: What each line of `dealgraph stats` counts (the whole store; `load` reports per article).
STATS_LINES = (
    ("backend", ""),
    ("facts", "distinct triples of the default graph (each fact once)"),
    ("quads", "stored in the named graphs (a fact two articles state is two quads)"),
    ("graphs", "named graphs"),
    ("articles", "articles"),
    ("firms", "firms (those the articles name and the reference firms)"),
    ("agreements", "agreements (a deal several articles report is one)"),
)


def cmd_backup(args) -> int:
    with open_from(args) as store:
        store.backup(args.directory)
    print(f"backup written to {args.directory}", file=sys.stderr)
    return 0


def _write(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        output.write_bytes(data)
