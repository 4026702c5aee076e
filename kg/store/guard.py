"""Refuse SPARQL that would make the server reach out to the network.

dealgraph never federates (``SERVICE``) and never fetches (``LOAD``): both are refused before the
engine sees the request. The decision is made on SPARQL's own tokens
(:mod:`kg.store.sparql_lexer`), so a literal, an IRI, a
prefixed name (``ex:SERVICE``) or a comment that merely mentions the word is fine, while every
spelling the engine would read as the keyword (``?o .SERVICE``, after an escaped ``\\#`` in a
local name, in any case) is refused. Text that does not lex is a syntax error, never waved
through. A text with the keyword that does not parse at all is reported as the syntax error it is.

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


@lru_cache(maxsize=512)
def vet(sparql: str) -> None:
    """Every check a query or update passes before any engine sees it.

    Cached per text (a refusal raises, so only accepted texts are remembered): the same saved
    query or page query is checked once, not on every call.
    """
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
    """None if the text parses as a query or an update with `keyword` in it, else its syntax error.

    Nothing runs against the network: rdflib's parser only parses; when it cannot read the text
    and the keyword is SERVICE, Oxigraph parses the same text with each ``SERVICE [SILENT]``
    turned into ``GRAPH`` (same grammar position, no fetch) on an empty in-memory store.
    """
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    problem = None
    for parse in (parseQuery, parseUpdate):
        try:
            parse(sparql)
            return None
        except ParseBaseException as exc:
            problem = SparqlSyntaxError.at(exc.msg or "unexpected text", line=exc.lineno,
                                           column=exc.col, near=exc.line.strip()[:80] or None)
    if keyword == "SERVICE" and _oxigraph_parses(_service_as_graph(sparql)):
        return None
    return problem


def _service_as_graph(sparql: str) -> str:
    """The text with each ``SERVICE`` keyword (and a ``SILENT`` after it) spelled ``GRAPH``."""
    out, last, after_service = [], 0, False
    for token in lex(sparql):
        word = token.text.upper() if token.kind == "word" else ""
        if word == "SERVICE" or (after_service and word == "SILENT"):
            out.append(sparql[last:token.start] + ("GRAPH" if word == "SERVICE" else ""))
            last = token.end
        after_service = word == "SERVICE"
    return "".join(out) + sparql[last:]


def _oxigraph_parses(sparql: str) -> bool:
    import pyoxigraph as ox

    empty = ox.Store()
    for run in (empty.query, empty.update):
        try:
            result = run(sparql)
        except SyntaxError:
            continue
        except (OSError, ValueError):
            return True  # parsed, then failed evaluating on the empty store
        if result is not None and hasattr(result, "__iter__"):
            for _ in zip(range(1), result):
                pass
        return True
    return False


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
