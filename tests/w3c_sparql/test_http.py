"""A representative part of the W3C suites through the real protocol routes of the console
(Flask app over a bare store): the first cases of every evaluation folder through /sparql, and
every syntax case through /update (updates) or /sparql (queries)."""
from __future__ import annotations

import pytest

from tests.w3c_sparql import http, syntax
from tests.w3c_sparql.manifest import EVAL_SUITES, SYNTAX_SUITES, available, eval_cases, syntax_cases
from tests.w3c_sparql.runners import UpstreamMismatch, judge, on_raw_oxigraph
from tests.w3c_sparql.upstream import eval_marks, syntax_marks

#: How many cases of each evaluation folder go through /sparql.
PER_FOLDER = 3


def _eval_params():
    if not available():
        return [pytest.param(None, id="suites-absent")]
    return [pytest.param(case, id=case.id, marks=eval_marks(case.id))
            for suite in EVAL_SUITES for case in eval_cases(suite)[:PER_FOLDER]]


def _syntax_params():
    if not available():
        return [pytest.param(None, id="suites-absent")]
    return [pytest.param(case, id=case.id, marks=syntax_marks(case.id))
            for suite in SYNTAX_SUITES for case in syntax_cases(suite)]


@pytest.mark.parametrize("case", _eval_params())
def test_evaluation_over_sparql_endpoint(case, console):
    client, store = console
    raw = judge(case, lambda: on_raw_oxigraph(case))
    ours = judge(case, lambda: http.query(client, store, case))
    assert ours.passed == raw.passed, f"/sparql {ours.detail}; raw Oxigraph {raw.detail}"
    if not ours.passed:
        raise UpstreamMismatch(f"/sparql and raw Oxigraph both: {ours.detail}")


@pytest.mark.parametrize("case", _syntax_params())
def test_syntax_over_protocol(case, console):
    client, store = console
    ours = http.verdict(client, store, case)
    if syntax.outbound(case):
        expected = syntax.REFUSED if case.positive else syntax.SYNTAX_ERROR
        assert ours == expected, f"endpoint: {ours}; expected {expected}"
        return
    raw = syntax.on_raw_oxigraph(case)
    assert ours == raw, f"endpoint: {ours}; raw Oxigraph: {raw}"
    expected = syntax.ACCEPTED if case.positive else syntax.SYNTAX_ERROR
    if ours != expected:
        raise UpstreamMismatch(f"endpoint and raw Oxigraph: {ours}; the W3C expects {expected}")
