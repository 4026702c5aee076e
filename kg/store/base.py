"""The `Store` interface every backend implements, and the write currency they share.

Writes are expressed as whole named graphs: ``replace_graphs({iri: data}, remove=[iri])`` puts
and drops several graphs in **one** atomic transaction. `data` is anything :func:`to_ntriples`
accepts (an rdflib Graph, pyoxigraph triples, or N-Triples text).
"""
from __future__ import annotations

import abc
import contextlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import UsageError
from kg.store.results import QueryResult

GraphData = Any  # rdflib.Graph | Iterable[pyoxigraph.Triple | Quad] | str (N-Triples)


@dataclass(frozen=True)
class Serialized:
    """A query answer already serialised: ``kind`` (select/ask/graph), bytes and media type."""

    kind: str
    data: bytes
    media_type: str


def to_ntriples(data: GraphData) -> str:
    """N-Triples text for `data` (graph names of quads are dropped: the caller names the graph)."""
    if isinstance(data, str):
        return data
    if hasattr(data, "serialize") and hasattr(data, "triples"):  # an rdflib Graph
        return data.serialize(format="nt")
    triples = [
        ox.Triple(t.subject, t.predicate, t.object) if isinstance(t, ox.Quad) else t for t in data
    ]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def check_graph_iri(iri: str) -> str:
    """Graph names must be absolute IRIs without characters that break SPARQL's ``<...>``."""
    if not iri or ":" not in iri or any(c in iri for c in '<>"{}|^`\\ \n\t'):
        raise UsageError(f"not a valid graph IRI: {iri!r}")
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        raise UsageError(f"not a valid graph IRI: {iri!r} ({exc})") from None
    return iri


def replace_update(replace: Mapping[str, GraphData], remove: Iterable[str] = (), *,
                   held: Iterable[str] | None = None) -> str:
    """One SPARQL update that drops `remove` and every replaced graph, then writes new contents.

    The default graph follows (each fact once, :mod:`kg.default_graph`): what only the dropped
    graphs stated leaves it, the new contents join it.

    `held` (optional) names the graphs of `replace` the store holds triples in (see
    :func:`held_graphs`); a replaced graph outside it that gets triples is only written: it has
    nothing to retract or drop. The result is the same, and the update is about twice as fast
    (in Oxigraph 0.5 a ``DROP GRAPH`` or a ``DELETE WHERE`` in an update slows every insert of
    the same transaction: a 500-article batch took 8-9 s instead of 4-5 s).
    """
    from kg.default_graph import retract

    texts = {g: to_ntriples(d) for g, d in replace.items()}
    if held is not None:
        held = set(held)
        fresh = {g for g, text in texts.items() if g not in held and text.strip()}
    else:
        fresh = set()
    gone = [check_graph_iri(g) for g in [*remove, *replace] if g not in fresh]
    for g in fresh:
        check_graph_iri(g)
    ops = [*retract(gone), *(f"DROP SILENT GRAPH <{g}>" for g in gone)]
    blocks = [f"GRAPH <{g}> {{\n{text}\n}}" for g, text in texts.items()]
    if blocks:
        ops.append("INSERT DATA {\n" + "\n".join([*blocks, *texts.values()]) + "\n}")
    return " ;\n".join(ops)


def held_graphs(store: Store, graphs: Iterable[str]) -> set[str]:
    """Those of `graphs` that hold at least one triple in `store` (read in the caller's
    session: call it inside :meth:`Store.writing` before writing what it decides)."""
    ordered = sorted({check_graph_iri(g) for g in graphs})
    found: set[str] = set()
    for i in range(0, len(ordered), 2_000):
        values = " ".join(f"<{g}>" for g in ordered[i:i + 2_000])
        rows = store.query(f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} "
                           "FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }").rows
        found.update(row["g"].value for row in rows)
    return found


