"""Small helpers for the loader tests: write an article, extract it, read facts back."""
from __future__ import annotations

from pathlib import Path

from kg.load.rules.extract import extract
from kg.load.merge import assign_iris
from kg.load.read import read_article


def write(tmp_path: Path, name: str, body: str, *, published: str = "2025-11-20",
          language: str | None = None, url: str | None = None) -> Path:
    meta = [f"title: test {name}", f"published: {published}"]
    if language:
        meta.append(f"language: {language}")
    meta.append(f"url: {url or 'https://example.test/' + name}")
    path = tmp_path / f"{name}.md"
    path.write_text("---\n" + "\n".join(meta) + "\n---\n\n" + body + "\n", encoding="utf-8")
    return path


def run(tmp_path: Path, body: str, **kw):
    """(entities, extraction) for an article with `body`."""
    article = read_article(write(tmp_path, kw.pop("name", "a"), body, **kw))
    ents, _, out = extract(article)
    assign_iris(article, out)
    return ents, out


def frames_by_family(out):
    found = {}
    for f in out.frames:
        found.setdefault(f.family, []).append(f)
    return found


#: Frame families of a financing (a loan, a credit facility, a bond or a bare financing).
FINANCING_FAMILIES = ("Loan", "Facility", "Financing")


def financings(out) -> list:
    """The financing frames of an extraction."""
    return [f for f in out.frames if f.family in FINANCING_FAMILIES]


def the_financing(out):
    """The one financing frame of an extraction (fails when there is not exactly one)."""
    found = financings(out)
    assert len(found) == 1, found
    return found[0]


def named_roles(ents, frame) -> dict[str, list[str]]:
    return {r: sorted(ents.names.get(i, i) for i in v) for r, v in frame.roles.items()}


def amounts(out, family: str) -> list:
    """The sorted USD amounts of the `family` frames that carry one."""
    return sorted(f.figures["amountUSD"].value for f in out.frames
                  if f.family == family and "amountUSD" in f.figures)


def facts(out) -> list:
    """The frames read as facts (not denied, rumoured or hypothetical)."""
    return [f for f in out.frames if f.is_fact]


def agreement_frames(out) -> list:
    """Every frame but a stock move's, whatever its status."""
    return [f for f in out.frames if f.family != "Move"]
