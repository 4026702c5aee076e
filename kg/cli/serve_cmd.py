"""`dealgraph serve`: the web console and SPARQL endpoint, served by waitress.

Serving never writes to the store: it serves what is there (an empty store included). Writes
come only through /update and the Graph Store Protocol, and only with --update-token.
The store folder is opened shared (:mod:`kg.store.sharing`): the console holds no lock while it
only reads, follows changes other processes commit (load, import, remove from the command line)
within one request, and takes the write lock only while it writes an update.
"""
from __future__ import annotations

import os
import sys


def register(sub, parent) -> None:
    p = sub.add_parser("serve", parents=[parent],
                       help="serve the web console and the SPARQL endpoint (waitress)")
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=5000, help="port (default 5000)")
    p.add_argument("--update-token", metavar="TOKEN",
                   default=os.environ.get("DEALGRAPH_UPDATE_TOKEN"),
                   help="enable /update and Graph Store writes for 'Authorization: Bearer TOKEN' "
                        "($DEALGRAPH_UPDATE_TOKEN); off by default")
    p.add_argument("--query-timeout", type=float, default=10.0, metavar="S",
                   help="time limit per query in seconds (default 10)")
    p.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    p.add_argument("--query-workers", type=int, default=2, metavar="N",
                   help="processes that run queries, so a query past --query-timeout is really "
                        "stopped (default 2; 0 runs queries in the server process, without a limit)")
    p.add_argument("--public-base", metavar="IRI", default=None,
                   help="public base of entity IRIs (default https://w3id.org/dealgraph/)")
    p.set_defaults(func=cmd_serve)


def startup_message(base: str, where: str, updates: bool) -> str:
    """What `serve` prints: where it listens and how to send an update (never the token).

    >>> print(startup_message("http://127.0.0.1:5000/", "data/store", False))
    dealgraph console on http://127.0.0.1:5000/ (store: data/store)
      SPARQL endpoint: http://127.0.0.1:5000/sparql
      updates: off (start with --update-token TOKEN to accept them)
    """
    lines = [f"dealgraph console on {base} (store: {where})",
             f"  SPARQL endpoint: {base}sparql"]
    if updates:
        lines.append("  updates: curl -H \"Authorization: Bearer $TOKEN\" --data-urlencode "
                     f"'update=INSERT DATA {{ GRAPH <urn:example:g> {{ <urn:a> <urn:b> <urn:c> }} }}' "
                     f"{base}update   (TOKEN: the --update-token value)")
    else:
        lines.append("  updates: off (start with --update-token TOKEN to accept them)")
    return "\n".join(lines)


def cmd_serve(args) -> int:
    import waitress

    from kg.cli.options import remote_options
    from kg.store import open_store
    from webapp import create_app

    # shared: the folder's write lock is held only while an update is written, so the command
    # line can load, import, remove and query the same folder while the console runs
    store = open_store(args.store, **remote_options(args), bare=args.bare, shared=True,
                       wait=args.wait)
    config = {"STORE": store, "UPDATE_TOKEN": args.update_token or None,
              "QUERY_TIMEOUT": args.query_timeout, "QUERY_WORKERS": args.query_workers}
    if args.public_base:
        config["PUBLIC_BASE"] = args.public_base
    app = create_app(config)
    where = args.endpoint or args.store or "the default store"
    print(startup_message(f"http://{args.host}:{args.port}/", where, bool(args.update_token)),
          file=sys.stderr, flush=True)
    try:
        waitress.serve(app, host=args.host, port=args.port, threads=args.threads,
                       ident="dealgraph", clear_untrusted_proxy_headers=True,
                       max_request_body_size=app.config["MAX_CONTENT_LENGTH"] + 1024)
    finally:
        pool = app.extensions.get("dealgraph_executor")
        if pool is not None:
            pool.close()
        store.close()
    return 0
