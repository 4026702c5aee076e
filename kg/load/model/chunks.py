"""Split a long article into paragraph chunks with overlap, so each request stays small."""
from __future__ import annotations

#: Characters per chunk (a soft limit: a single longer paragraph is one chunk).
CHUNK_CHARS = 6000
#: Paragraphs repeated at the start of the next chunk (a fact across a break is seen whole).
OVERLAP = 1


def chunks(text: str, limit: int = CHUNK_CHARS, overlap: int = OVERLAP) -> list[str]:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if sum(len(p) + 1 for p in paragraphs) <= limit:
        return [text]
    out: list[str] = []
    current: list[str] = []
    for p in paragraphs:
        if current and sum(len(c) + 1 for c in current) + len(p) > limit:
            out.append("\n".join(current))
            current = current[-overlap:] if overlap else []
        current.append(p)
    if current:
        out.append("\n".join(current))
    return out
