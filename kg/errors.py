"""One error hierarchy for dealgraph, mapped once to CLI exit codes and HTTP statuses.

Every error the core raises on purpose is a :class:`KGError`. The CLI prints ``str(error)`` on
one line and exits with :attr:`KGError.exit_code`; the web app answers with
:attr:`KGError.http_status`.

>>> err = QueryError("line 1: expected WHERE")
>>> (err.exit_code, err.http_status, str(err))
(2, 400, 'line 1: expected WHERE')
"""
from __future__ import annotations


class KGError(Exception):
    """Base class: a problem dealgraph can explain in one line."""

    exit_code = 2
    http_status = 500

    def __init__(self, message: str, *, source: str | None = None):
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class UsageError(KGError):
    """The request or command line itself is wrong (bad option, unknown format...)."""

    http_status = 400


class ParseError(KGError):
    """Input data (Turtle, JSON-LD, ...) could not be parsed."""

    http_status = 400


class LoadError(KGError):
    """An article could not be read or turned into RDF."""

    http_status = 400


class QueryError(KGError):
    """A SPARQL query or update is malformed or not allowed."""

    http_status = 400


#: How much of the text near a syntax error a message quotes.
_NEAR_MAX = 160


class SparqlSyntaxError(QueryError):
    """A SPARQL query or update does not parse; the message says where and what was expected.

    :meth:`at` builds one from its parts and keeps them (``line``, ``column``, ``detail``,
    ``near``, ``hint``) so a caller that prepended text can renumber it (:meth:`moved_up`).

    >>> str(SparqlSyntaxError.at("expected WHERE", line=3, column=7, near="SELECT ?x {"))
    "SPARQL syntax error at line 3, column 7: expected WHERE (near 'SELECT ?x {')"
    >>> str(SparqlSyntaxError.at("expected WHERE", line=3, column=7).moved_up(2))
    'SPARQL syntax error at line 1, column 7: expected WHERE'
    >>> len(str(SparqlSyntaxError.at("too long", line=1, column=1, near="x" * 10**6))) < 250
    True
    """

    line: int | None = None
    column: int | None = None
    detail: str = ""
    near: str | None = None
    hint: str | None = None
    what: str = ""

    @classmethod
    def at(cls, detail: str, *, line: int | None = None, column: int | None = None,
           near: str | None = None, hint: str | None = None, what: str = "") -> SparqlSyntaxError:
        where = f" at line {line}, column {column}" if line is not None else ""
        text = f"SPARQL {what + ' ' if what else ''}syntax error{where}: {detail}"
        if near and len(near) > _NEAR_MAX:   # a generated line can be megabytes long
            near = near[:_NEAR_MAX - 3] + "..."
        if near:
            text += f" (near {near!r})"
        if hint:
            text += f"; {hint}"
        error = cls(text)
        error.line, error.column, error.detail = line, column, detail
        error.near, error.hint, error.what = near, hint, what
        return error

    def moved_up(self, lines: int) -> SparqlSyntaxError:
        """The same error, its line counted `lines` fewer (text of that many lines was prepended
        by dealgraph, not written by the user)."""
        if self.line is None or self.line <= lines:
            return self
        return self.at(self.detail, line=self.line - lines, column=self.column, near=self.near,
                       hint=self.hint, what=self.what)


class ForbiddenOperation(QueryError):
    """The request asks for something dealgraph never does (SERVICE, LOAD of a remote IRI...)."""

    http_status = 400


class QueryTimeout(KGError):
    """A query ran past its time limit and was stopped."""

    exit_code = 3
    http_status = 503


class ResourceLimit(KGError):
    """A size or concurrency cap was exceeded."""

    exit_code = 3
    http_status = 413


class Busy(ResourceLimit):
    """Too many concurrent requests; try again later."""

    http_status = 503


class NotFound(KGError):
    """A graph, entity or saved query does not exist."""

    http_status = 404


class StoreError(KGError):
    """The store cannot be opened, read or written (locked, corrupt, unreachable server)."""

    exit_code = 4
    http_status = 503


class ModelUnavailable(KGError):
    """The model endpoint of `--extractor model|both` cannot be reached or keeps failing
    (connection refused, timeout, 429/5xx after the retries). Nothing is written."""

    exit_code = 4
    http_status = 503


class StoreBusy(StoreError):
    """Another process is writing the store and did not finish within the wait allowed."""


class ValidationError(KGError):
    """Validation could not be run (bad shapes file...). Non-conformance is not an error."""

    http_status = 400


class AuthError(KGError):
    """A write was attempted without the right token."""

    http_status = 401
