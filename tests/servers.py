"""Real servers for tests, each started on free loopback ports: Oxigraph's SPARQL server and
OpenLink Virtuoso (Debian's `virtuoso-opensource`)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, timeout: float = 30.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if with an error status
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"no answer from {url} within {timeout} s")


def stop(process: subprocess.Popen, timeout: float) -> None:
    """Terminate a server process; kill it if it has not gone within `timeout` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        raise RuntimeError("the `oxigraph` server is not installed: pip install -e '.[test]'")
    return found


@contextmanager
def oxigraph_server(location: Path):
    """`oxigraph serve` as is (its default graph is its own unnamed graph, which dealgraph keeps
    as the set union of the named graphs); yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/query?query=ASK%7B%7D", process=process)
        yield base
    finally:
        stop(process, 10)


#: How to get Virtuoso where it is missing (the skip message says it).
VIRTUOSO_HINT = ("Virtuoso is not installed: run 'sudo apt-get install -y virtuoso-opensource' "
                 "(or 'make system-test-deps' as root)")
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "dealgraph", "dealgraph-test"

_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 4
TransactionAfterImageLimit = 1500000000
VADInstallDir = {d}/vad
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}/www
MaxClientConnections = 10
ServerThreads = 10
EnabledDavVSP = 0
Charset = UTF-8
[Client]
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0
[SPARQL]
ResultSetMaxRows = 1000000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""

#: SQL run once through isql-vt: a user allowed to update over SPARQL (``/sparql-auth``, HTTP
#: Digest) and through the Graph Store Protocol (``/sparql-graph-crud-auth``).
_VIRTUOSO_SETUP = (
    "DB.DBA.USER_CREATE('{user}', '{password}'); "
    "GRANT SPARQL_UPDATE TO \"{user}\"; "
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('{user}', 7); "
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 1); "
)


def virtuoso_binaries() -> tuple[str, str] | None:
    """(virtuoso-t, isql-vt), or None when Virtuoso is not installed."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    return (server, isql) if server and isql else None


@contextmanager
def virtuoso_server(location: Path, *, buffers: int = 20000):
    """Debian's Virtuoso in the foreground, in `location` with its own virtuoso.ini (free
    loopback ports, small buffers, no demo), a SPARQL-update user made with isql-vt; yields
    the HTTP base URL. `buffers` are 8 kB pages (20,000: 160 MB)."""
    binaries = virtuoso_binaries()
    if binaries is None:
        raise RuntimeError(VIRTUOSO_HINT)
    server, isql = binaries
    location = Path(location).resolve()
    (location / "www").mkdir(parents=True, exist_ok=True)
    (location / "vad").mkdir(exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = location / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(d=location, sql_port=sql_port, http_port=http_port,
                                        buffers=buffers, dirty=buffers * 3 // 4))
    log = open(location / "stdout.log", "wb")
    process = subprocess.Popen([server, "+foreground", "+configfile", str(ini)], cwd=location,
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_for_http(base + "/sparql?query=ASK%7B%7D", timeout=60, process=process)
        setup = _VIRTUOSO_SETUP.format(user=VIRTUOSO_USER, password=VIRTUOSO_PASSWORD)
        done = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={setup}"],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or "Error" in done.stdout + done.stderr:
            raise RuntimeError(f"Virtuoso set-up failed: {done.stdout} {done.stderr}")
        yield base
    finally:
        stop(process, 30)
        log.close()
