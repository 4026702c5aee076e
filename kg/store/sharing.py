"""Sharing one embedded store folder between processes: the console and the command line at once.

RocksDB lets one process hold a folder read-write (a lock file) and any number open it
read-only; a read-only instance sees the transactions committed before it was opened. So a
*shared* :class:`~kg.store.embedded.EmbeddedStore` (what ``dealgraph serve`` and every CLI
command open) never keeps the write lock:

* it reads through a read-only instance, reopened (~15 ms) when the folder's **generation
  file** (:data:`GENERATION`) changes; checking it is one ``stat`` per read;
* a write takes the lock only for the span of one change (:func:`open_writer`: the read-write
  open costs ~25 ms), then flushes, lets the lock go and bumps the generation. While it runs
  the folder holds :data:`WRITING`; a reader whose snapshot lost a file to the writer's
  compaction waits for the change to end (at most :data:`READER_WAIT`), then reopens. The generation is
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
#: The file that exists while a change is under way (it holds the writer's process id).
WRITING = "dealgraph-writing"
#: How long a reader that must (re)open waits for a change under way to finish.
READER_WAIT = 30.0
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


def begin(folder: Path) -> None:
    """Say that a change is under way (readers that must reopen wait for its end)."""
    try:
        (Path(folder) / WRITING).write_text(f"{os.getpid()}\n", encoding="ascii")
    except OSError as exc:
        raise StoreError(f"cannot write {Path(folder) / WRITING}: {exc.strerror or exc}") from exc


def end(folder: Path) -> None:
    try:
        (Path(folder) / WRITING).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise StoreError(f"cannot remove {Path(folder) / WRITING}: {exc.strerror or exc}") from exc


def _writer_alive(folder: Path) -> bool:
    try:
        pid = int((Path(folder) / WRITING).read_text(encoding="ascii").strip() or 0)
    except (FileNotFoundError, ValueError):
        return False
    except OSError:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False   # a crashed writer: its stale marker tells the next writer to repair
    except PermissionError:
        return True
    return True


def wait_for_writer(folder: Path, seconds: float = READER_WAIT) -> None:
    """Wait (bounded) while a change is under way, so that a reader reopening now sees the
    state after it rather than half of it."""
    deadline = time.monotonic() + seconds
    while _writer_alive(folder) and time.monotonic() < deadline:
        time.sleep(_POLL / 2)


def lost_file(exc: BaseException) -> bool:
    """True for the error a read-only snapshot gives when a writer compacted its files away."""
    return "No such file" in str(exc)


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
