"""Every W3C SPARQL 1.1 syntax case through kg.Store (embedded, bare): positive cases accepted,
negative ones rejected as syntax errors, each compared with raw pyoxigraph; SERVICE and LOAD are
refused by design (ForbiddenOperation) before any parser sees them."""
from __future__ import annotations

import pytest

from tests.w3c_sparql import syntax
from tests.w3c_sparql.manifest import SYNTAX_SUITES, available, syntax_cases
from tests.w3c_sparql.runners import UpstreamMismatch
from tests.w3c_sparql.upstream import syntax_marks


def _params():
    if not available():
        return [pytest.param(None, id="suites-absent")]
    return [pytest.param(case, id=case.id, marks=syntax_marks(case.id))
            for suite in SYNTAX_SUITES for case in syntax_cases(suite)]


@pytest.mark.parametrize("case", _params())
def test_syntax(case, bare_store):
    ours = syntax.on_store(bare_store(case.suite), case)
    if syntax.outbound(case):
        expected = syntax.REFUSED if case.positive else syntax.SYNTAX_ERROR
        assert ours == expected, f"dealgraph: {ours}; expected {expected}"
        return
    raw = syntax.on_raw_oxigraph(case)
    assert ours == raw, f"dealgraph: {ours}; raw Oxigraph: {raw}"
    expected = syntax.ACCEPTED if case.positive else syntax.SYNTAX_ERROR
    if ours != expected:
        raise UpstreamMismatch(f"dealgraph and raw Oxigraph: {ours}; the W3C expects {expected}")
