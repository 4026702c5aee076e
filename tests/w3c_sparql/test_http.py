"""A representative part of the W3C suites through the real protocol routes of the console
(Flask app over a bare store): the first cases of every evaluation folder through /sparql, and
every syntax case through /update (updates) or /sparql (queries)."""
from __future__ import annotations

import pytest

from tests.w3c_sparql import http, syntax
from tests.w3c_sparql.runners import check_like_raw_oxigraph
from tests.w3c_sparql.upstream import eval_params, syntax_params

#: How many cases of each evaluation folder go through /sparql.
PER_FOLDER = 3


@pytest.mark.parametrize("case", eval_params(PER_FOLDER))
def test_evaluation_over_sparql_endpoint(case, console):
    client, store = console
    check_like_raw_oxigraph(case, lambda: http.query(client, store, case), where="/sparql")


@pytest.mark.parametrize("case", syntax_params())
def test_syntax_over_protocol(case, console):
    client, store = console
    syntax.check(case, http.verdict(client, store, case), where="the endpoint")
