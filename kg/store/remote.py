"""The remote backend: any SPARQL 1.1 Protocol server, through SPARQLWrapper.

Tested against Oxigraph's server (``oxigraph serve``, whose default graph is its own unnamed
graph, which dealgraph keeps as the set union of the named graphs: :mod:`kg.default_graph`) and
OpenLink Virtuoso 7.2 (whose differences :mod:`kg.store.dialects` handles); see
docs/remote-stores.md for Fuseki, GraphDB, QLever and Neptune.
"""
from __future__ import annotations

import ast
import re
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, INSERT, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as sw_errors

from kg.default_graph import USER_DEFAULT_GRAPH
from kg.namespaces import undeclared_prologue
from kg.errors import (AuthError, QueryError, QueryTimeout, SparqlSyntaxError, StoreError,
                       UsageError)
from kg.store.base import Serialized, Store, check_graph_iri, to_ntriples
from kg.store.formats import RDF_FORMATS, RESULTS_FORMATS, rdf_format, results_format
from kg.store.dataset import query_dataset
from kg.safe_rdf import parse as safe_parse
from kg.store import dialects, hidden_graphs, transitive
from kg.store.bindings import values_clause, wire_if_needed
from kg.store.guard import declares_dataset, vet
from kg.store.results import QueryResult
from kg.store.staged import StagedWriter, drop_empty_inserts, needs_staging
from kg.store.syntax import syntax_error

_GRAPH_QUERY_TYPES = {"CONSTRUCT", "DESCRIBE"}
_QUAD_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG}
#: How Oxigraph's server words a syntax error.
_SERVER_SYNTAX = re.compile(r"^error at \d+:\d+:")
#: How Virtuoso words one.
_VIRTUOSO_SYNTAX = re.compile(r"Virtuoso 37000 Error SP030: SPARQL compiler, line (\d+): (.*?)"
                              r"(?: SPARQL query:|$)")
AUTH_SCHEMES = {"basic": BASIC, "digest": DIGEST}
#: an update reads patterns only with a WHERE clause (a false positive in a string costs only
#: the graph list)
_READS = re.compile(r"\bWHERE\b", re.IGNORECASE)


