"""SPARQL terms built from untrusted input, in one place: IRIs and literals, never raw text.

Every value a page puts into a query goes through :func:`iri` or :func:`literal` (or
:func:`values_block`), which serialise it the way N-Triples does (so no character of the input
can end the term early), and refuse what cannot be written safely.

>>> iri("https://w3id.org/dealgraph/id/firm/nvidia")
'<https://w3id.org/dealgraph/id/firm/nvidia>'
>>> literal('a "quoted" }\\n text')
'"a \\\\"quoted\\\\" }\\\\n text"'
>>> literal("英伟", lang="zh")
'"英伟"@zh'
>>> values_block("x", ["http://a/1", "http://a/2"])
'VALUES ?x { <http://a/1> <http://a/2> }'
>>> iri("http://a/> } ; DROP ALL #")
Traceback (most recent call last):
...
kg.errors.UsageError: not a valid IRI: 'http://a/> } ; DROP ALL #'
"""
from __future__ import annotations

import re

import pyoxigraph as ox

from kg.errors import UsageError

_IRI_OK = re.compile(r"\A[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]*\Z")
_LANG_OK = re.compile(r"\A[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\Z")
_VAR_OK = re.compile(r"\A[A-Za-z_][A-Za-z0-9_]*\Z")


def check_iri(value: str) -> str:
    """`value` if it is an absolute IRI that can be written between ``<`` and ``>``."""
    if not isinstance(value, str) or not _IRI_OK.match(value):
        raise UsageError(f"not a valid IRI: {value!r}")
    return value


def iri(value: str) -> str:
    """``<value>`` for an absolute IRI; UsageError otherwise."""
    try:
        return str(ox.NamedNode(check_iri(value)))
    except ValueError:
        raise UsageError(f"not a valid IRI: {value!r}") from None


def graph_iri(value: str) -> str:
    """A graph IRI from a request parameter or URL, checked as pyoxigraph will read it: control
    characters, spaces and bad percent-encoding are a UsageError (400), not a ValueError (500)."""
    from kg.store.base import check_graph_iri

    check_graph_iri(value)
    iri(value)
    return value


def literal(value: str, *, lang: str | None = None, datatype: str | None = None) -> str:
    """A string literal with every special character escaped (as pyoxigraph writes it)."""
    if lang is not None and not _LANG_OK.match(lang):
        raise UsageError(f"not a valid language tag: {lang!r}")
    if datatype is not None:
        return str(ox.Literal(str(value), datatype=ox.NamedNode(check_iri(datatype))))
    return str(ox.Literal(str(value), language=lang) if lang else ox.Literal(str(value)))


def variable(name: str) -> str:
    if not _VAR_OK.match(name):
        raise UsageError(f"not a valid variable name: {name!r}")
    return "?" + name


def term(value) -> str:
    """A pyoxigraph term (from a query result) written back into SPARQL."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return str(value)
    if isinstance(value, ox.BlankNode):
        raise UsageError("blank nodes cannot be written into a query")
    raise UsageError(f"not a term: {value!r}")


def values_block(var: str, iris: list[str]) -> str:
    """``VALUES ?var { <a> <b> }`` for a list of IRIs."""
    return f"VALUES {variable(var)} {{ {' '.join(iri(i) for i in iris)} }}"


def literal_values_block(var: str, values: list[str]) -> str:
    return f"VALUES {variable(var)} {{ {' '.join(literal(v) for v in values)} }}"
