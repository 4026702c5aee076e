"""Shared by the CLI tests: a store folder, a Turtle file of the module's ``TTL``, ``run``."""
from __future__ import annotations

import pytest

from kg.cli import main


@pytest.fixture
def store_dir(tmp_path):
    return str(tmp_path / "store")


@pytest.fixture
def data_file(tmp_path, request):
    """``data.ttl`` holding the test module's ``TTL``."""
    path = tmp_path / "data.ttl"
    path.write_text(request.module.TTL, encoding="utf-8")
    return path


def run(*argv):
    """The CLI's entry point in-process; its exit code."""
    return main([str(a) for a in argv])
