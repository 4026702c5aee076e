"""When is a SHACL-SPARQL constraint's ``$this`` safe to join instead of pre-binding?

SHACL pre-binds ``$this`` to each focus node before evaluating ``sh:select``. The fast engine
instead runs the query once with ``$this`` unbound and joins its rows with the focus nodes. Both
give the same rows exactly when ``$this`` is bound by the query's own patterns everywhere it is
used: by the WHERE pattern as a whole (every row has a ``$this``), and before every FILTER,
BIND, OPTIONAL, MINUS or subquery that mentions it. :func:`joinable` checks this on rdflib's
SPARQL algebra, conservatively: anything it does not recognise counts as unsafe, and the
constraint then goes to pySHACL, which pre-binds.

>>> joinable("SELECT $this WHERE { $this <x:p> ?v FILTER(?v > 1) }")
True
>>> joinable("SELECT $this WHERE { FILTER ($this = <x:a>) }")
False
>>> joinable("SELECT $this WHERE { ?v <x:p> 1 OPTIONAL { $this <x:q> ?v } }")
False
>>> joinable("SELECT $this WHERE { $this <x:p> ?v FILTER NOT EXISTS { $this <x:q> ?v } }")
True
>>> joinable("SELECT $this WHERE { { SELECT ?v WHERE { $this <x:p> ?v } } $this <x:q> ?v }")
False
>>> joinable("SELECT $this WHERE { $this ?p ?o { SELECT ?p WHERE { ?s ?p ?x } } }")
False
>>> joinable("SELECT $this WHERE { { SELECT $this WHERE { $this <x:p> ?v } GROUP BY $this "
...          "HAVING (COUNT(?v) > 1) } }")
True

SHACL forbids MINUS, VALUES, SERVICE and binding ``$this`` with AS in these queries
(:data:`FORBIDDEN`); such a query is not joinable either, and pySHACL reports the error.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pyparsing import ParseException
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Variable

THIS = Variable("this")
#: What SHACL-SPARQL 5.3.1 forbids in a query with pre-bound variables.
FORBIDDEN = re.compile(r"(?i)\b(MINUS|VALUES|SERVICE)\b|\bAS\s+[?$]this\b")
_PASS_THROUGH = ("ToMultiSet", "Distinct", "Reduced", "Slice", "OrderBy", "Graph")


@lru_cache(maxsize=256)   # pure in its text; every change compiles the same constraints
def joinable(query: str) -> bool:
    """True when joining the unbound query with the focus nodes equals pre-binding ``$this``
    (the query must parse with its own prefixes; one that does not is not joinable)."""
    if FORBIDDEN.search(query):
        return False
    algebra = algebra_of(query)
    if algebra is None:
        return False
    where = algebra["p"]
    return THIS in bound(where) and safe(where)


def algebra_of(query: str):
    """rdflib's algebra of a SELECT (``$this`` read as ``?this``), or None when it does not
    parse with its own prefixes."""
    try:
        return prepareQuery(query.replace("$this", "?this")).algebra
    except (ParseException, ValueError, KeyError, TypeError):
        return None
    except Exception as exc:  # noqa: BLE001 - rdflib raises a bare Exception for an unknown prefix
        if type(exc) is Exception:
            return None
        raise


def mentions(node) -> bool:
    """Does `node` (an algebra node, expression, list...) mention ``?this`` anywhere?"""
    if isinstance(node, Variable):
        return node == THIS
    if isinstance(node, dict):
        return any(mentions(v) for k, v in node.items() if k != "_vars")
    if isinstance(node, (list, tuple, set, frozenset)):
        return any(mentions(v) for v in node)
    return False


def bound(node) -> set:
    """The variables every solution of the pattern `node` binds."""
    if not isinstance(node, CompValue):
        return set()
    name = node.name
    if name == "BGP":
        return {t for triple in node.triples for t in triple if isinstance(t, Variable)}
    if name == "Join":
        return bound(node.p1) | bound(node.p2)
    if name in ("LeftJoin", "Minus"):
        return bound(node.p1)
    if name == "Union":
        return bound(node.p1) & bound(node.p2)
    if name == "Filter":
        return bound(node.p)
    if name == "Extend":
        return bound(node.p) | {node.var}
    if name == "Project":
        return bound(node.p) & set(node.PV)
    if name in _PASS_THROUGH or name == "AggregateJoin":
        return bound(node.p)
    if name == "Group":   # only the grouping variables survive a GROUP BY
        keys = {e for e in (node.expr or []) if isinstance(e, Variable)}
        return bound(node.p) & keys
    if name == "values":
        rows = node.res or [{}]
        return set.intersection(*({v for v, t in row.items() if t is not None} for row in rows))
    return set()


def safe(node) -> bool:
    """Every use of ``?this`` inside `node` comes after patterns that bind it."""
    if not isinstance(node, CompValue):
        return True
    name = node.name
    if name == "Project":  # SHACL: every subquery must project the pre-bound $this
        return THIS in node.PV and safe(node.p)
    if name in ("BGP", "values"):
        return True
    if name in ("Join", "Union"):
        return safe(node.p1) and safe(node.p2)
    if name in ("LeftJoin", "Minus"):
        right = [node.p2, node.get("expr")]
        return (not mentions(right) or THIS in bound(node.p1)) and safe(node.p1) and safe(node.p2)
    if name == "Filter":
        return (not mentions(node.expr) or THIS in bound(node.p)) and safe(node.p)
    if name == "Extend":
        return (not mentions(node.expr) or THIS in bound(node.p)) and safe(node.p)
    if name in _PASS_THROUGH or name == "AggregateJoin":
        return safe(node.p)
    if name == "Group":
        return (not mentions(node.expr) or THIS in bound(node.p)) and safe(node.p)
    return not mentions(node)
