"""The model proposer: an article's chunks to the endpoint (bounded concurrency), each answer
parsed and validated against the fact model. Invalid output is counted, never repaired."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from pydantic import ValidationError

from kg.load.facts import Fact
from kg.load.model.chunks import chunks
from kg.load.model.client import ModelClient

#: Rejection reasons of output that never became a candidate.
NOT_JSON = "output not JSON"
BREAKS_SCHEMA = "output breaks the schema"


@dataclass
class ModelAnswer:
    facts: list[Fact] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)      # one reason per unusable item
    chunks: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


def parse(content: str) -> tuple[list[Fact], list[str]]:
    """Facts of one response; each item that is not a valid fact is one rejection."""
    try:
        data = json.loads(content)
    except ValueError:
        return [], [NOT_JSON]
    items = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return [], [BREAKS_SCHEMA]
    facts, invalid = [], []
    for item in items:
        try:
            facts.append(Fact.model_validate(item))
        except ValidationError:
            invalid.append(BREAKS_SCHEMA)
    return facts, invalid


class ModelProposer:
    def __init__(self, client: ModelClient):
        self.client = client

    @property
    def method(self) -> str:
        return self.client.method

    def propose(self, text: str) -> ModelAnswer:
        parts = chunks(text)
        workers = max(1, min(self.client.settings.concurrency, len(parts)))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            completions = list(pool.map(self.client.complete, parts))
        answer = ModelAnswer(chunks=len(parts))
        kept: dict[str, str | None] = {}     # the fact without its id -> the id it is kept under
        for n, c in enumerate(completions):
            answer.cached += c.cached
            answer.prompt_tokens += c.prompt_tokens
            answer.completion_tokens += c.completion_tokens
            facts, invalid = parse(c.content)
            answer.invalid.extend(invalid)
            alias: dict[str, str | None] = {}
            fresh = []
            for f in facts:                  # overlapping chunks repeat facts: keep the first
                key = f.model_dump_json(exclude={"id", "collateral"})
                own = f"{n}:{f.id}" if f.id else None
                if key in kept:
                    if f.id:
                        alias[f.id] = kept[key]
                    continue
                kept[key] = own
                if f.id:
                    alias[f.id] = own
                fresh.append(f)
            for f in fresh:                  # ids are per answer: name them per chunk
                answer.facts.append(f.model_copy(update={
                    "id": alias.get(f.id) if f.id else None,
                    "collateral": [alias.get(r) or f"{n}:{r}" for r in f.collateral]}))
        return answer
