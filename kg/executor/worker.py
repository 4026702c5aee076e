"""The worker process: hardened, holding a read-only store, answering one request at a time."""
from __future__ import annotations

import os
import signal
import time
from typing import Any

import pyoxigraph as ox

from kg.errors import KGError, QueryError, StoreError
from kg.executor.work import _execute_native

# --------------------------------------------------------------------------------------------
# The worker process.
# --------------------------------------------------------------------------------------------
def _harden_worker(memory_bytes: int | None) -> None:
    """Memory cap, die with the parent, leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_bytes:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        except (ImportError, ValueError, OSError):  # pragma: no cover - not Linux
            pass
    try:  # Linux: SIGKILL this worker if the parent dies, so no orphan keeps burning CPU.
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        # glibc reserves 64 MB of address space per thread arena; RocksDB's threads would
        # eat the RLIMIT_AS budget with reservations alone.
        libc.mallopt(-8, 2)  # M_ARENA_MAX
    except (OSError, AttributeError):  # pragma: no cover - not Linux/glibc
        pass


def _open_read_only(path: str):
    from kg.store.embedded import EmbeddedStore

    last: Exception | None = None
    for attempt in range(8):
        # The writer's background compaction deletes files while a read-only open reads the
        # file list ("Corruption: IO error: No such file"): retry, the next open sees new files.
        try:
            return EmbeddedStore(path, read_only=True)
        except (StoreError, OSError, RuntimeError) as exc:
            last = exc
            time.sleep(0.01 * (attempt + 1))
    raise StoreError(f"cannot open the store read-only at {path}: {last}")


def _vanished_file(exc: BaseException) -> bool:
    text = str(exc)
    return "No such file" in text or "IO error" in text


def _worker_main(conn, path: str | None, memory_bytes: int | None) -> None:
    """Entry point of a worker process: answer requests on `conn` until told to stop."""
    _harden_worker(memory_bytes)
    store = None
    generation = 0
    try:
        if path is not None:
            store = _open_read_only(path)
        conn.send(("ready", os.getpid()))
    except KGError as exc:
        conn.send(("error", type(exc).__name__, str(exc)))
        return
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        op, wanted_generation, payload = message
        try:
            if op == "dryrun_update":
                reply = ("ok", _dry_run(payload))
            else:
                if store is None:
                    raise StoreError("this worker has no store")
                if wanted_generation != generation:
                    store = None  # release the old snapshot first
                    store = _open_read_only(path)
                    generation = wanted_generation
                try:
                    reply = ("ok", _execute_native(store, op, payload))
                except (QueryError, RuntimeError, OSError) as exc:
                    if not _vanished_file(exc):
                        raise
                    # A file of the old snapshot went away under compaction: reopen, retry once.
                    store = None
                    store = _open_read_only(path)
                    reply = ("ok", _execute_native(store, op, payload))
        except KGError as exc:
            reply = ("error", type(exc).__name__, str(exc))
        except MemoryError:
            reply = ("error", "ResourceLimit", "the query needed more memory than this server allows")
        except Exception as exc:  # anything unexpected is still one typed, explainable error
            reply = ("error", "QueryError", f"query failed: {type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except Exception as exc:  # e.g. a result that cannot be pickled
            conn.send(("error", "QueryError", f"query failed: cannot return the result: {exc}"))


def _dry_run(p: dict[str, Any]) -> None:
    """Parse and plan an update against an empty in-memory store (errors are the real run's)."""
    try:
        ox.Store().update(p["sparql"], base_iri=p.get("base_iri"))
    except (SyntaxError, ValueError, OSError, RuntimeError):
        pass  # the real update reports these with the store's own messages


