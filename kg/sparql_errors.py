r"""The "what was expected" part of a SPARQL syntax error, as words a user can read.

Oxigraph's parser lists what it expected, including the grammar's character classes (Unicode
ranges over several lines: ``['A' ..= 'Z' | '\u{00C0}'..='\u{00D6}' ...]``). :func:`plain_detail`
keeps the keywords and punctuation, says "a name or value" for the classes, names an unknown
prefix as such (at the column where the prefix starts).

>>> plain_detail("expected one of Prefix not found, ['%'], [':']", "SELECT * WHERE { ?s a foo:Firm }", 1, 30)
('unknown prefix "foo:" (declare it with PREFIX foo: <...>)', 23)
>>> plain_detail("expected one of '}', ['0' ..= '9']", "SELECT * {\n  ?s ?p ?o", 2, 3)
("expected one of '}', a name or value", 3)
"""
from __future__ import annotations

import re

_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:[\w-]*$")


def plain_detail(detail: str, text: str, line: int, column: int) -> tuple[str, int]:
    """(readable detail, column) for the parser's `detail` at `line`:`column` of `text`."""
    lines = text.split("\n")
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    if "Prefix not found" in detail:
        match = _PREFIXED.search(here[:max(0, column - 1)])
        if match:
            name = match.group(1) or ""
            return (f'unknown prefix "{name}:" (declare it with PREFIX {name}: <...>)',
                    match.start() + 1)
    return _expected(detail), column


def _expected(detail: str) -> str:
    """The expected tokens, without the grammar's character classes."""
    if not detail.startswith("expected"):
        return detail
    body = detail.removeprefix("expected one of ").removeprefix("expected ")
    items, depth, quoted, current = [], 0, False, ""
    for char in body:
        if char == '"' and not current.endswith("\\"):
            quoted = not quoted
        if not quoted:
            depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "," and depth == 0 and not quoted:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    words = [i for i in items if i and not i.startswith("[") and i != "Prefix not found"]
    if any(i.startswith("[") for i in items):
        words.append("a name or value")
    if not words:
        return "unexpected text"
    return ("expected " if len(words) == 1 else "expected one of ") + ", ".join(words)
