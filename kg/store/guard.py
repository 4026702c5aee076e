"""Refuse SPARQL that would make the server reach out to the network.

dealgraph never federates (``SERVICE``) and never fetches (``LOAD``): both are refused before the
engine sees the request. The decision is made on SPARQL's own tokens
(:mod:`kg.store.sparql_lexer`), so a literal, an IRI, a
prefixed name (``ex:SERVICE``) or a comment that merely mentions the word is fine, while every
spelling the engine would read as the keyword (``?o .SERVICE``, after an escaped ``\\#`` in a
local name, in any case) is refused. Text that does not lex is a syntax error, never waved
through. A LOAD text that does not parse at all is reported as the syntax error it is.

>>> check_no_outbound('SELECT * { ?s ?p "SERVICE" }')
>>> check_no_outbound('SELECT * { ?s ?p ?o .SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }')
Traceback (most recent call last):
...
kg.errors.ForbiddenOperation: SERVICE is not allowed: dealgraph never sends queries to other endpoints
"""
from __future__ import annotations

import re

from functools import lru_cache
from itertools import accumulate

from pyparsing import ParseBaseException

from kg.errors import ForbiddenOperation, QueryError, ResourceLimit, SparqlSyntaxError
from kg.store.sparql_lexer import lex, strip_noise

_KEYWORDS = {
    "SERVICE": "SERVICE is not allowed: dealgraph never sends queries to other endpoints",
    "LOAD": "LOAD is not allowed: dealgraph never fetches data from the web; "
    "use `dealgraph import` or the Graph Store Protocol",
}


@lru_cache(maxsize=512)
def declares_dataset(sparql: str) -> bool:
    """True when a query names its own dataset with FROM / FROM NAMED.

    >>> declares_dataset("SELECT * FROM <http://g> { ?s ?p ?o }")
    True
    >>> declares_dataset("SELECT ?from { ?from ?p 'FROM' }")
    False
    """
    try:
        return any(t.kind == "word" and t.text.upper() == "FROM" for t in lex(sparql))
    except SparqlSyntaxError:
        return False  # the engine reports the syntax error


#: Texts longer than this are vetted every time instead of being remembered (the cache would
#: otherwise keep megabytes of update text alive).
_CACHED_UP_TO = 64 * 1024


def vet(sparql: str) -> None:
    """Every check a query or update passes before any engine sees it.

    Short texts are cached (a refusal raises, so only accepted texts are remembered): the same
    saved query or page query is checked once, not on every call.
    """
    if len(sparql) <= _CACHED_UP_TO:
        _vet_cached(sparql)
    else:
        _vet(sparql)


@lru_cache(maxsize=512)
def _vet_cached(sparql: str) -> None:
    _vet(sparql)


def _vet(sparql: str) -> None:
    check_sparql(sparql)
    check_no_outbound(sparql)


def outbound_keyword(sparql: str) -> str | None:
    """``"SERVICE"`` or ``"LOAD"`` if the text uses one as a keyword, else None.

    Raises :class:`~kg.errors.SparqlSyntaxError` if the text is not made of SPARQL tokens.

    >>> outbound_keyword(r"PREFIX ex: <http://e/> SELECT * { ex:a\\#b ?p ex:SERVICE }")
    >>> outbound_keyword("SELECT * { ?s ?p ?o } lOaD <http://x/>")
    'LOAD'
    """
    for token in lex(sparql):
        if token.kind == "word" and token.text.upper() in _KEYWORDS:
            return token.text.upper()
    return None


def check_no_outbound(sparql: str) -> None:
    """Raise :class:`ForbiddenOperation` if `sparql` uses SERVICE or LOAD (a syntax error if the
    text with the keyword does not parse as a query or an update)."""
    keyword = outbound_keyword(sparql)
    if keyword is None:
        return
    problem = _parse_problem(sparql, keyword)
    if problem is not None:
        raise problem
    raise ForbiddenOperation(_KEYWORDS[keyword])


def _parse_problem(sparql: str, keyword: str) -> SparqlSyntaxError | None:
    """For a LOAD text: None if it parses as an update, else its syntax error (so a malformed
    LOAD is reported as what it is). A SERVICE text is refused without a second parse.

    Only rdflib's parser runs (it parses, nothing executes); the text is never handed to
    Oxigraph here, which would both fetch and, for some hostile shapes, crash the process.
    """
    if keyword != "LOAD":
        return None
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(sparql)
        return None
    except ParseBaseException as exc:
        return SparqlSyntaxError.at(exc.msg or "unexpected text", line=exc.lineno, column=exc.col,
                                    near=exc.line.strip()[:80] or None)
    except RecursionError:
        return None   # too deep to judge: refused as LOAD all the same


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
