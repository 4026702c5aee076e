"""Refuse SPARQL that would make the server reach out to the network.

dealgraph never federates (``SERVICE``) and never fetches (``LOAD``): both are refused before the
engine sees the request. The check strips strings, IRIs and comments first, so a literal that
merely mentions the word is fine.

>>> check_no_outbound('SELECT * { ?s ?p "SERVICE" }')
>>> check_no_outbound('SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }')
Traceback (most recent call last):
...
kg.errors.ForbiddenOperation: SERVICE is not allowed: dealgraph never sends queries to other endpoints
"""
from __future__ import annotations

import re

from kg.errors import ForbiddenOperation
from kg.store.sparql_lexer import strip_noise

_KEYWORDS = {
    "SERVICE": "SERVICE is not allowed: dealgraph never sends queries to other endpoints",
    "LOAD": "LOAD is not allowed: dealgraph never fetches data from the web; "
    "use `dealgraph import` or the Graph Store Protocol",
}
_KEYWORD_RE = re.compile(r"(?<![\w:?$\-.])(SERVICE|LOAD)(?![\w:\-])", re.IGNORECASE)


_FROM_RE = re.compile(r"(?<![\w:?$\-.])FROM(?![\w:\-])", re.IGNORECASE)


def declares_dataset(sparql: str) -> bool:
    """True when a query names its own dataset with FROM / FROM NAMED.

    >>> declares_dataset("SELECT * FROM <http://g> { ?s ?p ?o }")
    True
    >>> declares_dataset("SELECT ?from { ?from ?p 'FROM' }")
    False
    """
    return bool(_FROM_RE.search(strip_noise(sparql)))


def check_no_outbound(sparql: str) -> None:
    """Raise :class:`ForbiddenOperation` if `sparql` uses SERVICE or LOAD."""
    stripped = strip_noise(sparql)
    match = _KEYWORD_RE.search(stripped)
    if match:
        raise ForbiddenOperation(_KEYWORDS[match.group(1).upper()])
