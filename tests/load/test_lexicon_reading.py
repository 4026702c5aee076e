"""The loader's lexicon is read with libyaml's safe loader when PyYAML has it: the same data as
the pure-Python safe loader (pinned here file by file), and a broken lexicon file is one clear
LoadError naming the file."""
from __future__ import annotations

import pytest
import yaml

from kg.errors import LoadError
from kg.load import vocab
from kg.load.vocab import FILES, LEXICON_DIR, read_yaml


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_fast_loader_reads_each_lexicon_file_as_the_safe_loader_does(path):
    text = path.read_text(encoding="utf-8")
    assert read_yaml(text) == yaml.safe_load(text)


def test_fast_loader_refuses_python_tags():
    with pytest.raises(yaml.YAMLError):
        read_yaml("x: !!python/object/apply:os.system ['true']\n")


def test_broken_lexicon_file_is_a_load_error_naming_it(tmp_path, monkeypatch):
    for name in FILES:
        (tmp_path / f"{name}.yaml").write_text(f"{name}_words: [a, b]\n", encoding="utf-8")
    (tmp_path / "cues.yaml").write_text("cue_words: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(vocab, "LEXICON_DIR", tmp_path)
    with pytest.raises(LoadError, match=r"cannot read lexicon .*cues\.yaml"):
        vocab.lexicon.__wrapped__()


def test_a_key_defined_in_two_lexicon_files_is_a_load_error(tmp_path, monkeypatch):
    for name in FILES:
        (tmp_path / f"{name}.yaml").write_text(f"{name}_words: [a]\nshared: [b]\n",
                                                encoding="utf-8")
    monkeypatch.setattr(vocab, "LEXICON_DIR", tmp_path)
    with pytest.raises(LoadError, match="keys defined twice: \\['shared'\\]"):
        vocab.lexicon.__wrapped__()
