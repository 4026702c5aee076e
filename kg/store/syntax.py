"""SPARQL syntax errors as readable, typed errors (:class:`~kg.errors.SparqlSyntaxError`).

pyoxigraph says ``error at 1:20: expected NAMED``; dealgraph says where in words, quotes the text
there, and names the usual cause of the most confusing messages: a relative IRI (``<g>``) in a
query or update that has no base IRI.

>>> text = "SELECT * FROM <g> { ?s ?p ?o }"
>>> print(syntax_error(SyntaxError("error at 1:20: expected NAMED"), text, base_iri=None))
SPARQL syntax error at line 1, column 20: expected NAMED (near 'SELECT * FROM <g> { ?s ?p ?o }'); <g> is a relative IRI and there is no base IRI to resolve it against: add BASE <...> to the query or give a base IRI (--base, base_iri=)
"""
from __future__ import annotations

import re

from kg.errors import SparqlSyntaxError
from kg.sparql_errors import plain_detail
from kg.store.sparql_lexer import tokens

_POSITION = re.compile(r"^error at (\d+):(\d+): ?(.*)$", re.DOTALL)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
#: How much of the offending line to quote on each side of the error position.
_CONTEXT = 40


def syntax_error(exc: SyntaxError, text: str, *, base_iri: str | None,
                 what: str = "") -> SparqlSyntaxError:
    """The typed error for pyoxigraph's `exc` about `text` (a query, or an update: `what`)."""
    message = " ".join(str(exc).split())
    match = _POSITION.match(message)
    if not match:
        return SparqlSyntaxError.at(message, hint=_relative_iri_hint(text, base_iri), what=what)
    line, column, detail = int(match.group(1)), int(match.group(2)), match.group(3)
    detail, column = plain_detail(detail or "unexpected text", text, line, column)
    return SparqlSyntaxError.at(detail, line=line, column=column,
                                near=_near(text, line, column),
                                hint=_relative_iri_hint(text, base_iri), what=what)


def _near(text: str, line: int, column: int) -> str | None:
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return None
    here = lines[line - 1]
    start = max(0, column - 1 - _CONTEXT)
    excerpt = here[start:column - 1 + _CONTEXT].strip()
    return excerpt or None


def _relative_iri_hint(text: str, base_iri: str | None) -> str | None:
    """A hint when the text uses a relative IRI and nothing gives it a base."""
    if base_iri:
        return None
    found = list(tokens(text))
    if any(t.upper() == "BASE" for t in found):
        return None
    iris = (t for t in found if t.startswith("<") and t.endswith(">") and len(t) > 2)
    relative = next((t for t in iris if not _SCHEME.match(t[1:-1])), None)
    if relative is None:
        return None
    return (f"{relative} is a relative IRI and there is no base IRI to resolve it against: "
            "add BASE <...> to the query or give a base IRI (--base, base_iri=)")
