"""Every mf:QueryEvaluationTest of the SPARQL 1.1 evaluation suites through kg.Store on a bare
embedded store, each checked against raw pyoxigraph on the same data: dealgraph passes exactly
the cases raw Oxigraph passes, and the others are strict xfails naming the upstream cause."""
from __future__ import annotations

import pytest

from tests.w3c_sparql.manifest import EVAL_SUITES, available, eval_cases
from tests.w3c_sparql.runners import UpstreamMismatch, judge, on_raw_oxigraph, on_store
from tests.w3c_sparql.upstream import eval_marks


def _params():
    if not available():
        return [pytest.param(None, id="suites-absent")]
    return [pytest.param(case, id=case.id, marks=eval_marks(case.id))
            for suite in EVAL_SUITES for case in eval_cases(suite)]


@pytest.mark.parametrize("case", _params())
def test_evaluation(case, bare_store):
    store = bare_store(case.suite)
    raw = judge(case, lambda: on_raw_oxigraph(case))
    ours = judge(case, lambda: on_store(store, case))
    assert ours.passed == raw.passed, f"dealgraph {ours.detail}; raw Oxigraph {raw.detail}"
    if not ours.passed:
        raise UpstreamMismatch(f"dealgraph and raw Oxigraph both: {ours.detail}")
