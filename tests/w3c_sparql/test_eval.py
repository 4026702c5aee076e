"""Every mf:QueryEvaluationTest of the SPARQL 1.1 evaluation suites through kg.Store on a bare
embedded store, each checked against raw pyoxigraph on the same data: dealgraph passes exactly
the cases raw Oxigraph passes, and the others are strict xfails naming the upstream cause."""
from __future__ import annotations

import pytest

from tests.w3c_sparql.runners import check_like_raw_oxigraph, on_store
from tests.w3c_sparql.upstream import eval_params


@pytest.mark.parametrize("case", eval_params())
def test_evaluation(case, bare_store):
    store = bare_store(case.suite)
    check_like_raw_oxigraph(case, lambda: on_store(store, case))
