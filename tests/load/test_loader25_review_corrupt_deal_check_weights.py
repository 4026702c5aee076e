"""Review of b6501a5 (twenty-fifth pass): a corrupt, truncated or reshaped deal-check weights
file (kg/load/learned/deal_check.json) made every load fail with a raw JSONDecodeError, KeyError
or AttributeError traceback. The rule: ``read`` raises :class:`DealCheckError` (a LoadError, so
``dealgraph load`` prints one line naming the file and exits 2), and ``--no-deal-check`` never
reads the file, so it still loads."""
import pytest

from kg.cli.main import main
from kg.errors import KGError
from kg.load.learned import model
from kg.load.learned.model import DealCheckError, read
from tests.load.helpers import write


@pytest.mark.parametrize("data", [
    b'{"threshold": -3.0, "weights": {"bias": 1.0',          # truncated
    b'{"weights": {"bias": 1.0}}',                          # no threshold
    b'{"threshold": -3.0, "weights": ["bias"]}',            # weights not a mapping
    b'{"threshold": -3.0, "weights": {"bias": "high"}}',    # a weight not a number
    b'[1, 2]',
    b'\xff\xfe{}',                                          # not UTF-8
], ids=["truncated", "no-threshold", "weights-list", "weight-text", "list", "not-utf8"])
def test_a_corrupt_weights_file_is_a_typed_error(tmp_path, data):
    path = tmp_path / "deal_check.json"
    path.write_bytes(data)
    with pytest.raises(DealCheckError) as err:
        read(path)
    assert isinstance(err.value, KGError) and str(path) in str(err.value)


def test_a_good_file_still_reads(tmp_path):
    path = tmp_path / "deal_check.json"
    path.write_text('{"threshold": -3.0, "trained_on": ["dev"], "weights": {"bias": 1}}')
    check = read(path)
    assert check.threshold == -3.0 and check.score(["bias", "x"]) == 1.0


def test_the_cli_reports_it_in_one_line_and_no_deal_check_still_loads(tmp_path, monkeypatch,
                                                                      capsys):
    bad = tmp_path / "deal_check.json"
    bad.write_text('{"threshold": -3.0, "weights": {"bias": 1.0')
    monkeypatch.setattr(model, "WEIGHTS", bad)
    model.shipped.cache_clear()
    try:
        article = write(tmp_path, "a", "Tarnwick Cloud signed a $3 billion cloud services "
                                       "contract with Ollery Labs on Monday.")
        code = main(["load", str(article), "--store", str(tmp_path / "s"), "--no-progress",
                     "--no-validate"])
        err = capsys.readouterr().err
        assert code == 2 and "deal check's weights cannot be read" in err and str(bad) in err
        assert "Traceback" not in err
        code = main(["load", str(article), "--store", str(tmp_path / "t"), "--no-progress",
                     "--no-validate", "--no-deal-check"])
        assert code == 0, capsys.readouterr().err
    finally:
        model.shipped.cache_clear()