class RemoteStore(Store):
    """A store behind a SPARQL 1.1 query endpoint and (optionally) an update endpoint."""

    backend = "remote"

    def __init__(self, endpoint: str, update_endpoint: str | None = None, *,
                 token: str | None = None, user: str | None = None, password: str | None = None,
                 auth: str = "basic", server: str = "auto", gsp_endpoint: str | None = None,
                 timeout: float = 60.0, bare: bool = False):
        self.endpoint = endpoint
        self.bare = bare  # not recorded on the server: see kg.store.layout
        self.update_endpoint = update_endpoint
        self._token = token
        self._credentials = (user, password) if user else None
        if auth.lower() not in AUTH_SCHEMES:
            raise UsageError(f"unknown auth scheme {auth!r} (choose from basic, digest)")
        self._auth = AUTH_SCHEMES[auth.lower()]
        self.timeout = timeout
        self._dialect = None if server == "auto" else dialects.named(server)
        self.gsp_endpoint = gsp_endpoint or _gsp_beside(update_endpoint)

    @property
    def dialect(self) -> dialects.Dialect:
        """What this server does differently (asked once, from its ``Server:`` header)."""
        if self._dialect is None:
            client = self._client(self.endpoint)
            client.setQuery("ASK {}")
            client.setReturnFormat(JSON)
            response = self._send(client).response
            self._dialect = dialects.from_server_header(response.info().get("Server"))
            response.read()
        return self._dialect

    def _client(self, url: str) -> SPARQLWrapper:
        client = SPARQLWrapper(url, agent="dealgraph")
        client.setMethod(POST)
        client.setTimeout(int(self.timeout))
        if self._token:
            client.addCustomHttpHeader("Authorization", f"Bearer {self._token}")
        if self._credentials:
            client.setHTTPAuth(self._auth)
            client.setCredentials(*self._credentials)
        return client

    def _send(self, client: SPARQLWrapper, *, based: bool = False):
        """Send the request; `based` says a ``BASE`` line was put before the caller's text."""
        try:
            return client.query()
        except sw_errors.QueryBadFormed as exc:
            answer = _server_message(exc)
            if _SERVER_SYNTAX.match(answer):  # Oxigraph's own parser, on the server
                error = syntax_error(SyntaxError(answer), client.queryString, base_iri=None)
                raise error.moved_up(1 if based else 0) from exc
            found = _VIRTUOSO_SYNTAX.search(answer)
            if found:
                raise _virtuoso_syntax(found, _raw_body(exc), client.queryString,
                                       based) from exc
            raise QueryError(f"the server rejected the request: {answer}") from exc
        except sw_errors.Unauthorized as exc:
            raise AuthError(f"the server refused the credentials: {_first_line(exc)}") from exc
        except (sw_errors.EndPointNotFound, sw_errors.EndPointInternalError,
                sw_errors.SPARQLWrapperException) as exc:
            raise StoreError(f"SPARQL server error at {client.endpoint}: "
                             f"{_server_message(exc)[:500]}") from exc
        except (TimeoutError, socket.timeout) as exc:
            raise QueryTimeout(f"the SPARQL server at {client.endpoint} did not answer within "
                               f"{self.timeout:g} s") from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                raise QueryTimeout(f"the SPARQL server at {client.endpoint} did not answer "
                                   f"within {self.timeout:g} s") from exc
            raise StoreError(f"cannot reach the SPARQL server at {client.endpoint}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {client.endpoint}: {exc}") from exc

    def _query_client(self, sparql, default_graphs, named_graphs, base_iri,
                      bindings=None, prefixes=None) -> SPARQLWrapper:
        vet(sparql)
        if prefixes:  # on the first line, so the server's line numbers stay the user's
            sparql = undeclared_prologue(sparql, prefixes) + sparql
        if bindings and self.dialect.inline_values:
            sparql = dialects.inline_values(sparql, values_clause(wire_if_needed(bindings)))
        elif bindings:
            sparql = sparql.rstrip() + "\n" + values_clause(wire_if_needed(bindings)) + "\n"
        if self.dialect.transitive_subqueries:
            sparql = transitive.rewrite(sparql)
        client = self._client(self.endpoint)
        if base_iri:
            sparql = f"BASE <{base_iri}>\n{sparql}"
        client.setQuery(sparql)
        if default_graphs is None and named_graphs is None and declares_dataset(sparql):
            # servers with a union default graph may ignore FROM; the protocol parameters
            # name the same dataset and are honoured
            default_graphs, named_graphs = query_dataset(sparql) or ([], [])
        named = [check_graph_iri(graph) for graph in named_graphs or []]
        for graph in default_graphs or []:
            client.addDefaultGraph(check_graph_iri(graph))
        client.queryString, pairs = self._dataset(sparql, default_graphs, named_graphs)
        for kind, graph in pairs:
            (client.addDefaultGraph if kind == "default" else named.append)(graph)
        self._name_graphs(client, named, "named-graph-uri")
        return client

    def _name_graphs(self, client: SPARQLWrapper, graphs: list[str], parameter: str) -> None:
        """The request's named graphs: protocol parameters, or on a union-graph server
        (Virtuoso) ``define input:...`` pragmas before the text, on its first line (so line
        numbers stay the user's): Virtuoso echoes each parameter as a response header, and
        past 100 headers Python's HTTP client refuses the answer."""
        if not graphs:
            return
        if not self.dialect.union_graph:
            for graph in graphs:
                client.addParameter(parameter, graph)
            return
        pragma = f"input:{parameter}"
        # queryString set after setQuery: SPARQLWrapper reads the query type from the text
        client.queryString = "".join(f"define {pragma} <{g}> " for g in graphs) + client.queryString

    # --- reading -------------------------------------------------------------------------
    def query(self, sparql, *, default_graphs=None, named_graphs=None, base_iri=None,
              max_rows=None, bindings=None, prefixes=None) -> QueryResult:
        client = self._query_client(sparql, default_graphs, named_graphs, base_iri, bindings,
                                    prefixes)
        is_graph = client.queryType in _GRAPH_QUERY_TYPES
        client.setReturnFormat(TURTLE if is_graph else JSON)
        graph_format = ox.RdfFormat.TURTLE
        if is_graph and self.dialect.ntriples_graphs:
            graph_format = ox.RdfFormat.N_TRIPLES
            client.setOnlyConneg(True)  # else its format=turtle parameter wins over Accept
            client.addCustomHttpHeader("Accept", graph_format.media_type)
        body = self._send(client, based=bool(base_iri)).response.read()
        try:
            if is_graph:
                result = QueryResult(kind="graph",
                                     triples=list(ox.parse(body, format=graph_format)))
            else:
                if self.dialect.canonicalise:
                    body = dialects.plain_bnodes(body)
                parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
                result = QueryResult.from_oxigraph(parsed, max_rows=max_rows)
        except SyntaxError as exc:
            raise StoreError(f"the server sent results dealgraph cannot parse: {exc}") from exc
        return canonical_result(result) if self.dialect.canonicalise else result

    def query_serialized(self, sparql, fmt, *, default_graphs=None, named_graphs=None,
                         base_iri=None, bindings=None, prefixes=None) -> Serialized:
        if self.dialect.canonicalise:  # the server's own forms differ: serialise here
            return self._query_reserialized(sparql, fmt, default_graphs, named_graphs,
                                            base_iri, bindings, prefixes)
        client = self._query_client(sparql, default_graphs, named_graphs, base_iri, bindings,
                                    prefixes)
        results_name, _, graph_name = fmt.partition("|")
        if client.queryType in _GRAPH_QUERY_TYPES:
            target = rdf_format(graph_name or results_name)
            kind = "graph"
        else:
            if results_name not in RESULTS_FORMATS and graph_name:
                results_name = "json"
            target = results_format(results_name)
            kind = "ask" if client.queryType == "ASK" else "select"
        client.addCustomHttpHeader("Accept", target.media_type)
        body = self._send(client, based=bool(base_iri)).response.read()
        return Serialized(kind, body, target.media_type)

    def _dataset(self, sparql, default_graphs, named_graphs, *, update: bool = False):
        """The text to send and the ("default"|"named", graph) pairs a dialect adds to a
        request that names no dataset of its own (:mod:`kg.store.dialects`): its union graph
        as the default graph, and where the text reads ``GRAPH``, the text made to hide the
        union graph and the server's own (:mod:`kg.store.hidden_graphs`)."""
        dialect = self.dialect
        if not dialect.union_graph:
            return sparql, []
        pairs = [] if default_graphs else [("default", dialect.union_graph)]
        if update and not _READS.search(sparql):
            return sparql, pairs  # INSERT/DELETE DATA, CREATE, DROP, ADD...: no pattern reads GRAPH
        if dialect.must_hide_graphs(sparql, bool(named_graphs)):
            rewritten = hidden_graphs.rewrite(sparql, dialect)
            if rewritten is None:  # a * projection would show a rewrite's variables
                named = self._stored_graphs() or [hidden_graphs.NO_GRAPH]
            else:
                sparql, named = rewritten
            pairs += [("named", g) for g in named]
        return sparql, pairs

    def _stored_graphs(self) -> list[str]:
        """Every graph holding a triple, but the union graph and the server's own."""
        client = self._client(self.endpoint)
        # grouped, not DISTINCT: Virtuoso 7.2 answers this from its index (25 ms on the corpus)
        # and SELECT DISTINCT ?g by a scan (2 s)
        client.setQuery("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        client.setReturnFormat(JSON)
        body = dialects.plain_bnodes(self._send(client).response.read())
        rows = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        return [row[0].value for row in rows if not self.dialect.hides(row[0].value)]

    def _query_reserialized(self, sparql, fmt, default_graphs, named_graphs, base_iri,
                            bindings, prefixes) -> Serialized:
        result = self.query(sparql, default_graphs=default_graphs, named_graphs=named_graphs,
                            base_iri=base_iri, bindings=bindings, prefixes=prefixes)
        results_name, _, graph_name = fmt.partition("|")
        if result.kind == "graph":
            target = rdf_format(graph_name or results_name)
            return Serialized("graph", ox.serialize(result.triples, format=target),
                              target.media_type)
        if results_name not in RESULTS_FORMATS and graph_name:
            results_name = "json"
        target = results_format(results_name)
        return Serialized(result.kind, result.serialize(results_name), target.media_type)

    def graphs(self) -> dict[str, int]:
        result = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {row["g"].value: int(row["n"].value) for row in result.rows
                if not self.dialect.hides(row["g"].value)}

    # --- writing -------------------------------------------------------------------------
    def update(self, sparql, *, using_graphs=None, using_named_graphs=None, base_iri=None,
               trusted=False) -> None:
        if not self.update_endpoint:
            raise UsageError("this store is read-only: give --update-endpoint to write to it")
        if not trusted:
            vet(sparql)
            if self.dialect.drop_needs_create and dialects.dropped_graphs(sparql):
                sparql = dialects.silent_drops(sparql, set(self._stored_graphs()))
        elif self.dialect.staged_writes and not (base_iri or using_graphs or using_named_graphs):
            sparql = drop_empty_inserts(sparql)
            if not sparql.strip():
                return
            if needs_staging(sparql, self.dialect.chunk_bytes):
                self._staged_writer().run(sparql)
                return
        self._plain_update(sparql, using_graphs, using_named_graphs, base_iri)

    def _plain_update(self, sparql, using_graphs=None, using_named_graphs=None, base_iri=None):
        client = self._client(self.update_endpoint)
        if base_iri:
            sparql = f"BASE <{base_iri}>\n{sparql}"
        client.setQuery(sparql)
        client.queryType = INSERT  # an update even when SPARQLWrapper cannot tell (a prologue alone)
        for graph in using_graphs or []:
            client.addParameter("using-graph-uri", check_graph_iri(graph))
        named = [check_graph_iri(graph) for graph in using_named_graphs or []]
        client.queryString, pairs = self._dataset(sparql, using_graphs, using_named_graphs,
                                                  update=True)
        for kind, graph in pairs:
            if kind == "default":
                client.addParameter("using-graph-uri", graph)
            else:
                named.append(graph)
        self._name_graphs(client, named, "using-named-graph-uri")
        self._send(client, based=bool(base_iri))

    def _staged_writer(self) -> StagedWriter:
        if not self.gsp_endpoint:
            raise UsageError("this server needs a Graph Store Protocol endpoint for dealgraph's "
                             "writes: give --gsp-endpoint")
        return StagedWriter(self.gsp_endpoint, self.dialect.union_graph, self.dialect.chunk_bytes,
                            self._opener(), self.timeout, self._plain_update)

    def _opener(self) -> urllib.request.OpenerDirector:
        handlers = []
        if self._credentials:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, self.gsp_endpoint, *self._credentials)
            handlers.append(urllib.request.HTTPDigestAuthHandler(manager) if self._auth == DIGEST
                            else urllib.request.HTTPBasicAuthHandler(manager))
        opener = urllib.request.build_opener(*handlers)
        opener.addheaders = [("User-Agent", "dealgraph")]
        if self._token:
            opener.addheaders.append(("Authorization", f"Bearer {self._token}"))
        return opener

    def import_data(self, data: bytes, fmt: ox.RdfFormat, graph: str | None = None) -> int:
        if graph is None and fmt not in _QUAD_FORMATS:
            raise UsageError(f"{fmt.name} holds triples only: name the target graph with --graph")
        quads = safe_parse(data, fmt)
        by_graph: dict[str, list] = {}
        for quad in quads:
            name = graph or (quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode)
                             else USER_DEFAULT_GRAPH)
            by_graph.setdefault(name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
        texts = {check_graph_iri(g): to_ntriples(t) for g, t in by_graph.items()}
        # each graph, and the default graph (each fact once: kg.default_graph)
        blocks = [f"GRAPH <{g}> {{\n{text}\n}}" for g, text in texts.items()] + list(texts.values())
        if blocks:  # generated here (trusted): staged on servers whose writes need it
            self.update("INSERT DATA {\n" + "\n".join(blocks) + "\n}", trusted=True)
        return len(quads)

    def export(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        if fmt in _QUAD_FORMATS and graph is None:
            rows = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
            quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]
            return ox.serialize(quads, format=fmt)
        where = f"GRAPH <{check_graph_iri(graph)}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        triples = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}").triples
        if fmt in _QUAD_FORMATS:
            return ox.serialize([ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph))
                                 for t in triples], format=fmt)
        return ox.serialize(triples, format=fmt)

    def backup(self, directory: Path) -> None:
        directory = Path(directory)
        if directory.exists() and any(directory.iterdir()):
            raise UsageError(f"backup target {directory} exists and is not empty")
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "dealgraph.nq").write_bytes(self.export(RDF_FORMATS["nquads"]))


