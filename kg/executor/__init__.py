"""Time-limited, capped query execution that really stops runaway work.

pyoxigraph has no query timeout or cancel API, and a Python thread cannot be killed. So the
:class:`Executor` runs queries in a small pool of worker **processes**, each holding a read-only
Oxigraph store opened on the embedded store's folder (``pyoxigraph.Store.read_only``; it may be
opened while the serving process holds the read-write store). A query goes to a free worker
with a deadline; past it the worker is killed (SIGKILL) and replaced in the background, and the
caller gets :class:`~kg.errors.QueryTimeout` at once. The other workers keep answering.

The same isolation contains what a timeout cannot: a query that overflows the engine's stack
(deeply nested or very long queries make pyoxigraph segfault) or exhausts the per-worker memory
limit (``RLIMIT_AS``; pyoxigraph aborts the process when an allocation fails) kills only its
worker; the caller gets a 4xx-class error and the pool replaces the worker.

Writes stay in the parent's read-write store. After each write call :meth:`Executor.notify_write`:
it bumps a generation number, and a worker whose store is older reopens it before its next
query (~10 ms). Every write is one transaction and a read-only store sees exactly the
transactions committed before it was opened, so readers never see stale data from before a
finished write, nor a half-written one.

Caps (each a typed error): result rows (:class:`~kg.errors.ResourceLimit`, 413), serialised
result size (413), query text size and nesting (:func:`kg.safe_rdf.check_sparql`), concurrent
queries (a bounded wait, then :class:`~kg.errors.Busy`, 503).

User updates can crash the serving process the same way queries crash a worker, so
:meth:`Executor.vet_update` first dry-runs an update in a worker against an empty in-memory
store (same parser, same plan, no data) and refuses it if that worker dies or times out.

Stores without a folder fall back to running in this process with the same caps: in-memory
stores (tests) get **no** time limit, since only a process can be stopped; remote stores are
bounded by the remote backend's own HTTP timeout.

>>> from kg.store import EmbeddedStore
>>> with Executor(EmbeddedStore(), max_rows=1) as ex:   # in memory: runs in-process
...     ex.query("ASK { }").boolean
True
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
import weakref
from collections import Counter
from pathlib import Path
from typing import Any


from kg import errors
from kg.errors import Busy, KGError, QueryError, QueryTimeout, ResourceLimit, StoreError
from kg.safe_rdf import check_sparql
from kg.store.bindings import wire
from kg.store.base import Serialized, Store
from kg.store.guard import check_no_outbound
from kg.store.results import QueryResult

log = logging.getLogger(__name__)

#: Defaults (``dealgraph serve`` exposes them as options).
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MAX_RESULT_BYTES = 64 * 2**20
DEFAULT_MEMORY_MB = 2048
DEFAULT_QUEUE_WAIT = 2.0
_READY_TIMEOUT = 60.0


from kg.executor.work import _execute, _result_from_wire
from kg.executor.worker import _worker_main

# --------------------------------------------------------------------------------------------
# The parent side.
# --------------------------------------------------------------------------------------------
class _Worker:
    __slots__ = ("process", "conn", "pid", "_closing", "_closed", "__weakref__")

    def __init__(self, process, conn):
        self.process, self.conn, self.pid = process, conn, process.pid
        self._closing, self._closed = threading.Lock(), False

    def close_conn(self) -> None:
        """Close the parent's end of the pipe once, whichever thread gets here first: `close()`
        and a respawn thread discarding a worker that failed to start may both close it, and a
        second `os.close` of the number would fail (EBADF) or close an unrelated file."""
        with self._closing:
            if not self._closed:
                self._closed = True
                self.conn.close()


def _error_from(name: str, message: str) -> KGError:
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, KGError)):
        cls = QueryError
    return cls(message)


def _kill_all(workers: set) -> None:
    """Finalizer: no worker outlives its executor."""
    for worker in list(workers):
        try:
            os.kill(worker.pid, signal.SIGKILL)
        except (OSError, TypeError):
            pass


class Executor:
    """Runs queries with a time limit, row/size caps and a concurrency cap.

    `store` is an :class:`~kg.store.EmbeddedStore` (on disk: a process pool on its folder; in
    memory: in-process, no time limit), a store folder (``str``/``Path``: a process pool; the
    caller holds the read-write store), or any other :class:`Store` (in-process, e.g. remote).

    ``max_concurrent`` queries may be admitted at once (running or waiting for a free worker);
    a query that cannot get a slot and a worker within ``queue_wait`` seconds gets :class:`Busy`.
    """

    def __init__(self, store: Store | str | Path, *, workers: int = 2,
                 timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                 max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
                 max_concurrent: int | None = None, queue_wait: float = DEFAULT_QUEUE_WAIT,
                 memory_mb: int | None = DEFAULT_MEMORY_MB, max_query_bytes: int | None = None,
                 start_method: str = "spawn"):
        if workers < 1:
            raise ValueError("an executor needs at least one worker")
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.max_result_bytes = int(max_result_bytes)
        self.queue_wait = float(queue_wait)
        self.max_query_bytes = max_query_bytes
        self.workers = workers
        self.max_concurrent = max_concurrent or workers * 4
        self._memory_bytes = memory_mb * 2**20 if memory_mb else None
        self._admission = threading.BoundedSemaphore(self.max_concurrent)
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        self._counts: Counter[str] = Counter()
        self.last_restart_seconds: float | None = None
        if isinstance(store, (str, Path)):
            self._store, self.path = None, Path(store)
        elif getattr(store, "backend", "") == "embedded" and getattr(store, "path", None):
            self._store, self.path = store, Path(store.path)
        else:
            self._store, self.path = store, None
        self.mode = "processes" if self.path is not None else "in-process"
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._finalizer = weakref.finalize(self, _kill_all, self._all)
        if self.path is not None:
            if not self.path.is_dir():
                raise StoreError(f"no store at {self.path}")
            self._ctx = multiprocessing.get_context(start_method)
            self._spawn_requests: queue.Queue = queue.Queue()
            self._spawner = threading.Thread(target=self._spawner_loop, daemon=True,
                                             name="dealgraph-worker-spawner")
            self._spawner.start()
            started = [self._start_worker() for _ in range(workers)]
            for worker in started:  # they start in parallel; wait for each to say "ready"
                self._await_ready(worker)
                self._idle.put(worker)

    # --- public API ---------------------------------------------------------------------
    def query(self, sparql: str, *, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, base_iri: str | None = None,
              max_rows: int | None = None, bindings=None, prefixes=None) -> QueryResult:
        """Like :meth:`Store.query`, under the limits.

        Without `max_rows`, more rows than the executor's cap is a :class:`ResourceLimit`.
        With `max_rows` (at most the cap), it has :meth:`Store.query`'s meaning: at most
        ``max_rows + 1`` rows come back, so the caller can tell the answer was cut.
        """
        truncate = max_rows is not None and max_rows <= self.max_rows
        payload = self._payload(sparql, default_graphs, named_graphs, base_iri, bindings)
        payload["prefixes"] = prefixes
        payload.update(max_rows=max_rows if truncate else self.max_rows, truncate=truncate,
                       max_bytes=self.max_result_bytes)
        return self._submit("query", payload)

    def query_serialized(self, sparql: str, fmt: str, *, default_graphs: list[str] | None = None,
                         named_graphs: list[str] | None = None,
                         base_iri: str | None = None, bindings=None, prefixes=None) -> Serialized:
        """Like :meth:`Store.query_serialized`, under the limits (rows, bytes, time)."""
        payload = self._payload(sparql, default_graphs, named_graphs, base_iri, bindings)
        payload["prefixes"] = prefixes
        payload.update(fmt=fmt, max_rows=self.max_rows, max_bytes=self.max_result_bytes)
        return self._submit("serialized", payload)

    def notify_write(self) -> None:
        """Call after every write to the store: workers reopen before their next query.

        When the executor holds the read-write store it flushes it first: a read-only open
        replays the write-ahead log, which costs seconds after a large unflushed write
        (300,000 quads: 8-12 s) and ~20 ms after a flush (a flush costs ~10-40 ms for a
        small write). Callers that gave only a folder should flush their store themselves.
        """
        if self._store is not None and self.path is not None:
            try:
                self._store.flush()
            except StoreError as exc:
                log.warning("could not flush the store before notifying readers: %s", exc)
        with self._lock:
            self._generation += 1

    def vet_update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Refuse an update that would crash or hang the process that runs it.

        Lexical checks (SERVICE/LOAD, nesting), then a dry run in a worker on an empty
        in-memory store: if the worker dies (stack overflow, memory limit) or runs past the
        time limit, the update is refused. Syntax errors are left to the real update.
        """
        check_no_outbound(sparql)
        check_sparql(sparql)
        if self.path is None:
            return
        self._submit("dryrun_update", {"sparql": sparql, "base_iri": base_iri})

    def run_update(self, store: Store, sparql: str, **dataset) -> None:
        """Vet a user's update, run it through :func:`kg.changes.run_update`, notify readers."""
        from kg import changes

        self.vet_update(sparql, base_iri=dataset.get("base_iri"))
        try:
            changes.run_update(store, sparql, **dataset)
        finally:
            self.notify_write()

    def stats(self) -> dict[str, Any]:
        """Counters for /health and the docs: workers, idle, timeouts, crashes, restarts."""
        return {
            "mode": self.mode, "workers": len(self._all) if self.path else 0,
            "idle": self._idle.qsize(), "generation": self._generation,
            "timeout_s": self.timeout, "max_rows": self.max_rows,
            "max_concurrent": self.max_concurrent,
            "last_restart_s": self.last_restart_seconds, **dict(self._counts),
        }

    def worker_pids(self) -> list[int]:
        return [w.pid for w in list(self._all)]

    def close(self) -> None:
        """Stop every worker (politely, then SIGKILL)."""
        self._closed = True
        workers = list(self._all)
        for worker in workers:
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 2.0
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1.0)
            worker.close_conn()
            self._all.discard(worker)
        if self.path is not None:
            self._spawn_requests.put(None)

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- internals ----------------------------------------------------------------------
    def _payload(self, sparql, default_graphs, named_graphs, base_iri,
                 bindings=None) -> dict[str, Any]:
        if not isinstance(sparql, str):
            raise QueryError("the query must be text")
        check_no_outbound(sparql)
        check_sparql(sparql, max_bytes=self.max_query_bytes)
        return {"sparql": sparql, "default_graphs": default_graphs,
                "named_graphs": named_graphs, "base_iri": base_iri,
                "bindings": wire(bindings) if bindings else None}  # text: crosses processes

    def _submit(self, op: str, payload: dict[str, Any]) -> Any:
        if self._closed:
            raise StoreError("the query executor is closed")
        if not self._admission.acquire(timeout=self.queue_wait):
            self._counts["busy"] += 1
            raise Busy(f"too many concurrent queries (limit {self.max_concurrent}); "
                       "try again in a moment")
        try:
            if self.path is None:
                return self._inline(op, payload)
            return self._dispatch(op, payload)
        finally:
            self._admission.release()

    def _inline(self, op: str, payload: dict[str, Any]) -> Any:
        if op == "dryrun_update":
            return None
        return _execute(self._store, op, payload)

    def _take_worker(self) -> _Worker:
        deadline = time.monotonic() + self.queue_wait
        while True:
            remaining = deadline - time.monotonic()
            try:
                worker = self._idle.get(timeout=max(0.0, remaining))
            except queue.Empty:
                self._counts["busy"] += 1
                raise Busy("all query workers are busy; try again in a moment") from None
            if worker.process.is_alive():
                return worker
            self._replace(worker, "died while idle")

    def _dispatch(self, op: str, payload: dict[str, Any]) -> Any:
        worker = self._take_worker()
        with self._lock:
            generation = self._generation
        started = time.monotonic()
        try:
            worker.conn.send((op, generation, payload))
        except (OSError, ValueError) as exc:
            self._replace(worker, "could not be reached")
            raise StoreError(f"a query worker could not be reached ({exc}); try again") from exc
        if not worker.conn.poll(self.timeout):
            self._counts["timeouts"] += 1
            self._replace(worker, "timed out")
            if op == "dryrun_update":
                raise QueryTimeout(f"the update could not even be planned within {self.timeout:g} s")
            raise QueryTimeout(f"the query ran longer than {self.timeout:g} s and was stopped; "
                               "narrow it or add a LIMIT")
        try:
            reply = worker.conn.recv()
        except (EOFError, OSError):
            raise self._crashed(worker, op) from None
        self._idle.put(worker)
        self._counts["queries"] += 1
        log.debug("%s answered in %.3f s", op, time.monotonic() - started)
        if reply[0] == "ok":
            return _result_from_wire(reply[1])
        raise _error_from(reply[1], reply[2])

    def _crashed(self, worker: _Worker, op: str) -> KGError:
        worker.process.join(1.0)
        code = worker.process.exitcode
        self._counts["crashes"] += 1
        self._replace(worker, f"exited with {code}")
        what = "update" if op == "dryrun_update" else "query"
        if code in (-signal.SIGABRT, -signal.SIGKILL):  # allocation failure aborts; OOM kills
            return ResourceLimit(f"the {what} needed more memory than this server allows "
                                 f"({(self._memory_bytes or 0) / 2**20:g} MB) and was stopped")
        return QueryError(f"the {what} crashed the query engine (it is probably nested too "
                          "deeply or too long) and was refused")

    # --- the pool -----------------------------------------------------------------------
    def _start_worker(self) -> _Worker:
        """Start a worker from the spawner thread (see :meth:`_spawner_loop`)."""
        if self._closed:
            raise StoreError("the query executor is closed")
        done: queue.Queue = queue.Queue(maxsize=1)
        self._spawn_requests.put(done)
        try:
            outcome = done.get(timeout=_READY_TIMEOUT)
        except queue.Empty:
            raise StoreError("cannot start a query worker: the spawner did not answer") from None
        if isinstance(outcome, BaseException):
            raise StoreError(f"cannot start a query worker: {outcome}")
        return outcome

    def _spawner_loop(self) -> None:
        """Every worker is started by this one long-lived thread.

        Linux's parent-death signal (set in each worker) fires when the *thread* that forked
        the child exits; starting workers from short-lived threads would kill them at once.
        """
        while True:
            done = self._spawn_requests.get()
            if done is None:
                return
            try:
                done.put(self._start_worker_here())
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                done.put(exc)

    def _start_worker_here(self) -> _Worker:
        parent_conn, child_conn = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=_worker_main, args=(child_conn, str(self.path), self._memory_bytes),
            name="dealgraph-query-worker", daemon=True,
        )
        process.start()
        child_conn.close()
        worker = _Worker(process, parent_conn)
        self._all.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> None:
        if worker.conn.poll(_READY_TIMEOUT):
            try:
                reply = worker.conn.recv()
            except (EOFError, OSError):
                reply = ("error", "StoreError", f"exited with {worker.process.exitcode}")
            if reply[0] == "ready":
                return
        else:
            reply = ("error", "StoreError", "did not start in time")
        self._discard(worker)
        raise StoreError(f"a query worker could not open the store at {self.path}: {reply[2]}")

    def _discard(self, worker: _Worker) -> None:
        self._all.discard(worker)
        try:
            worker.process.kill()
        except (OSError, ValueError, AttributeError):
            pass
        worker.process.join(1.0)
        worker.close_conn()

    def _replace(self, worker: _Worker, why: str) -> None:
        """Kill `worker` now; start its replacement in the background."""
        log.info("query worker %s %s: replacing it", worker.pid, why)
        try:
            os.kill(worker.pid, signal.SIGKILL)
        except OSError:
            pass
        self._all.discard(worker)
        self._counts["restarts"] += 1
        threading.Thread(target=self._respawn, args=(worker,), daemon=True,
                         name="dealgraph-worker-respawn").start()

    def _respawn(self, dead: _Worker) -> None:
        dead.process.join(5.0)
        dead.close_conn()
        for attempt in range(5):
            if self._closed:
                return
            began = time.monotonic()
            try:
                worker = self._start_worker()
                self._await_ready(worker)
            except (StoreError, OSError) as exc:
                log.warning("could not restart a query worker (attempt %d): %s", attempt + 1, exc)
                time.sleep(0.5 * (attempt + 1))
                continue
            self.last_restart_seconds = time.monotonic() - began
            if self._closed:
                self._discard(worker)
                return
            self._idle.put(worker)
            return

