"""Shared harness parts: paths, measured subprocesses (wall time + peak RSS), medians, timers."""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(os.environ.get("DEALGRAPH_BENCH_RESULTS") or ROOT / "bench" / "results")
DATA = RESULTS / "data"
PY = sys.executable
RESULT_MARK = "BENCH_RESULT "

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}


def missing(*modules: str) -> str | None:
    """The first of `modules` that cannot be imported (None when all are there)."""
    for name in modules:
        try:
            if importlib.util.find_spec(name) is None:
                return name
        except (ImportError, ValueError):
            return name
    return None


def note(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def median(xs):
    return statistics.median(xs) if xs else None


def run_measured(cmd: list[str], *, timeout: float | None = None, env: dict | None = None,
                 cwd: str | Path | None = None, count: str | None = None) -> dict:
    """Run `cmd` in a fresh process group; wall time, peak RSS (MB, of it and its children) and
    its last ``BENCH_RESULT`` JSON line. On timeout the group is killed and ``timed_out`` set."""
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env,
                            cwd=cwd or ROOT, start_new_session=True)
    timed_out = threading.Event()

    def kill():
        timed_out.set()
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill) if timeout else None
    if timer:
        timer.start()
    peak_kb = [0]
    done = threading.Event()

    def poll():  # VmHWM of the child (reset at exec, unlike ru_maxrss, which inherits ours)
        while not done.is_set():
            try:
                with open(f"/proc/{proc.pid}/status") as handle:
                    for line in handle:
                        if line.startswith("VmHWM:"):
                            peak_kb[0] = max(peak_kb[0], int(line.split()[1]))
            except (OSError, ValueError):
                pass
            done.wait(0.05)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    t_out = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()))
    t_err = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
    t_out.start()
    t_err.start()
    while True:  # wait for exit without reaping, so the poller can read VmHWM until the end
        try:
            info = os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
            break
        except ChildProcessError:
            info = None
            break
    wall = time.perf_counter() - t0
    done.set()
    poller.join()
    try:  # a zombie's status has no VmHWM any more; the last poll stands
        with open(f"/proc/{proc.pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    peak_kb[0] = max(peak_kb[0], int(line.split()[1]))
    except OSError:
        pass
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if timer:
        timer.cancel()
    t_out.join()
    t_err.join()
    stdout = b"".join(out_chunks).decode("utf-8", "replace")
    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    result = None
    peak_mb = peak_kb[0] / 1024
    if count and proc.returncode == 0:
        result = {"results": stdout.count(count)}
    for line in stdout.splitlines():
        if line.startswith(RESULT_MARK):
            result = json.loads(line[len(RESULT_MARK):])
    if result and result.get("peak_rss_mb"):  # the worker's own VmHWM at its end: exact
        peak_mb = max(peak_mb, result["peak_rss_mb"])
    return {
        "wall_s": wall,
        "peak_rss_mb": peak_mb,
        "returncode": proc.returncode,
        "timed_out": timed_out.is_set(),
        "result": result,
        "stderr_tail": stderr[-1500:] if proc.returncode else "",
    }


def emit(result: dict) -> None:
    """A worker's answer to :func:`run_measured` (one JSON line on stdout), with its peak RSS."""
    result = dict(result, peak_rss_mb=vm_hwm_mb())
    print(RESULT_MARK + json.dumps(result), flush=True)


def vm_hwm_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Timeout(Exception):
    pass


@contextmanager
def alarm(seconds: float):
    """Interrupt pure-Python work (rdflib, pySHACL) after `seconds` with :class:`Timeout`."""
    def handler(signum, frame):
        raise Timeout()

    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def fmt_s(x: float | None, capped: bool = False, cap: float | None = None) -> str:
    if capped:
        return f"> {cap:g} s" if cap else "> cap"
    if x is None:
        return "n/a"
    if x < 1e-3:
        return f"{x * 1e6:.0f} µs"
    if x < 1:
        return f"{x * 1e3:.1f} ms"
    return f"{x:.2f} s"


def fmt_ratio(x: float | None) -> str:
    return "n/a" if x is None else (f"{x:.2f}x" if x < 10 else f"{x:.0f}x")
