"""The fast engine gives exactly pySHACL's results: same (focus, shape, component, severity,
path, value) set on every fixture, on a generated graph, and with RDFS inference instead of the
derived graph's materialised types."""
from __future__ import annotations

import pytest

from kg import changes
from kg.validate import load_shapes, raw_results
from tests.validate.fixtures import FIXTURES
from tests.validate.helpers import DATA, load_fixture, load_trig
from tests.validate.synthetic import generate


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


def keys(store, shapes, **options):
    return {r.key() for r in raw_results(store, shapes, **options)}


def assert_same(store, shapes):
    fast = keys(store, shapes, engine="fast")
    reference = keys(store, shapes, engine="pyshacl")
    assert fast == reference, {"fast only": fast - reference, "pyshacl only": reference - fast}
    return fast


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture(store, shapes, name):
    load_trig(store, FIXTURES[name])
    assert_same(store, shapes)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.trig")))
def test_data_file(store, shapes, name):
    load_fixture(store, name)
    assert_same(store, shapes)


def test_all_fixtures_together(store, shapes):
    for index, name in enumerate(sorted(FIXTURES)):
        load_trig(store, FIXTURES[name].replace("/article/", f"/article/{index}-"))
    assert len(assert_same(store, shapes)) > 30


def test_generated_graph(store, shapes):
    changes.apply(store, generate(4000, seed=7))
    found = assert_same(store, shapes)
    assert len({k[1] for k in found}) >= 8  # most shapes fire somewhere


def test_graph_restriction_is_the_same(store, shapes):
    changes.apply(store, generate(2000, seed=3, per_article=40))
    graph = "https://w3id.org/dealgraph/graph/article/synth-1"
    fast = keys(store, shapes, engine="fast", graph=graph)
    assert fast == keys(store, shapes, engine="pyshacl", graph=graph)
    assert fast and fast < keys(store, shapes, engine="fast")


@pytest.mark.parametrize("name", ["loi_collateral", "figures", "evidence_and_labels", "parties"])
def test_rdfs_inference_equals_the_derived_graph(store, shapes, name):
    """pySHACL with RDFS reasoning over the sources gives what the derived graph gives."""
    load_trig(store, FIXTURES[name])
    assert keys(store, shapes, engine="pyshacl", inference="rdfs") == keys(store, shapes, engine="pyshacl")


def test_user_shapes_with_unsupported_features_fall_back_to_pyshacl(store, tmp_path):
    (tmp_path / "extra.ttl").write_text("""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dg: <https://w3id.org/dealgraph/ontology#> .
@prefix ex: <http://example.org/> .
ex:Unique a sh:PropertyShape ; sh:targetClass dg:Firm ; sh:path <http://www.w3.org/2000/01/rdf-schema#label> ;
    sh:uniqueLang true .
ex:Blank a sh:NodeShape ; sh:targetClass dg:Agreement ;
    sh:property [ sh:path dg:party ; sh:class dg:Firm ; sh:maxCount 3 ] .
""", encoding="utf-8")
    load_trig(store, FIXTURES["parties"] + """
<https://w3id.org/dealgraph/graph/article/x> {
  firm:dup a dg:Firm ; rdfs:label "A"@en , "B"@en .
  ag:many a dg:Agreement ; dg:party firm:nvidia , firm:amd , firm:xai , ev:notafirm .
}""")
    shapes = load_shapes([tmp_path / "extra.ttl"])
    found = assert_same(store, shapes)
    assert {k[2].rsplit("#", 1)[-1] for k in found} == {
        "UniqueLangConstraintComponent", "ClassConstraintComponent", "MaxCountConstraintComponent"}


def test_both_backends(any_store, shapes):
    """The same results on the embedded store and on a real remote SPARQL server (Oxigraph's,
    Virtuoso)."""
    load_fixture(any_store, "seed_loop.trig")
    load_trig(any_store, FIXTURES["loi_collateral"] + FIXTURES["disagreeing_sources"].replace("/seed", "/b"))
    found = assert_same(any_store, shapes)
    assert {k[1].rsplit("#", 1)[-1] for k in found} == {
        "CircularFinancingShape", "NonBindingCollateralShape", "ConflictingFigureShape"}


@pytest.mark.slow
def test_bundled_corpus(store, shapes):
    """On what the loader makes of the bundled articles and the seed, both engines agree, and the
    seed's Nvidia → OpenAI → Oracle → Nvidia loop is reported."""
    import kg
    from kg import paths

    try:
        import kg.load  # noqa: F401
    except ImportError:
        pytest.skip("the loader is not there yet")
    sources = [paths.articles_dir()]
    seed = paths.shared_dir() / "seeds"
    if seed.is_dir():
        sources.append(seed)
    kg.load_articles(store, sources)
    assert_same(store, shapes)
    cycles = store.query("""PREFIX dg: <https://w3id.org/dealgraph/ontology#>
        SELECT ?l WHERE { ?c a dg:Cycle ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }""").python_rows()
    assert {"l": "Nvidia → OpenAI → Oracle → Nvidia"} in cycles
