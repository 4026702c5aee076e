"""kg.written_forms: what the data wrote, where the store keeps another datatype."""
from __future__ import annotations

import pyoxigraph as ox

import kg
from kg import changes, written_forms

XSD = "http://www.w3.org/2001/XMLSchema#"
A, P = "<http://ex/a>", "<http://ex/p>"


def _lit(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


def _write(store, graph: str, ntriples: str) -> None:
    changes.apply(store, {graph: ntriples})


def test_merged_forms_are_all_recorded_and_put_back(tmp_path):
    """"55"^^xsd:byte and "55"^^xsd:integer are one stored triple; both written forms come back."""
    with kg.open_store(tmp_path / "s", bare=True) as store:
        _write(store, "http://ex/g", f'{A} {P} "55"^^<{XSD}byte> .\n{A} {P} "55"^^<{XSD}integer> .\n'
                                     f'{A} {P} "300"^^<{XSD}byte> .\n')
        assert len(store.query(f"SELECT * WHERE {{ {A} {P} ?o }}").rows) == 2   # as stored
        out, put = written_forms.substitutions(store)
    assert {t.object for t in out} == {_lit("55", "integer"), _lit("300", "integer")}
    assert {t.object for t in put} == {_lit("55", "byte"), _lit("55", "integer"), _lit("300", "byte")}


def test_nothing_recorded_for_data_the_store_keeps_as_written(tmp_path):
    with kg.open_store(tmp_path / "s", bare=True) as store:
        _write(store, "http://ex/g", f'{A} {P} "7"^^<{XSD}integer> .\n{A} {P} "x" .\n')
        assert written_forms.read(store) == {}
    assert not (tmp_path / "s" / written_forms.FILE).exists()


def test_removed_or_replaced_graph_takes_its_record_along(tmp_path):
    with kg.open_store(tmp_path / "s", bare=True) as store:
        _write(store, "http://ex/g", f'{A} {P} "5"^^<{XSD}int> .\n')
        _write(store, "http://ex/h", f'{A} {P} "6"^^<{XSD}short> .\n')
        assert sorted(written_forms.read(store)) == ["http://ex/g", "http://ex/h"]
        _write(store, "http://ex/g", f'{A} {P} "5"^^<{XSD}integer> .\n')
        changes.apply(store, remove=["http://ex/h"])
        assert written_forms.read(store) == {}


def test_record_is_ignored_once_an_update_changed_the_triple(tmp_path):
    """A graph changed by SPARQL since: its record no longer describes the store."""
    with kg.open_store(tmp_path / "s", bare=True) as store:
        _write(store, "http://ex/g", f'{A} {P} "5"^^<{XSD}int> .\n')
        changes.run_update(store, f"DELETE DATA {{ GRAPH <http://ex/g> {{ {A} {P} 5 }} }}")
        assert written_forms.substitutions(store) == (set(), set())


def test_a_triple_another_graph_states_as_stored_stays(tmp_path):
    with kg.open_store(tmp_path / "s", bare=True) as store:
        _write(store, "http://ex/g", f'{A} {P} "5"^^<{XSD}int> .\n')
        changes.run_update(store, f"INSERT DATA {{ GRAPH <http://ex/h> {{ {A} {P} 5 }} }}")
        out, put = written_forms.substitutions(store)
    assert out == set() and {t.object for t in put} == {_lit("5", "int")}


def test_backup_keeps_the_written_forms(tmp_path):
    with kg.open_store(tmp_path / "s", bare=True) as store:
        _write(store, "http://ex/g", f'{A} {P} "5"^^<{XSD}int> .\n')
        store.backup(tmp_path / "copy")
    with kg.open_store(tmp_path / "copy") as copy:
        assert {t.object for t in written_forms.substitutions(copy)[1]} == {_lit("5", "int")}


def test_in_memory_store_keeps_them_on_the_store():
    store = kg.EmbeddedStore()
    _write(store, "http://ex/g", f'{A} {P} "2025-01-01T00:00:00Z"^^<{XSD}dateTimeStamp> .\n')
    assert {t.object for t in written_forms.substitutions(store)[1]} == {
        _lit("2025-01-01T00:00:00Z", "dateTimeStamp")}
