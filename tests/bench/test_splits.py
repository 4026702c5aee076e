"""Every scored set under bench/extraction/ is registered once, with its own --flag, and the
unseen ones stay unreadable by `diff`."""
from __future__ import annotations

import pytest

from bench.extraction.__main__ import HERE, SPLITS, main


def test_every_gold_folder_is_a_registered_split():
    folders = {p.parent.name for p in HERE.glob("*/gold")}
    assert folders == {split.folder for split in SPLITS}


def test_each_split_has_one_flag_and_its_own_help(capsys):
    flags = [split.flag for split in SPLITS]
    assert len(flags) == len(set(flags))
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for split in SPLITS:
        assert f"--{split.flag}" in out
        assert split.folder in out


def test_new_story_sets_are_opened_only_after_a_first_look_recorded_in_their_readme():
    for split in SPLITS:
        if split.folder in ("dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28"):
            readme = (HERE / split.folder / "README.md").read_text(encoding="utf-8")
            assert split.tunable and "## First look" in readme
            assert "first look" in split.title


def test_the_unseen_splits_are_the_three_never_read():
    assert {s.folder for s in SPLITS if not s.tunable} == {"blind", "dev7", "dev9"}
