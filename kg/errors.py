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


class ValidationError(KGError):
    """Validation could not be run (bad shapes file...). Non-conformance is not an error."""

    http_status = 400


class AuthError(KGError):
    """A write was attempted without the right token."""

    http_status = 401
