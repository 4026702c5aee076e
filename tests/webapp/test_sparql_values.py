"""Values from users enter SPARQL only as escaped terms (webapp.sparql_values)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import UsageError
from webapp.sparql_values import check_iri, iri, literal, literal_values_block, values_block, variable

HOSTILE = ['x" } ; DROP ALL ; #', "a\\", 'line\nbreak', "\"\"\"", "}}}", "英伟\u0000达", "' OR 1=1 --",
           "<script>alert(1)</script>", "\\u0022"]


@pytest.mark.parametrize("text", HOSTILE)
def test_literal_round_trips_through_a_real_query(text):
    store = ox.Store()
    rows = list(store.query(f"SELECT ?v WHERE {{ {literal_values_block('v', [text])} }}"))
    assert rows[0]["v"].value == text


@pytest.mark.parametrize("bad", ["http://a/> } DROP ALL {", "no-scheme", "http://a b", "http://a/\"x",
                                 "javascript:alert(1)>", "", "http://a/{x}", "http://a/\n"])
def test_bad_iris_are_refused(bad):
    with pytest.raises(UsageError):
        iri(bad)


def test_good_iris_pass():
    assert iri("https://w3id.org/dealgraph/id/firm/英伟达") == "<https://w3id.org/dealgraph/id/firm/英伟达>"
    assert check_iri("urn:x:1") == "urn:x:1"
    assert values_block("x", ["http://a/1"]) == "VALUES ?x { <http://a/1> }"


def test_language_tags_and_variables_are_checked():
    assert literal("a", lang="zh-CN").lower() == '"a"@zh-cn'
    with pytest.raises(UsageError):
        literal("a", lang="en } DROP")
    with pytest.raises(UsageError):
        variable("x } DROP ALL")
