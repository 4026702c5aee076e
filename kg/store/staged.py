r"""Writes in two stages, for servers where a request of several operations is not atomic.

Virtuoso runs the operations of one update request one after the other and keeps those done
when a later one fails; it refuses blank nodes in ``INSERT DATA``; and it compiles each request
into SQL, which a request of megabytes makes slow. So dealgraph's own writes (text it generated:
operations joined by " ;\\n", N-Triples inside ``INSERT DATA``) go in two stages:

1. **stage**: the data of every ``INSERT DATA`` is sent with the Graph Store Protocol (POST
   of N-Triples, in chunks of :attr:`Dialect.chunk_bytes`; blank nodes all in one chunk) to
   fresh staging graphs. What can fail on the data (a literal the server refuses, a request too
   large, a lost connection) fails here, and the staging graphs are dropped: **nothing changed**.
2. **commit**: requests of small operations (:data:`_COMMIT_BATCH` each; one for a write of a
   few graphs) that cannot fail on the data: the write's own
   ``DELETE``/``DROP`` operations, then ``ADD`` of each staging graph to its graph (and to the
   union graph where the write put the same triples in the default graph), then ``DROP`` of the
   staging graphs. Should the server fail in the middle of it (a crash, a timeout),
   :class:`~kg.errors.StoreError` says so plainly: the store may hold part of the write, and
   the same command run again writes it whole.
"""
from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.errors import AuthError, KGError, StoreError
from kg.store.dialects import STAGING_PREFIX as _STAGING


#: an INSERT DATA this short (a marker) goes in the commit as it is
_INLINE = 2000
#: operations per commit request (Virtuoso 7.2 refuses a request of ~4,000 ADDs; it runs the
#: operations of one request one by one anyway, so batches promise no less)
_COMMIT_BATCH = 200


@dataclass
class _Insert:
    """One ``INSERT DATA``: N-Triples lines per graph, and those for the default graph."""

    graphs: dict[str, list[str]] = field(default_factory=dict)
    default: list[str] = field(default_factory=list)


_EMPTY_GRAPH = re.compile(r"GRAPH <[^<>\s]*> \{\s*\}")
_EMPTY_INSERT = re.compile(r"^\s*INSERT DATA \{\s*\}\s*$")


def drop_empty_inserts(update: str) -> str:
    r"""dealgraph's own update without empty ``GRAPH <g> { }`` blocks and ``INSERT DATA {}``
    (Virtuoso refuses both as syntax errors).

    >>> drop_empty_inserts("DROP SILENT GRAPH <g> ;\nINSERT DATA { GRAPH <g> {\n\n}\n\n}")
    'DROP SILENT GRAPH <g>'
    """
    if "INSERT DATA" not in update:
        return update
    ops = []
    for op in update.split(" ;\n"):
        if op.lstrip().startswith("INSERT DATA") and len(op) < _INLINE:
            op = _EMPTY_GRAPH.sub("", op)
            if _EMPTY_INSERT.match(op):
                continue
        ops.append(op)
    return " ;\n".join(ops)


def needs_staging(update: str, chunk_bytes: int) -> bool:
    """Stage when an ``INSERT DATA`` shares its request with other operations, holds blank
    nodes, or is large."""
    if "INSERT DATA" not in update:
        return False
    return " ;\n" in update or "_:" in update or len(update) > chunk_bytes


def parse_insert(op: str) -> _Insert:
    """The graphs of a dealgraph-generated ``INSERT DATA`` (one statement or brace per line)."""
    body = op[op.index("{") + 1:op.rindex("}")]
    insert, graph = _Insert(), None
    for line in body.split("\n"):
        text = line.strip()
        if not text:
            continue
        if text.startswith("GRAPH ") and text.endswith("{"):
            graph = text[len("GRAPH "):-1].strip()[1:-1]
            insert.graphs.setdefault(graph, [])
        elif text == "}":
            graph = None
        elif graph is None:
            insert.default.append(text)
        else:
            insert.graphs[graph].append(text)
    return insert


