"""Model responses cached on disk, content-addressed by (model, prompt version, schema, text).

Format (``dealgraph-model-cache/1``): one JSON file per response at
``<dir>/<key[:2]>/<key>.json``, where ``key`` is the SHA-256 of the canonical JSON of
``{"model", "prompt_version", "schema", "text"}``. The file holds ``format``, ``model``,
``prompt_version``, ``schema_sha256``, ``text_sha256``, ``content`` (the message content exactly
as the endpoint returned it, unparsed) and ``usage`` (``prompt_tokens``, ``completion_tokens``).
No endpoint URL and no API key are stored. Files are written atomically (temp file + rename),
so concurrent loads never read half a file; the same key always names the same response.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

FORMAT = "dealgraph-model-cache/1"


@dataclass(frozen=True)
class Completion:
    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: bool = False


def _sha(data: str) -> str:
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _canonical(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class ResponseCache:
    folder: Path

    def key(self, model: str, prompt_version: str, schema: dict, text: str) -> str:
        return _sha(_canonical({"model": model, "prompt_version": prompt_version,
                                "schema": schema, "text": text}))

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Completion | None:
        path = self._path(key)
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None       # unreadable entry: asked again and rewritten
        if data.get("format") != FORMAT or not isinstance(data.get("content"), str):
            return None
        usage = data.get("usage") or {}
        return Completion(data["content"], int(usage.get("prompt_tokens", 0)),
                          int(usage.get("completion_tokens", 0)), cached=True)

    def put(self, key: str, model: str, prompt_version: str, schema: dict, text: str,
            completion: Completion) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {"format": FORMAT, "model": model, "prompt_version": prompt_version,
                  "schema_sha256": _sha(_canonical(schema)), "text_sha256": _sha(text),
                  "content": completion.content,
                  "usage": {"prompt_tokens": completion.prompt_tokens,
                            "completion_tokens": completion.completion_tokens}}
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
