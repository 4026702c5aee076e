"""From command-line options and environment to an Extractor (kg.load.propose).

Environment: ``DEALGRAPH_MODEL_URL``, ``DEALGRAPH_MODEL``, ``DEALGRAPH_MODEL_API_KEY`` (the key
is read here and only handed to the HTTP client). Options win over the environment.
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.errors import UsageError
from kg.load.model.cache import ResponseCache
from kg.load.model.client import ModelClient, ModelSettings
from kg.load.model.proposer import ModelProposer
from kg.load.propose import Extractor

CACHE_FOLDER = "model-cache"


def default_cache(store_dir: str | Path | None, remote: bool) -> Path:
    """``<store folder>/model-cache`` for an embedded store, ``./data/model-cache`` otherwise."""
    if remote:
        return Path("data") / CACHE_FOLDER
    from kg.store import default_store_path

    return Path(store_dir or default_store_path()) / CACHE_FOLDER


def build_extractor(mode: str, *, url: str | None = None, model: str | None = None,
                    cache_dir: Path, cache_only: bool = False, keep_going: bool = False,
                    timeout: float = 120.0, retries: int = 3, concurrency: int = 4,
                    stream: bool = False, check: bool = True) -> Extractor:
    if mode == "rules":
        return Extractor("rules", check=check)
    name = model or os.environ.get("DEALGRAPH_MODEL")
    if not name:
        raise UsageError(f"--extractor {mode} needs a model: give --model or set DEALGRAPH_MODEL")
    settings = ModelSettings(url or os.environ.get("DEALGRAPH_MODEL_URL"), name,
                             os.environ.get("DEALGRAPH_MODEL_API_KEY"), timeout=timeout,
                             retries=retries, concurrency=concurrency, cache_only=cache_only,
                             stream=stream)
    client = ModelClient(settings, ResponseCache(Path(cache_dir)))
    return Extractor(mode, ModelProposer(client), keep_going=keep_going, check=check)
