"""dealgraph's prefixes need no declaration (console, CLI, API) and syntax errors read as one
line with the line and column of the user's own text, on both backends."""
from __future__ import annotations

import json

import pytest

import kg
from kg import changes
from kg.errors import QueryError

UNDECLARED = "SELECT * WHERE { ?s a dg:Cycle }"


def test_sparql_endpoint_accepts_undeclared_prefixes(client):
    answer = client.get("/sparql", query_string={"query": UNDECLARED},
                        headers={"Accept": "text/csv"})
    assert answer.status_code == 200, answer.data
    assert answer.data.decode().splitlines()[0] == "s"


def test_a_declared_prefix_wins(client):
    query = "PREFIX dg: <http://example.org/other#> ASK { ?s a dg:Cycle }"
    answer = client.get("/sparql", query_string={"query": query},
                        headers={"Accept": "application/sparql-results+json"})
    assert json.loads(answer.data)["boolean"] is False


def test_syntax_error_is_one_line_in_the_users_coordinates(client):
    query = "SELECT * WHERE {\n  ?s a dg:Firm .\n  ?s a foo:Bar }"
    answer = client.get("/sparql", query_string={"query": query})
    assert answer.status_code == 400
    text = answer.data.decode()
    assert "line 3, column 8" in text and 'unknown prefix "foo:"' in text, text
    assert "\\u{" not in text and "\n" not in text.strip()


def test_kg_query_positions_are_the_users_own(any_store):
    changes.apply(any_store, {"http://example.org/g": "<http://example.org/a> a "
                              "<https://w3id.org/dealgraph/ontology#Cycle> ."}, with_base=False)
    assert len(kg.query(any_store, UNDECLARED).rows) == 1
    with pytest.raises(QueryError) as caught:
        kg.query(any_store, "SELECT * WHERE {\n ?s ?p ?o \n FILTER(?o = ) }")
    message = str(caught.value)
    assert "\n" not in message and "\\u{" not in message
    # embedded: pyoxigraph's parser; remote: the server's own message, in the user's lines
    assert message.startswith("SPARQL syntax error at line 3, column"), message
    with pytest.raises(QueryError) as caught:
        kg.query(any_store, "SELECT * WHERE { ?s a foo:Bar }")
    assert 'unknown prefix "foo:"' in str(caught.value)
    if any_store.backend == "embedded":  # remotely, line 1 also holds the predeclared prefixes
        assert "line 1, column 23" in str(caught.value)
