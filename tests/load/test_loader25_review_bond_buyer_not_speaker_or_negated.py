"""Review of 145d6fe (twenty-fifth pass): "The issue was bought by a single investor, Y" names Y a
holder of the issue told before (``en.bond.bought.by`` in relations.yaml) — but the firm after
the apposition's comma may be the one speaking ("… by a single investor, Caravel Capital said",
"…, Caravel Capital's chief said"), and a negated passive ("The notes were not/never bought by
Y") names no buyer. The rule: no holder when the firm is followed by a verb of saying or is a
possessor, nor after were/was not/never."""
import pytest

from tests.load.helpers import run

ISSUE = "Corliss Data sold $2 billion of bonds on Tuesday. "


def _holders(ents, out):
    return sorted(ents.names.get(i, i) for f in out.frames if f.family == "Bond"
                  for i in f.roles.get("holder", ()))


@pytest.mark.parametrize("body", [
    ISSUE + "The entire issue was bought by a single investor, Harlow Capital said.",
    ISSUE + "The entire issue was bought by a single investor, Harlow Capital's chief said.",
    ISSUE + "The notes were not bought by Harlow Capital, which passed on the deal.",
    ISSUE + "The notes were never bought by Harlow Capital.",
], ids=["speaker", "speakers-possessor", "not-bought", "never-bought"])
def test_no_holder(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _holders(ents, out) == []


@pytest.mark.parametrize("body", [
    ISSUE + "The entire issue was bought by a single investor, Harlow Capital.",
    ISSUE + "The notes were mostly bought by Harlow Capital.",
    ISSUE + "The notes were bought by Harlow Capital, the bank said.",
], ids=["apposition", "mostly", "bank-said-after"])
def test_the_buyer_is_a_holder(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _holders(ents, out) == ["Harlow Capital"]
