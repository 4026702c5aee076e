"""Verdicts on the W3C syntax cases: accepted, a syntax error, or refused by design."""
from __future__ import annotations

import pyoxigraph as ox

from kg.errors import ForbiddenOperation, QueryError, SparqlSyntaxError
from kg.store import Store
from kg.store.guard import check_no_outbound
from tests.w3c_sparql.manifest import SyntaxCase, iri_of
from tests.w3c_sparql.runners import UpstreamMismatch

ACCEPTED, SYNTAX_ERROR, REFUSED = "accepted", "a syntax error", "refused (SERVICE/LOAD)"


def outbound(case: SyntaxCase) -> bool:
    """True when the text is a well-formed use of SERVICE or LOAD, which dealgraph refuses."""
    try:
        check_no_outbound(case.text())
    except ForbiddenOperation:
        return True
    except SparqlSyntaxError:
        return False  # malformed: judged as any other syntax case
    return False


def on_store(store: Store, case: SyntaxCase) -> str:
    """dealgraph's verdict: the text through Store.query / Store.update on a bare store."""
    store.update("DROP ALL")
    try:
        if case.update:
            store.update(case.text(), base_iri=iri_of(case.path))
        else:
            store.query(case.text(), base_iri=iri_of(case.path))
    except SparqlSyntaxError:
        return SYNTAX_ERROR
    except ForbiddenOperation:
        return REFUSED
    except QueryError:
        return ACCEPTED  # parsed, then failed at run time (a custom function, a missing graph)
    return ACCEPTED


def on_raw_oxigraph(case: SyntaxCase) -> str:
    """Raw pyoxigraph's verdict, on an empty in-memory store (never for SERVICE/LOAD texts:
    they would reach for the network)."""
    raw = ox.Store()
    try:
        if case.update:
            raw.update(case.text(), base_iri=iri_of(case.path))
        else:
            raw.query(case.text(), base_iri=iri_of(case.path))
    except SyntaxError:
        return SYNTAX_ERROR
    except (RuntimeError, OSError, ValueError):
        return ACCEPTED  # parsed, then failed at run time
    return ACCEPTED


def check(case: SyntaxCase, ours: str, where: str = "dealgraph") -> None:
    """`ours` must be the W3C's verdict, or raw Oxigraph's when that differs (then
    :class:`UpstreamMismatch`); SERVICE/LOAD texts are refused, or syntax errors if malformed."""
    if outbound(case):
        expected = REFUSED if case.positive else SYNTAX_ERROR
        assert ours == expected, f"{where}: {ours}; expected {expected}"
        return
    raw = on_raw_oxigraph(case)
    assert ours == raw, f"{where}: {ours}; raw Oxigraph: {raw}"
    expected = ACCEPTED if case.positive else SYNTAX_ERROR
    if ours != expected:
        raise UpstreamMismatch(f"{where} and raw Oxigraph: {ours}; the W3C expects {expected}")
