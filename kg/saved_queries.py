"""Saved queries: ``queries/*.rq`` files with a title and description in a comment header.

A file starts with comment lines of the form ``# title: ...``, ``# description: ...`` (the
description may continue on following ``#`` lines), optionally ``# title@zh: ...`` and
``# description@zh: ...``,
``# parameters: firm`` (variables a caller may bind) and ``# tags: a, b``; the query follows.

Labels: saved queries ask for English labels (``lang(?l) = "en"``), falling back to Chinese
where a thing has no English label; :func:`in_language` turns that preference around for a
Chinese page.

>>> q = parse_saved_query("demo", "# title: Firms\\n# description: All firms.\\nSELECT ?f { ?f a dg:Firm }")
>>> (q.name, q.title, q.description, q.sparql.strip())
('demo', 'Firms', 'All firms.', 'SELECT ?f { ?f a dg:Firm }')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg import paths
from kg.errors import NotFound, UsageError

_HEADER = re.compile(r"^#\s*([\w@-]+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    sparql: str
    title_zh: str = ""
    description_zh: str = ""
    parameters: tuple[str, ...] = ()
    tags: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self, lang: str = "en") -> dict:
        return {"name": self.name, "title": self.title, "title_zh": self.title_zh,
                "description": self.description, "description_zh": self.description_zh,
                "parameters": list(self.parameters),
                "tags": list(self.tags), "sparql": in_language(self.sparql, lang)}


_LANG_TEST = re.compile(r'(lang\(\?\w+\)\s*=\s*)"(en|zh)"')


def in_language(sparql: str, lang: str) -> str:
    """The query with its label-language preference set to `lang` ("en" or "zh").

    >>> in_language('FILTER(lang(?l) = "en" || lang(?l) = "zh")', "zh")
    'FILTER(lang(?l) = "zh" || lang(?l) = "en")'
    """
    if lang != "zh":
        return sparql
    swap = {"en": "zh", "zh": "en"}
    return _LANG_TEST.sub(lambda m: f'{m.group(1)}"{swap[m.group(2)]}"', sparql)


def parse_saved_query(name: str, text: str) -> SavedQuery:
    meta: dict[str, str] = {}
    last = None
    lines = text.splitlines()
    body_start = 0
    for index, line in enumerate(lines):
        if not line.startswith("#"):
            body_start = index
            break
        match = _HEADER.match(line)
        if match and match.group(1).lower() in {"title", "title@zh", "description", "description@zh",
                                                             "parameters", "tags"}:
            last = match.group(1).lower()
            meta[last] = match.group(2).strip()
        elif last in ("description", "description@zh"):
            meta[last] += " " + line.lstrip("#").strip()
    else:
        body_start = len(lines)
    if "title" not in meta:
        raise UsageError(f"saved query {name!r} has no '# title:' header")
    split = lambda key: tuple(p.strip() for p in meta.get(key, "").split(",") if p.strip())  # noqa: E731
    return SavedQuery(name=name, title=meta["title"], description=meta.get("description", "").strip(),
                      sparql="\n".join(lines[body_start:]) + "\n", title_zh=meta.get("title@zh", ""),
                      description_zh=meta.get("description@zh", "").strip(),
                      parameters=split("parameters"), tags=split("tags"))


def load_all(folder: Path | None = None) -> list[SavedQuery]:
    """Every saved query in `folder` (default: the project's ``queries/``), sorted by name."""
    folder = folder or paths.queries_dir()
    return [parse_saved_query(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))]


def get(name: str, folder: Path | None = None) -> SavedQuery:
    for query in load_all(folder):
        if query.name == name:
            return query
    raise NotFound(f"no saved query named {name!r}")
