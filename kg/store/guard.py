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

from functools import lru_cache
from itertools import accumulate

from kg.errors import ForbiddenOperation, QueryError, ResourceLimit
from kg.store.sparql_lexer import strip_noise

_KEYWORDS = {
    "SERVICE": "SERVICE is not allowed: dealgraph never sends queries to other endpoints",
    "LOAD": "LOAD is not allowed: dealgraph never fetches data from the web; "
    "use `dealgraph import` or the Graph Store Protocol",
}
_KEYWORD_RE = re.compile(r"(?<![\w:?$\-.])(SERVICE|LOAD)(?![\w:\-])", re.IGNORECASE)


_FROM_RE = re.compile(r"(?<![\w:?$\-.])FROM(?![\w:\-])", re.IGNORECASE)


@lru_cache(maxsize=512)
def declares_dataset(sparql: str) -> bool:
    """True when a query names its own dataset with FROM / FROM NAMED.

    >>> declares_dataset("SELECT * FROM <http://g> { ?s ?p ?o }")
    True
    >>> declares_dataset("SELECT ?from { ?from ?p 'FROM' }")
    False
    """
    return bool(_FROM_RE.search(strip_noise(sparql)))


@lru_cache(maxsize=512)
def vet(sparql: str) -> None:
    """Every check a query or update passes before any engine sees it.

    Cached per text (a refusal raises, so only accepted texts are remembered): the same saved
    query or page query is checked once, not on every call.
    """
    check_sparql(sparql)
    check_no_outbound(sparql)


def check_no_outbound(sparql: str) -> None:
    """Raise :class:`ForbiddenOperation` if `sparql` uses SERVICE or LOAD."""
    stripped = strip_noise(sparql)
    match = _KEYWORD_RE.search(stripped)
    if match:
        raise ForbiddenOperation(_KEYWORDS[match.group(1).upper()])


#: Deeper bracket nesting than this crashes Oxigraph's parser or evaluator (measured: see
#: docs/security.md), so it is refused before the engine sees the text.
MAX_SPARQL_DEPTH = 128


def human_size(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n:,} bytes"


def check_size(size: int, max_bytes: int | None, *, what: str = "upload",
               source: str | None = None) -> None:
    """:class:`ResourceLimit` (413) if `size` exceeds `max_bytes` (None: no cap)."""
    if max_bytes is not None and size > max_bytes:
        raise ResourceLimit(f"the {what} is {human_size(size)}; the limit is {human_size(max_bytes)}",
                            source=source)




def _max_depth(brackets: str, opening: str) -> int:
    """Deepest nesting in a string of only bracket characters."""
    if not brackets:
        return 0
    return max(0, max(accumulate(1 if c in opening else -1 for c in brackets)))


def check_sparql(sparql: str, *, max_depth: int = MAX_SPARQL_DEPTH,
                 max_bytes: int | None = None) -> None:
    """Refuse query or update text that would crash or stall the engine before it runs it.

    Caps bracket nesting (``(``, ``{``, ``[``, outside strings, IRIs and comments) and, if
    `max_bytes` is given, the text's size.
    """
    if max_bytes is not None:
        check_size(len(sparql.encode("utf-8", "surrogatepass")), max_bytes, what="query")
    if sparql.count("(") + sparql.count("{") + sparql.count("[") <= max_depth:
        return  # cannot nest deeper than the number of openers: skip the scan
    stripped = strip_noise(sparql)
    brackets = "".join(re.findall(r"[(){}\[\]]", stripped))
    depth = _max_depth(brackets, "({[")
    if depth > max_depth:
        raise QueryError(f"the query nests brackets {depth} deep; the limit is {max_depth}")
