"""Apply the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` to a SPARQL update.

SPARQL 1.1 Protocol §2.2.3: the parameters act as ``USING`` / ``USING NAMED`` clauses on every
``DELETE``/``INSERT ... WHERE`` operation; a request that has both the parameters and its own
``USING``/``WITH`` clauses is an error.

>>> add_using_clauses("INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", ["http://g"], [])
'INSERT { ?s ?p 1 } USING <http://g> WHERE { ?s ?p ?o }'
"""
from __future__ import annotations

from kg.errors import QueryError
from kg.store.base import check_graph_iri
from kg.store.sparql_lexer import token_matches

def add_using_clauses(update: str, using: list[str], using_named: list[str]) -> str:
    """Insert USING clauses before the top-level WHERE of each DELETE/INSERT operation."""
    clause = " ".join(
        [f"USING <{check_graph_iri(g)}>" for g in using]
        + [f"USING NAMED <{check_graph_iri(g)}>" for g in using_named]
    )
    depth = 0
    modifying = False
    inserts: list[int] = []
    previous = ""
    for match in token_matches(update):
        token = match.group(0)
        upper = token.upper()
        before, previous = previous, upper
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0 and token == ";":
            modifying = False
        elif depth == 0 and upper in ("USING", "WITH"):
            raise QueryError(
                "the update has its own USING/WITH clauses and the request also gives "
                "using-graph-uri/using-named-graph-uri: that is a dataset conflict"
            )
        elif depth == 0 and upper in ("DELETE", "INSERT"):
            modifying = True
        elif depth == 0 and upper == "WHERE" and modifying and before != "DELETE":
            inserts.append(match.start())
            modifying = False
    for position in reversed(inserts):
        update = update[:position] + clause + " " + update[position:]
    return update