def _gsp_beside(update_endpoint: str | None) -> str | None:
    """Virtuoso's Graph Store endpoint beside its SPARQL one (``/sparql-auth`` ->
    ``/sparql-graph-crud-auth``)."""
    if not update_endpoint:
        return None
    for tail, gsp in (("/sparql-auth", "/sparql-graph-crud-auth"), ("/sparql", "/sparql-graph-crud")):
        if update_endpoint.rstrip("/").endswith(tail):
            return update_endpoint.rstrip("/")[:-len(tail)] + gsp
    return None


def canonical_result(result: QueryResult) -> QueryResult:
    """`result` with every literal in Oxigraph's canonical form (:func:`dialects.canonical`)."""
    fix = dialects.canonical
    if result.kind == "select":
        result.rows = [{k: fix(v) for k, v in row.items()} for row in result.rows]
    elif result.kind == "graph":
        result.triples = [ox.Triple(t.subject, t.predicate, fix(t.object)) for t in result.triples]
    return result


def _raw_body(exc: sw_errors.SPARQLWrapperException) -> str:
    _, _, body = str(exc).partition("\n\nResponse:\n")
    try:
        text = ast.literal_eval(body.strip())
    except (ValueError, SyntaxError):
        return body
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)


def _virtuoso_syntax(found: re.Match, body: str, sent: str, based: bool) -> SparqlSyntaxError:
    """Virtuoso's syntax error in the user's own lines: it counts the lines it put before the
    text it echoes (``#output-format``, ``define`` pragmas), found by the echo."""
    echoed = body.partition("SPARQL query:\n")[2].split("\n")
    first = next((line for line in sent.split("\n") if line.strip()), "")
    offset = next((i for i, line in enumerate(echoed) if first and line.endswith(first)), 0)
    sent_line = int(found.group(1)) - offset
    lines = sent.split("\n")
    near = lines[sent_line - 1].strip() if 0 < sent_line <= len(lines) else None
    line = max(1, sent_line - (1 if based else 0))
    detail = found.group(2).strip()
    prefix = re.match(r"Undefined namespace prefix at '([^']*)'", detail)
    if prefix:  # worded as the embedded store words it
        detail = f'unknown prefix "{prefix.group(1)}:"'
    return SparqlSyntaxError.at(detail, line=line, column=1, near=near)


def _server_message(exc: sw_errors.SPARQLWrapperException) -> str:
    """The server's own explanation (the response body, which SPARQLWrapper keeps only as the
    repr at the end of its message), on one line."""
    _, found, body = str(exc).partition("\n\nResponse:\n")
    if not found:
        return _first_line(exc)
    try:
        text = ast.literal_eval(body.strip())
    except (ValueError, SyntaxError):
        text = body
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split()) or _first_line(exc)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