def chunks(lines: list[str], size: int) -> list[str]:
    """N-Triples documents of about `size` bytes; every line with a blank node in the first
    (a label names one node only within one document)."""
    blank = [line for line in lines if "_:" in line]
    plain = [line for line in lines if "_:" not in line]
    out, current, length = [], list(blank), sum(len(line) + 1 for line in blank)
    for line in plain:
        if current and length + len(line) > size:
            out.append("\n".join(current) + "\n")
            current, length = [], 0
        current.append(line)
        length += len(line) + 1
    if current:
        out.append("\n".join(current) + "\n")
    return out


class StagedWriter:
    """Runs one generated update in two stages (see the module's docstring)."""

    def __init__(self, gsp_url: str, union_graph: str, chunk_bytes: int,
                 opener: urllib.request.OpenerDirector, timeout: float,
                 send_update: Callable[[str], None]):
        self.gsp_url, self.union_graph, self.chunk_bytes = gsp_url, union_graph, chunk_bytes
        self.opener, self.timeout, self.send_update = opener, timeout, send_update

    def run(self, update: str) -> None:
        ops = update.split(" ;\n")
        staging: list[str] = []
        commit: list[str] = []
        try:
            for op in ops:
                if op.lstrip().startswith("INSERT DATA") and (len(op) > _INLINE or "_:" in op):
                    commit += self._stage(parse_insert(op), staging)
                else:
                    commit.append(op)
        except KGError as exc:
            self._drop(staging)
            raise type(exc)(f"{exc} (nothing was changed)") from exc
        commit += [f"DROP SILENT GRAPH <{g}>" for g in staging]
        try:  # in batches: Virtuoso refuses one request of thousands ("SQ200: Query too large")
            for start in range(0, len(commit), _COMMIT_BATCH):
                self.send_update(" ;\n".join(commit[start:start + _COMMIT_BATCH]))
        except KGError as exc:
            self._drop(staging)
            raise StoreError(
                f"the server failed while committing a staged write ({exc}); it runs the "
                "operations of one request one by one, so the store may hold part of this "
                "write: run the same command again to write it whole") from exc

    def _stage(self, insert: _Insert, staging: list[str]) -> list[str]:
        """POST each graph's triples to a staging graph; the commit's ADD operations."""
        adds = []
        copied: set[str] = set()
        for graph, lines in insert.graphs.items():
            stage = self._post(lines, staging)
            # created explicitly: Virtuoso refuses a later DROP GRAPH (without SILENT) otherwise
            adds.append(f"CREATE SILENT GRAPH <{graph}>")
            adds.append(f"ADD SILENT <{stage}> TO <{graph}>")
            if insert.default:
                adds.append(f"ADD SILENT <{stage}> TO <{self.union_graph}>")
                copied.update(lines)
        rest = [line for line in insert.default if line not in copied]
        if rest:
            stage = self._post(rest, staging)
            adds.append(f"ADD SILENT <{stage}> TO <{self.union_graph}>")
        return adds

    def _post(self, lines: list[str], staging: list[str]) -> str:
        stage = f"{_STAGING}{uuid.uuid4().hex}"
        staging.append(stage)
        url = f"{self.gsp_url}?{urllib.parse.urlencode({'graph': stage})}"
        for document in chunks(lines, self.chunk_bytes):
            request = urllib.request.Request(url, data=document.encode("utf-8"), method="POST",
                                             headers={"Content-Type": "text/turtle"})
            self._open(request)
        return stage

    def _open(self, request: urllib.request.Request) -> None:
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:400]
            if exc.code in (401, 403):
                raise AuthError(f"the Graph Store endpoint refused the credentials: {detail}") from exc
            raise StoreError(f"the Graph Store endpoint {self.gsp_url} refused the data "
                             f"(HTTP {exc.code}): {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"cannot reach the Graph Store endpoint {self.gsp_url}: {exc}") from exc

    def _drop(self, staging: list[str]) -> None:
        if not staging:
            return
        try:
            self.send_update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in staging))
        except KGError:
            pass  # the original error is the one to report; staging graphs are named urn:dealgraph:staging:*
