"""Options every command shares (the store), and opening the store they name."""
from __future__ import annotations

import argparse
import os
import sys

from kg import changes
from kg.store import Store, open_store
from kg.store.dialects import DIALECTS


def store_parent() -> argparse.ArgumentParser:
    """A parent parser with --store, and --endpoint and the options of a remote server."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("store")
    group.add_argument("--store", metavar="DIR",
                       help="embedded store folder (default: $DEALGRAPH_STORE or ./data/store)")
    group.add_argument("--endpoint", metavar="URL", default=os.environ.get("DEALGRAPH_ENDPOINT"),
                       help="use a remote SPARQL 1.1 query endpoint instead ($DEALGRAPH_ENDPOINT)")
    group.add_argument("--update-endpoint", metavar="URL",
                       default=os.environ.get("DEALGRAPH_UPDATE_ENDPOINT"),
                       help="the remote server's update endpoint ($DEALGRAPH_UPDATE_ENDPOINT)")
    group.add_argument("--token", metavar="TOKEN",
                       help="bearer token for the remote server ($DEALGRAPH_ENDPOINT_TOKEN)")
    group.add_argument("--endpoint-user", metavar="USER",
                       help="user name for the remote server's HTTP authentication "
                            "($DEALGRAPH_ENDPOINT_USER)")
    group.add_argument("--endpoint-password", metavar="PASSWORD",
                       help="its password ($DEALGRAPH_ENDPOINT_PASSWORD, which keeps it out of "
                            "the process list; never printed)")
    group.add_argument("--endpoint-auth", choices=["basic", "digest"],
                       help="HTTP authentication scheme (default basic; Virtuoso's /sparql-auth "
                            "is digest) ($DEALGRAPH_ENDPOINT_AUTH)")
    group.add_argument("--server", choices=["auto", *DIALECTS],
                       help="what the remote server is, for its differences (default auto: asked "
                            "once from its Server header; docs/remote-stores.md) "
                            "($DEALGRAPH_SERVER)")
    group.add_argument("--gsp-endpoint", metavar="URL",
                       help="the server's Graph Store Protocol endpoint, for servers whose "
                            "writes are staged (Virtuoso; default: beside --update-endpoint) "
                            "($DEALGRAPH_GSP_ENDPOINT)")
    group.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                       help="while another dealgraph process (e.g. `dealgraph serve` taking an "
                            "update) writes the store folder, wait this long for it (default 60; "
                            "0: fail at once)")
    group.add_argument("--bare", action="store_true",
                       help="only your own graphs: no ontology, reference or derived graph is "
                            "written, so queries see just your data (a store folder made bare "
                            "stays bare)")
    return parent


def open_from(args: argparse.Namespace, *, write: bool = False) -> Store:
    """Open the store named by the options; a writer first repairs a stale derived graph.

    A store folder is opened shared: commands run while `dealgraph serve` (or another command)
    uses the same folder; writes take the folder's lock per change and wait for another
    writer up to ``--wait`` seconds (:mod:`kg.store.sharing`).
    """
    store = open_store(args.store, **remote_options(args), bare=args.bare, shared=True,
                       wait=getattr(args, "wait", 0.0), on_wait=_tell)
    if write:
        changes.ensure_fresh(store)
    return store


def remote_options(args: argparse.Namespace) -> dict:
    """`open_store`'s remote-server keywords from the options, else their environment
    variables (read here, not as parser defaults, so ``--help`` never shows a password)."""
    env = os.environ.get
    return {
        "endpoint": args.endpoint, "update_endpoint": args.update_endpoint,
        "token": args.token,
        "user": args.endpoint_user or env("DEALGRAPH_ENDPOINT_USER"),
        "password": args.endpoint_password or env("DEALGRAPH_ENDPOINT_PASSWORD"),
        "auth": args.endpoint_auth or env("DEALGRAPH_ENDPOINT_AUTH") or "basic",
        "server": args.server or env("DEALGRAPH_SERVER") or "auto",
        "gsp_endpoint": args.gsp_endpoint or env("DEALGRAPH_GSP_ENDPOINT"),
    }


def _tell(message: str) -> None:
    print(f"dealgraph: {message}", file=sys.stderr, flush=True)
