"""Bare stores (issue 15): the user's graphs alone, no ontology/reference/derived graphs, a
choice kept with the store folder; dataset parameters and FROM keep working."""
from __future__ import annotations

import pytest

import kg
from kg import changes
from kg.errors import UsageError
from kg.namespaces import DERIVED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.store import RemoteStore
from kg.store.layout import MARKER

G = "http://example.org/g"
H = "http://example.org/h"
TTL = "@prefix ex: <http://example.org/> .\nex:a ex:p 1 . ex:b ex:p 2 . ex:c a ex:Loan .\n"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "data.ttl"
    path.write_text(TTL, encoding="utf-8")
    return path


def count(store, sparql=COUNT, **options) -> int:
    return int(store.query(sparql, **options).rows[0]["n"].value)


def test_bare_store_default_graph_is_only_the_users_graphs(tmp_path, data_file):
    with kg.open_store(tmp_path / "store", bare=True) as store:
        kg.import_files(store, [data_file], graph=G)
        assert store.graphs() == {G: 3}
        assert count(store) == 3


def test_dealgraph_store_default_graph_also_holds_the_project_graphs(tmp_path, data_file):
    with kg.open_store(tmp_path / "store") as store:
        kg.import_files(store, [data_file], graph=G)
        assert {ONTOLOGY_GRAPH, REFERENCE_GRAPH, DERIVED_GRAPH} <= set(store.graphs())
        assert count(store) > 1000


def test_bare_folder_stays_bare_when_reopened_without_the_option(tmp_path, data_file):
    with kg.open_store(tmp_path / "store", bare=True):
        pass
    assert (tmp_path / "store" / MARKER).is_file()
    with kg.open_store(tmp_path / "store") as store:
        assert store.bare
        kg.import_files(store, [data_file], graph=G)
        assert set(store.graphs()) == {G}
    with kg.open_store(tmp_path / "store", read_only=True) as store:
        assert store.bare


def test_folder_with_dealgraph_graphs_cannot_be_opened_bare(tmp_path, data_file):
    with kg.open_store(tmp_path / "store") as store:
        kg.import_files(store, [data_file], graph=G)
    with pytest.raises(UsageError, match="cannot be opened bare"):
        kg.open_store(tmp_path / "store", bare=True)
    assert not (tmp_path / "store" / MARKER).exists()


def test_loading_articles_into_a_bare_store_is_refused(tmp_path):
    with kg.open_store(tmp_path / "store", bare=True) as store:
        with pytest.raises(UsageError, match="bare"):
            kg.load_articles(store, [tmp_path])
        assert store.graphs() == {}


def test_updates_on_a_bare_store_derive_nothing(tmp_path):
    with kg.open_store(tmp_path / "store", bare=True) as store:
        changes.run_update(store, "PREFIX ex: <http://example.org/> "
                                  "INSERT DATA { GRAPH ex:g { ex:x a ex:Loan } }")
        changes.apply(store, {H: '<http://example.org/y> <http://example.org/p> "1" .'})
        assert set(store.graphs()) == {G, H}
        assert not changes.ensure_fresh(store)


def test_dataset_parameters_and_from_work_on_a_bare_store(tmp_path, data_file):
    with kg.open_store(tmp_path / "store", bare=True) as store:
        kg.import_files(store, [data_file], graph=G)
        changes.apply(store, {H: '<http://example.org/y> <http://example.org/p> "1" .'})
        assert count(store) == 4
        assert count(store, default_graphs=[H]) == 1
        assert count(store, f"SELECT (COUNT(*) AS ?n) FROM <{G}> WHERE {{ ?s ?p ?o }}") == 3
        assert count(store, "PREFIX ex: <http://example.org/> SELECT (COUNT(*) AS ?n) "
                            "FROM NAMED ex:h WHERE { GRAPH ?g { ?s ?p ?o } }") == 1


def test_backup_of_a_bare_store_is_bare(tmp_path, data_file):
    with kg.open_store(tmp_path / "store", bare=True) as store:
        kg.import_files(store, [data_file], graph=G)
        store.backup(tmp_path / "copy")
    with kg.open_store(tmp_path / "copy") as copy:
        assert copy.bare and copy.graphs() == {G: 3}


def test_remote_bare_store_writes_no_project_graphs(oxigraph_url, data_file):
    store = RemoteStore(oxigraph_url + "/query", oxigraph_url + "/update", bare=True)
    store.update("DROP ALL")
    kg.import_files(store, [data_file], graph=G)
    changes.run_update(store, "INSERT DATA { GRAPH <http://example.org/h> { <x:a> <x:b> 1 } }")
    assert set(store.graphs()) == {G, H}
    assert count(store) == 4
