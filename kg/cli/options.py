"""Options every command shares (the store), and opening the store they name."""
from __future__ import annotations

import argparse
import os
import sys

from kg import changes
from kg.store import Store, open_store


def store_parent() -> argparse.ArgumentParser:
    """A parent parser with --store / --endpoint / --update-endpoint / --token."""
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
    store = open_store(args.store, endpoint=args.endpoint, update_endpoint=args.update_endpoint,
                       token=args.token, bare=args.bare, shared=True,
                       wait=getattr(args, "wait", 0.0), on_wait=_tell)
    if write:
        changes.ensure_fresh(store)
    return store


def _tell(message: str) -> None:
    print(f"dealgraph: {message}", file=sys.stderr, flush=True)