class Store(abc.ABC):
    """A quad store: named graphs, SPARQL 1.1 query and update, import/export, statistics.

    The default graph of every query is the store's unnamed graph, which :mod:`kg.changes`
    keeps as the set union of all named graphs (each fact once: :mod:`kg.default_graph`).
    """

    #: "embedded" or "remote"
    backend: str = ""
    #: True for a bare store: only the user's graphs, none of dealgraph's (kg.store.layout)
    bare: bool = False

    # --- reading -------------------------------------------------------------------------
    @abc.abstractmethod
    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
        max_rows: int | None = None,
        bindings: Mapping[str, Any] | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> QueryResult:
        """Run a SELECT/ASK/CONSTRUCT/DESCRIBE query; see :class:`QueryResult`.

        `prefixes` are predeclared: used when the query does not declare them itself.

        `bindings` are bound parameters ({variable: IRI or literal}), substituted before
        evaluation: the safe way to put user input into a query (see :mod:`kg.store.bindings`).
        """

    @abc.abstractmethod
    def query_serialized(
        self,
        sparql: str,
        fmt: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
        bindings: Mapping[str, Any] | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> Serialized:
        """Run a query and serialise the answer in `fmt` (results format or RDF format name).

        `fmt` may name both a results format and an RDF format as ``"json|jsonld"``: the first
        is used for SELECT/ASK, the second for graphs.
        """

    @abc.abstractmethod
    def graphs(self) -> dict[str, int]:
        """Every named graph with its triple count."""

    # --- writing -------------------------------------------------------------------------
    @abc.abstractmethod
    def update(
        self,
        sparql: str,
        *,
        using_graphs: list[str] | None = None,
        using_named_graphs: list[str] | None = None,
        base_iri: str | None = None,
        trusted: bool = False,
    ) -> None:
        """Run a SPARQL 1.1 update atomically.

        Every update passes the guard (:func:`kg.store.guard.vet`) unless `trusted`: text that
        dealgraph generated itself from RDF terms (never a user's), whose megabytes of
        N-Triples would otherwise be lexed only to find no SERVICE or LOAD.
        """

    def replace_graphs(self, replace: Mapping[str, GraphData], remove: Iterable[str] = ()) -> None:
        """Atomically drop the graphs in `remove` and set each graph in `replace` to its data."""
        self.update(replace_update(replace, remove), trusted=True)

    def replace_graph(self, iri: str, data: GraphData) -> None:
        self.replace_graphs({iri: data})

    def add_to_graph(self, iri: str, data: GraphData) -> None:
        """Add triples to a graph (creating it), atomically."""
        text = to_ntriples(data)  # into the graph and into the default graph (each fact once)
        self.update(f"INSERT DATA {{ GRAPH <{check_graph_iri(iri)}> {{\n{text}\n}}\n{text}\n}}",
                    trusted=True)

    def add_ntriples(self, iri: str, ntriples: bytes, *, atomic: bool = True) -> None:
        """Add N-Triples to a graph (and the default graph) by the backend's fastest path.

        Not `atomic`: the caller needs no transaction (a crash half-way is repaired otherwise,
        as the derived graph's stale marker does), so a backend may write without one.
        """
        self.add_to_graph(iri, ntriples.decode("utf-8"))

    def remove_graphs(self, iris: Iterable[str]) -> None:
        self.replace_graphs({}, remove=list(iris))

    @abc.abstractmethod
    def import_data(self, data: bytes, fmt: ox.RdfFormat, graph: str | None = None) -> int:
        """Parse `data` fully, then add it in one transaction; return the number of quads.

        Triples go to `graph` (required for triple formats); quad formats keep their graph
        names unless `graph` is given. A parse error changes nothing.
        """

    @abc.abstractmethod
    def export(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        """Serialise the named graphs (quad formats), or one graph / the default graph."""

    @abc.abstractmethod
    def backup(self, directory: Path) -> None:
        """Write a consistent copy of the store to `directory`."""

    def close(self) -> None:
        """Release the store (flush, unlock)."""

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Group the writes of one change (:mod:`kg.changes`); other processes' readers see
        the change once it is over. Nested uses join the outer one. A server decides alone."""
        yield

    def poll_changes(self) -> bool:
        """True when another process committed a change since the last look (and this store
        now sees it). Only a shared embedded store can tell."""
        return False

    def flush(self) -> None:
        """Persist what was written (a no-op where the backend needs none)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- derived helpers -----------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts: facts (distinct triples of the default graph), quads stored in the named
        graphs (a fact told by several articles is one quad per article), graphs, articles,
        firms, agreements; graph sizes."""
        graphs = self.graphs()
        counts = self.query(
            "PREFIX dg: <https://w3id.org/dealgraph/ontology#>\n"
            "SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?f) AS ?firms)"
            " (COUNT(DISTINCT ?g) AS ?agreements) WHERE {"
            " { ?a a dg:Article } UNION { ?f a dg:Firm } UNION { ?g a dg:Agreement } }"
        ).rows[0]
        facts = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"]
        return {
            "backend": self.backend,
            "facts": int(facts.value),
            "quads": sum(graphs.values()),
            "graphs": len(graphs),
            "articles": int(counts["articles"].value),
            "firms": int(counts["firms"].value),
            "agreements": int(counts["agreements"].value),
            "graph_sizes": dict(sorted(graphs.items())),
        }
