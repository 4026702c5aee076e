"""Stores: one interface (:class:`Store`), an embedded and a remote backend, and `open_store`."""
from __future__ import annotations

import os
from pathlib import Path

from kg.store.base import GraphData, Serialized, Store, to_ntriples
from kg.store.embedded import EmbeddedStore
from kg.store.remote import RemoteStore
from kg.store.results import QueryResult

#: Where the embedded store lives when neither --store nor DEALGRAPH_STORE says.
DEFAULT_STORE_DIR = Path("data") / "store"


def default_store_path() -> Path:
    """``$DEALGRAPH_STORE``, else ``./data/store``."""
    return Path(os.environ.get("DEALGRAPH_STORE") or DEFAULT_STORE_DIR)


def open_store(location: str | Path | None = None, *, endpoint: str | None = None,
               update_endpoint: str | None = None, token: str | None = None,
               user: str | None = None, password: str | None = None, auth: str = "basic",
               server: str = "auto", gsp_endpoint: str | None = None,
               read_only: bool = False, memory: bool = False, bare: bool = False,
               shared: bool = False, wait: float = 0.0, on_wait=None) -> Store:
    """Open the store the options name: a remote `endpoint`, in `memory`, or a folder.

    `bare` opens (or creates) a store that holds only the user's graphs: dealgraph writes no
    ontology, reference or derived graph into it. A folder opened bare once stays bare
    (:mod:`kg.store.layout`); a folder already holding dealgraph's graphs cannot be made bare.

    `shared` opens a folder so that other processes can use it at the same time: the write
    lock is taken per change, waiting up to `wait` seconds (`on_wait` is told once) for
    another writer (:mod:`kg.store.sharing`).

    A remote server takes a bearer `token` (else ``$DEALGRAPH_ENDPOINT_TOKEN``) or a `user` and
    `password` for HTTP `auth` ``basic`` or ``digest``; `server` names its dialect (``auto``:
    asked from its ``Server:`` header; :mod:`kg.store.dialects`).
    """
    if endpoint:
        return RemoteStore(endpoint, update_endpoint, bare=bare,
                           token=token or os.environ.get("DEALGRAPH_ENDPOINT_TOKEN"),
                           user=user, password=password, auth=auth, server=server,
                           gsp_endpoint=gsp_endpoint)
    if memory:
        return EmbeddedStore(None, bare=bare)
    return EmbeddedStore(location or default_store_path(), read_only=read_only, bare=bare,
                         shared=shared, wait=wait, on_wait=on_wait)


__all__ = [
    "Store", "EmbeddedStore", "RemoteStore", "QueryResult", "Serialized", "GraphData",
    "open_store", "default_store_path", "to_ntriples",
]
