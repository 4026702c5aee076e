"""`dealgraph export --format nquads` then `dealgraph import` into an empty store: every quad back.

Runs the real CLI (``python -m kg``) in subprocesses. Blank nodes get fresh labels on import,
so datasets are compared after RDF canonicalisation (RDFC-1.0).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.hardening.conftest import canonical

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

DATA = r"""
<https://w3id.org/dealgraph/id/firm/nvidia> <http://www.w3.org/2000/01/rdf-schema#label> "Nvidia"@en <https://example.org/graph/a> .
<https://w3id.org/dealgraph/id/firm/nvidia> <http://www.w3.org/2004/02/skos/core#altLabel> "英伟达"@zh <https://example.org/graph/a> .
<https://w3id.org/dealgraph/id/deal/1> <https://w3id.org/dealgraph/ontology#amountUSD> "100000000000"^^<http://www.w3.org/2001/XMLSchema#decimal> <https://example.org/graph/a> .
<https://w3id.org/dealgraph/id/deal/1> <https://w3id.org/dealgraph/ontology#capacityGW> "10.5"^^<http://www.w3.org/2001/XMLSchema#decimal> <https://example.org/graph/a> .
<https://w3id.org/dealgraph/id/deal/1> <https://w3id.org/dealgraph/ontology#announcedOn> "2025-09-22"^^<http://www.w3.org/2001/XMLSchema#date> <https://example.org/graph/a> .
<https://w3id.org/dealgraph/id/deal/1> <https://w3id.org/dealgraph/ontology#isLegallyBinding> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> <https://example.org/graph/a> .
<https://w3id.org/dealgraph/id/deal/1> <http://www.w3.org/2000/01/rdf-schema#comment> "quotes \" backslash \\ newline \n tab \t and <script>alert(1)</script>" <https://example.org/graph/a> .
<https://w3id.org/dealgraph/id/deal/1> <https://w3id.org/dealgraph/ontology#evidence> _:ev1 <https://example.org/graph/b> .
_:ev1 <http://www.w3.org/ns/oa#exact> "据《The Information》报道，甲骨文……"@zh <https://example.org/graph/b> .
_:ev1 <http://www.w3.org/ns/oa#start> "42"^^<http://www.w3.org/2001/XMLSchema#integer> <https://example.org/graph/b> .
<https://example.org/ünïcödé/路径> <http://example.org/p> "\u0000\u0001 control chars and emoji 🚀" <https://example.org/graph/b> .
<https://example.org/s> <http://example.org/p> "x"^^<http://example.org/custom-type> <https://example.org/graph/c> .
<https://example.org/s> <http://example.org/p> "مرحبا"@ar <https://example.org/graph/c> .
"""


def dealgraph(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=180)


def test_export_import_round_trips_every_quad(tmp_path):
    source = tmp_path / "input.nq"
    source.write_text(DATA.strip() + "\n", encoding="utf-8")
    first, second = tmp_path / "first", tmp_path / "second"

    done = dealgraph("import", str(source), "--store", str(first))
    assert done.returncode == 0, done.stderr.decode()
    exported = tmp_path / "export.nq"
    done = dealgraph("export", "--format", "nquads", "--store", str(first),
                     "--output", str(exported))
    assert done.returncode == 0, done.stderr.decode()
    original = exported.read_bytes()
    assert original.count(b"\n") > 13  # the data plus the base graphs and the derived graph

    done = dealgraph("import", str(exported), "--store", str(second))
    assert done.returncode == 0, done.stderr.decode()
    done = dealgraph("export", "--format", "nquads", "--store", str(second))
    assert done.returncode == 0, done.stderr.decode()

    assert canonical(done.stdout) == canonical(original)
    # Every input quad is among them, literals byte for byte.
    assert canonical(DATA.encode()) <= canonical(
        b"\n".join(line for line in done.stdout.splitlines() if b"example.org/graph/" in line))


def test_trig_export_round_trips_too(tmp_path):
    source = tmp_path / "input.nq"
    source.write_text(DATA.strip() + "\n", encoding="utf-8")
    first, second = tmp_path / "first", tmp_path / "second"
    assert dealgraph("import", str(source), "--store", str(first)).returncode == 0
    trig = tmp_path / "export.trig"
    assert dealgraph("export", "--format", "trig", "--store", str(first),
                     "--output", str(trig)).returncode == 0
    assert dealgraph("import", str(trig), "--store", str(second)).returncode == 0
    a = dealgraph("export", "--format", "nquads", "--store", str(first)).stdout
    b = dealgraph("export", "--format", "nquads", "--store", str(second)).stdout
    assert canonical(a) == canonical(b)


def test_failed_import_leaves_the_store_exactly_as_before(tmp_path):
    store = tmp_path / "store"
    good, bad = tmp_path / "good.nq", tmp_path / "bad.nq"
    good.write_text(DATA.strip() + "\n", encoding="utf-8")
    bad.write_text(DATA.strip() + "\n<http://broken> <http://p> \"unterminated .\n",
                   encoding="utf-8")
    assert dealgraph("import", str(good), "--store", str(store)).returncode == 0
    before = dealgraph("export", "--format", "nquads", "--store", str(store)).stdout
    done = dealgraph("import", str(good), str(bad), "--store", str(store))
    assert done.returncode == 2
    assert b"bad.nq" in done.stderr and done.stderr.decode().count("\n") == 1
    after = dealgraph("export", "--format", "nquads", "--store", str(store)).stdout
    assert after == before
