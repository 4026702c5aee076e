"""Regression: closing the executor while a replacement worker was still starting closed the
parent's end of that worker's pipe twice, from two threads (`Executor.close()` and the respawn
thread discarding the worker), and the second `os.close` failed with EBADF (seen in CI at
teardown of test_runaway_query_is_killed_while_others_answer). A worker's pipe is now closed once."""
from __future__ import annotations

import multiprocessing
import threading

from kg.executor import Executor, _Worker
from kg.store import EmbeddedStore


class _Process:
    pid = 0


def test_a_workers_pipe_closed_from_two_threads_at_once_is_closed_once():
    for _ in range(200):
        parent, child = multiprocessing.Pipe()
        worker = _Worker(_Process(), parent)
        errors: list[BaseException] = []
        start = threading.Barrier(2)

        def close():
            start.wait()
            try:
                worker.close_conn()
            except OSError as exc:      # the bug: EBADF from the second os.close
                errors.append(exc)

        threads = [threading.Thread(target=close) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        child.close()
        assert errors == [] and parent.closed


def test_closing_the_executor_twice_and_after_its_workers_are_gone_is_quiet(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    try:
        executor = Executor(store, workers=1, timeout=5.0, max_rows=10)
        assert executor.query("ASK { }").boolean is True
        executor.close()
        executor.close()
    finally:
        store.close()
