"""Sharing one embedded store folder between processes: the console and the command line at once.

RocksDB lets one process hold a folder read-write (a lock file) and any number open it
read-only; a read-only instance sees the transactions committed before it was opened. So a
*shared* :class:`~kg.store.embedded.EmbeddedStore` (what ``dealgraph serve`` and every CLI
command open) never keeps the write lock:

* it reads through a read-only instance, reopened (~15 ms) when the folder's **generation
  file** (:data:`GENERATION`) changes; checking it is one ``stat`` per read;
* a write takes the lock only for the span of one change (:func:`open_writer`: the read-write
  open costs ~25 ms), then flushes, lets the lock go and bumps the generation. The generation is
  bumped once per change, after the derived graph is current, so a reader that follows it moves
  from the state before a change to the state after it, never to one in between.

Two writers take turns: the second waits for the lock (with a message) up to its ``wait``
seconds, then fails with :class:`~kg.errors.StoreBusy` (exit 4, HTTP 503), never with RocksDB's
bare lock error.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreBusy, StoreError

#: The file in a store folder that every committed change rewrites.
GENERATION = "dealgraph-generation"
#: How often a waiting writer retries the lock.
_POLL = 0.05


def generation(folder: Path) -> tuple[int, int]:
    """The folder's current generation: (inode, mtime) of the generation file; (0, 0) if none.

    The file is replaced (a new inode) on every bump, so two bumps within the clock's
    resolution still differ.
    """
    try:
        st = os.stat(Path(folder) / GENERATION)
    except FileNotFoundError:
        return (0, 0)
    return (st.st_ino, st.st_mtime_ns)


def bump(folder: Path) -> None:
    """Tell readers of `folder` that a change was committed."""
    target = Path(folder) / GENERATION
    scratch = target.with_name(f"{GENERATION}.{os.getpid()}.tmp")
    try:
        scratch.write_text(f"{time.time_ns()} {os.getpid()}\n", encoding="ascii")
        os.replace(scratch, target)
    except OSError as exc:
        raise StoreError(f"cannot write {target}: {exc.strerror or exc}") from exc


def is_lock_error(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text


def open_writer(folder: Path, wait: float,
                on_wait: Callable[[str], None] | None = None) -> ox.Store:
    """Open `folder` read-write, waiting up to `wait` seconds while another process writes."""
    deadline = time.monotonic() + max(wait, 0.0)
    told = False
    while True:
        try:
            return ox.Store(str(folder))
        except OSError as exc:
            if not is_lock_error(exc):
                raise StoreError(f"cannot open the store at {folder}: {exc}") from exc
            if time.monotonic() >= deadline:
                raise StoreBusy(
                    f"the store at {folder} is being written by another dealgraph process; "
                    f"waited {wait:g} s for it (pass --wait SECONDS to queue longer)") from exc
            if on_wait is not None and not told:
                on_wait(f"the store at {folder} is being written by another dealgraph process; "
                        f"waiting up to {wait:g} s for it...")
                told = True
            time.sleep(_POLL)


def open_reader(folder: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(folder))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {folder} for reading: {exc}") from exc
