"""Shared store folders (kg.store.sharing): readers follow changes, and see a change whole."""
from __future__ import annotations

import threading

import pytest

from kg import changes
from kg.errors import StoreBusy
from kg.namespaces import DERIVED_GRAPH
from kg.store import open_store

G = "http://example.org/g"
AGREEMENT = "https://w3id.org/dealgraph/id/agreement/x"
LOAN = ("<https://w3id.org/dealgraph/id/agreement/x> "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/dealgraph/ontology#Loan> .")
ASK_SOURCE = f"ASK {{ GRAPH <{G}> {{ <{AGREEMENT}> ?p ?o }} }}"
ASK_DERIVED = (f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ <{AGREEMENT}> a "
               "<https://w3id.org/dealgraph/ontology#Financing> } }")


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "store"


def test_a_shared_reader_follows_another_writer(folder):
    with open_store(folder, shared=True) as writer, open_store(folder, shared=True) as reader:
        changes.apply(writer, {})
        assert reader.poll_changes() and not reader.query(ASK_SOURCE).boolean
        changes.apply(writer, {G: LOAN}, with_base=False)
        assert reader.query(ASK_SOURCE).boolean and reader.query(ASK_DERIVED).boolean


def test_a_reader_sees_a_change_whole_or_not_at_all(folder):
    with open_store(folder, shared=True) as writer, open_store(folder, shared=True) as reader:
        changes.apply(writer, {})
        seen = []

        def read():   # from another thread while the change is under way
            seen.append((reader.query(ASK_SOURCE).boolean, reader.query(ASK_DERIVED).boolean))

        with writer.writing():
            changes.apply(writer, {G: LOAN}, with_base=False)
            during = threading.Thread(target=read)
            during.start()
            during.join(0.5)
        during.join()
        # its old snapshot (before), or, if the writer compacted that away, it waited (after)
        assert seen[0] in ((False, False), (True, True))
        assert reader.query(ASK_SOURCE).boolean and reader.query(ASK_DERIVED).boolean
        assert not changes.is_stale(reader)


def test_a_second_writer_waits_then_gives_up_with_a_clear_error(folder):
    told = []
    with open_store(folder, shared=True) as first, \
            open_store(folder, shared=True, wait=0.3, on_wait=told.append) as second:
        with first.writing():
            with pytest.raises(StoreBusy, match="--wait"):
                second.update(f"INSERT DATA {{ GRAPH <{G}> {{ {LOAN} }} }}")
        assert told and "waiting up to 0.3 s" in told[0]
        second.update(f"INSERT DATA {{ GRAPH <{G}> {{ {LOAN} }} }}")   # free again
        assert first.query(ASK_SOURCE).boolean


def test_threads_of_one_process_take_turns(folder):
    with open_store(folder, shared=True, wait=30) as store:
        def write(i):
            store.update(f"INSERT DATA {{ GRAPH <{G}> {{ <http://example.org/{i}> "
                         f"<http://example.org/p> {i} }} }}")
        threads = [threading.Thread(target=write, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert store.graphs() == {G: 8}
