"""Where dealgraph's own files live (ontology, shapes, saved queries, bundled articles).

The repository root is found from this file; ``DEALGRAPH_HOME`` overrides it for installs that
put the data elsewhere. ``DEALGRAPH_SHARED`` points at the shared test data (default
``<root>/../shared``).
"""
from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    return Path(os.environ.get("DEALGRAPH_HOME") or Path(__file__).resolve().parent.parent)


def ontology_file() -> Path:
    return home() / "ontology" / "dealgraph.ttl"


def reference_files() -> list[Path]:
    return sorted((home() / "ontology" / "reference").glob("*.ttl"))


def shapes_dir() -> Path:
    return home() / "shapes"


def queries_dir() -> Path:
    return home() / "queries"


def articles_dir() -> Path:
    return home() / "articles"


def shared_dir() -> Path:
    return Path(os.environ.get("DEALGRAPH_SHARED") or home().parent / "shared")
