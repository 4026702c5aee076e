"""The versioned, bilingual system prompt, built from the ontology's labels and comments.

The template lives in ``prompts/<version>.txt``; changing it means a new version (a new file),
since the version is part of every cache key and of every model fact's provenance. ``facts-v1``
asked for agreements only (and named bounds the schema does not have); ``facts-v2`` adds stock
moves, metrics, posts, fact ids and collateral, and takes the bounds from the fact model.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from typing import get_args

from kg.load.facts import Bound
from kg.load.model.ontology_terms import Term, terms
from kg.load.verify.observations import metric_names

PROMPT_VERSION = "facts-v2"
_DIR = Path(__file__).with_name("prompts")


def _line(t: Term) -> str:
    return f"- {t.name}: {t.label_en} / {t.label_zh} — {t.comment_en} {t.comment_zh}"


@lru_cache(maxsize=4)
def system_prompt(version: str = PROMPT_VERSION) -> str:
    template = (_DIR / f"{version}.txt").read_text(encoding="utf-8")
    t = terms()
    return template.format(kinds="\n".join(map(_line, t.kinds)),
                           roles="\n".join(map(_line, t.roles)),
                           bounds=", ".join(get_args(Bound)),
                           metrics=", ".join(sorted(metric_names())))


def user_prompt(chunk: str) -> str:
    """The article text, fenced as data."""
    return ("Article text between the markers / 文章正文位于标记之间:\n<<<ARTICLE\n"
            f"{chunk}\nARTICLE>>>")
