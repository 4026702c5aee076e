r"""SPARQL syntax errors as one readable line, positioned in the user's own text.

Oxigraph's parser reports ``error at LINE:COLUMN: expected one of ...`` followed by the grammar's
character classes (Unicode ranges over several lines). Users get the position, the offending
token, and the expected keywords or punctuation; an unknown prefix is named as such.

>>> readable("error at 1:30: expected one of Prefix not found, ['%'], [':']",
...          "SELECT * WHERE { ?s a foo:Firm }")
'SPARQL syntax error at line 1, column 23: unknown prefix "foo:" (declare it with PREFIX foo: <...>)'
>>> print(readable("error at 2:3: expected one of '}', ['0' ..= '9']", "SELECT * {\n  ?s ?p ?o"))
SPARQL syntax error at line 2, column 3: expected one of '}', a name or value, found "?s"
"""
from __future__ import annotations

import re

_POSITION = re.compile(r"^error at (\d+):(\d+): ?(.*)$", re.DOTALL)
_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:[\w-]*$")


def readable(message: str, sparql: str, *, lines_before: int = 0, first_line_prefix: int = 0) -> str:
    """One line for a parser message about `sparql`.

    When the parser saw more than `sparql` (a remote server sent ``lines_before`` extra lines,
    and ``first_line_prefix`` characters before the user's first line), the position is moved
    back into the user's text.
    """
    match = _POSITION.match(str(message).strip())
    if not match:
        return "SPARQL syntax error: " + " ".join(str(message).split())
    line, column, detail = int(match.group(1)), int(match.group(2)), match.group(3)
    line -= lines_before
    if line == 1:
        column = max(1, column - first_line_prefix)
    lines = sparql.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if "Prefix not found" in detail:
        name, start = _prefix_before(text, column)
        if name is not None:
            return (f"SPARQL syntax error at line {line}, column {start}: unknown prefix "
                    f'"{name}:" (declare it with PREFIX {name}: <...>)')
    expected = _expected(detail)
    found = text[column - 1:].split()
    rest = "\n".join(lines[line:]).strip()
    found_text = (f', found "{found[0][:20]}"' if found
                  else ", found the end of the line" if rest else ", found the end of the query")
    return f"SPARQL syntax error at line {line}, column {column}: {expected}{found_text}"


def _prefix_before(text: str, column: int) -> tuple[str | None, int]:
    head = text[:column - 1]
    match = _PREFIXED.search(head)
    if not match:
        return None, column
    return match.group(1) or "", match.start() + 1


def _expected(detail: str) -> str:
    """The expected tokens, without the grammar's character classes."""
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
