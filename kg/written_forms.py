"""Literals as the data wrote them, where the store keeps another datatype.

Oxigraph stores an integer of any type derived from ``xsd:integer`` as ``xsd:integer``
(``"12"^^xsd:int`` becomes ``"12"^^xsd:integer``, and so does the out-of-range
``"300"^^xsd:byte``) and an ``xsd:dateTimeStamp`` as ``xsd:dateTime`` (:data:`STORED_AS`). SPARQL over the store sees the stored form; SHACL's ``sh:datatype`` must see the
written one, or ``sh:datatype xsd:integer`` passes a ``"5"^^xsd:int`` (a false "conforms") and
``sh:datatype xsd:byte`` cannot tell ``"55"^^xsd:byte`` from ``"55"^^xsd:integer``.

So every graph written through :func:`kg.changes.apply` (``import``, ``load``, the Graph Store
Protocol) has its triples with a retyped object recorded as written, with every other object of
the same subject and predicate in that graph (two written forms can become one stored triple).
An embedded store keeps them in its folder (:data:`FILE`, replaced atomically after the write);
an in-memory store on the store object. Validation checks those triples as written
(:mod:`kg.validate.reference`). Not recorded: triples written by SPARQL ``INSERT``, on a remote
store, or with a blank-node subject; there ``sh:datatype`` on a retyped value is reported as
undecided (:mod:`kg.validate.undecided`), never as a pass or a violation it cannot know.

>>> recorded('<http://ex/a> <http://ex/p> "5"^^<http://www.w3.org/2001/XMLSchema#int> .\\n'
...          '<http://ex/a> <http://ex/q> "x" .\\n')
['<http://ex/a> <http://ex/p> "5"^^<http://www.w3.org/2001/XMLSchema#int> .']
>>> recorded('<http://ex/a> <http://ex/q> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .\\n')
[]
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

_XSD = "http://www.w3.org/2001/XMLSchema#"
#: Datatypes Oxigraph (0.5) stores as another datatype: {written: stored}.
STORED_AS: dict[str, str] = {
    **{_XSD + name: _XSD + "integer" for name in (
        "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort",
        "unsignedByte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
        "nonPositiveInteger")},
    _XSD + "dateTimeStamp": _XSD + "dateTime"}

#: The file in an embedded store's folder that keeps the written forms: {graph: N-Triples}.
FILE = "dealgraph-written-forms.json"

_RETYPED = re.compile(r'"\^\^<(?:' + "|".join(re.escape(t) for t in STORED_AS) + r")>")
_ATTRIBUTE = "_written_forms"


def recorded(ntriples: str) -> list[str]:
    """The lines of `ntriples` to record: triples whose object the store retypes, and every
    triple with the same subject and predicate (blank-node subjects are left out)."""
    if not _RETYPED.search(ntriples):
        return []
    triples = list(ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    pairs = {(t.subject, t.predicate) for t in triples
             if isinstance(t.object, ox.Literal) and t.object.datatype.value in STORED_AS
             and isinstance(t.subject, ox.NamedNode)}
    return [_line(t) for t in triples if (t.subject, t.predicate) in pairs]


def _line(triple) -> str:
    return ox.serialize([ox.Triple(triple.subject, triple.predicate, triple.object)],
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8").strip()


def read(store) -> dict[str, str]:
    """{graph IRI: N-Triples as written} of the store (empty when nothing was recorded)."""
    path = _file(store)
    if path is None:
        return dict(getattr(store, _ATTRIBUTE, {}))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {path}: {exc}") from exc


def record(store, replace: Mapping[str, str], remove: Iterable[str] = ()) -> None:
    """After a write that replaced `replace` ({graph: N-Triples}) and dropped `remove`."""
    if getattr(store, "backend", "") != "embedded":
        return
    forms = read(store)
    changed = False
    for graph in [*remove, *replace]:
        changed |= forms.pop(graph, None) is not None
    for graph, text in replace.items():
        lines = recorded(text)
        if lines:
            forms[graph] = "\n".join(lines) + "\n"
            changed = True
    if changed:
        _write(store, forms)


def copy_to(store, folder: Path) -> None:
    """Put the store's written forms into a backup folder."""
    forms = read(store)
    if forms:
        _dump(Path(folder) / FILE, forms)


def _file(store) -> Path | None:
    folder = getattr(store, "path", None)
    return Path(folder) / FILE if folder is not None else None


def _write(store, forms: dict[str, str]) -> None:
    path = _file(store)
    if path is None:
        setattr(store, _ATTRIBUTE, forms)
        return
    _dump(path, forms)


def _dump(path: Path, forms: dict[str, str]) -> None:
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(forms, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc


def substitutions(store) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """(stored triples to take out, triples as written to put in): the data as written.

    A graph's record counts only while the graph still holds every stored form of it (a graph
    changed since by SPARQL is checked as stored). A stored triple that a graph without a
    record also holds stays in.
    """
    forms = read(store)
    out: set[ox.Triple] = set()
    put: set[ox.Triple] = set()
    for graph, text in forms.items():
        written = [ox.Triple(t.subject, t.predicate, t.object)
                   for t in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
        stored = _stored(written)
        if stored and stored <= _held(store, stored, graph):
            out |= stored
            put |= set(written)
    if out:
        out -= _held(store, out, None, outside=set(forms))
    return out, put


def _stored(triples: list[ox.Triple]) -> set[ox.Triple]:
    """The triples as the store keeps them (a scratch in-memory store does the rewriting)."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return {ox.Triple(q.subject, q.predicate, q.object) for q in scratch}


def _held(store, triples: set[ox.Triple], graph: str | None, *,
          outside: set[str] = frozenset()) -> set[ox.Triple]:
    """Which of `triples` graph `graph` holds (or any graph not in `outside`, for None)."""
    rows = " ".join(f"({t.subject} {t.predicate} {t.object})" for t in triples)
    where = f"GRAPH <{graph}>" if graph else "GRAPH ?g"
    skip = "" if graph or not outside else \
        "FILTER(?g NOT IN (" + ", ".join(f"<{g}>" for g in sorted(outside)) + "))"
    answer = store.query(f"SELECT ?s ?p ?o WHERE {{ {where} {{ VALUES (?s ?p ?o) {{ {rows} }} "
                         f"?s ?p ?o }} {skip} }}")
    return {ox.Triple(r["s"], r["p"], r["o"]) for r in answer.rows}
