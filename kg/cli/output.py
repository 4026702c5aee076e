"""Turning results into text for a terminal."""
from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.store import QueryResult

_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def compact(term) -> str:
    """A short human form of a term: prefixed name, or the literal's text."""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in _BY_LENGTH:
            if term.value.startswith(iri) and term.value != iri:
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value + (f"@{term.language}" if term.language else "")
    return str(term)


def table(result: QueryResult, max_width: int = 60) -> str:
    """A plain-text table of a SELECT result (or the boolean of an ASK)."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    header = result.variables
    cells = [[_clip(compact(row[v]), max_width) if v in row else "" for v in header]
             for row in result.rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"
