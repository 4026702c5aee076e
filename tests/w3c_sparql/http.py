"""The W3C cases through the console's real protocol routes: /sparql and /update."""
from __future__ import annotations

import pyoxigraph as ox

from kg.store import QueryResult
from tests.w3c_sparql import syntax
from tests.w3c_sparql.answers import Answer, csv_answer, from_result, graph_answer
from tests.w3c_sparql.manifest import EvalCase, SyntaxCase, iri_of
from tests.w3c_sparql.runners import dataset_options, load
from tests.webapp.conftest import TOKEN

_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"


class HttpError(RuntimeError):
    """The endpoint answered with an error status."""


def _with_base(case_path, text: str) -> str:
    """The text as a client sends it: relative IRIs resolve against the test file, as in the
    suite (the endpoint's own base would be its URL)."""
    return f"BASE <{iri_of(case_path)}>\n{text}"


def query(client, store, case: EvalCase) -> Answer:
    """Load the case into the bare store, then POST the query to /sparql."""
    load(store, case)
    options = dataset_options(case)
    form = {"query": _with_base(case.query, case.text()),
            "default-graph-uri": options.get("default_graphs", []),
            "named-graph-uri": options.get("named_graphs", [])}
    accept = "text/csv" if case.csv else _ACCEPT
    response = client.post("/sparql", data=form, headers={"Accept": accept})
    if response.status_code != 200:
        raise HttpError(f"HTTP {response.status_code}: {response.get_data(as_text=True)}")
    media = response.mimetype
    if media == "text/csv":
        return csv_answer(response.data)
    if media == "application/n-triples":
        return graph_answer(list(ox.parse(response.data, format=ox.RdfFormat.N_TRIPLES)))
    parsed = ox.parse_query_results(response.data, format=ox.QueryResultsFormat.JSON)
    return from_result(QueryResult.from_oxigraph(parsed))


def verdict(client, store, case: SyntaxCase) -> str:
    """POST a syntax case, as written, to /update (updates, with the token) or /sparql
    (queries); relative IRIs resolve against the endpoint's URL."""
    store.update("DROP ALL")
    text = case.text()
    if case.update:
        response = client.post("/update", data={"update": text},
                               headers={"Authorization": f"Bearer {TOKEN}"})
    else:
        response = client.post("/sparql", data={"query": text}, headers={"Accept": _ACCEPT})
    body = response.get_data(as_text=True)
    if response.status_code == 200:
        return syntax.ACCEPTED
    if response.status_code == 400 and "syntax error" in body:
        return syntax.SYNTAX_ERROR
    if response.status_code == 400 and "is not allowed" in body:
        return syntax.REFUSED
    if response.status_code == 400 and ("update failed" in body or "query failed" in body):
        return syntax.ACCEPTED  # parsed, then failed at run time
    return f"HTTP {response.status_code}: {body.strip()}"
