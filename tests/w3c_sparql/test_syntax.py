"""Every W3C SPARQL 1.1 syntax case through kg.Store (embedded, bare): positive cases accepted,
negative ones rejected as syntax errors, each compared with raw pyoxigraph; SERVICE and LOAD are
refused by design (ForbiddenOperation) before any parser sees them."""
from __future__ import annotations

import pytest

from tests.w3c_sparql import syntax
from tests.w3c_sparql.upstream import syntax_params


@pytest.mark.parametrize("case", syntax_params())
def test_syntax(case, bare_store):
    syntax.check(case, syntax.on_store(bare_store(case.suite), case))
