"""One deal, one node: stable IRIs for agreements, moves and metrics, and merging duplicates.

An agreement's IRI hashes its parties by role, the subject kind of its family and its year (the
deal's date, else the article's), so the same deal told by several articles, or twice in one,
is one node. When one article tells several deals between the same parties with different
amounts ("a $6.5bn expansion, taking the total to $22.4bn"), the amount joins the key.

A stock move's IRI hashes firm, day and whether it is intraday (not the percentage: sources
that disagree about one move, 36% against 39%, are two claims about one node). A metric's IRI
hashes firm, metric name and period.
"""
from __future__ import annotations

from collections import defaultdict

from kg.ids import entity_iri
from kg.load.model import Extraction, Frame
from kg.load.patterns import families
from kg.load.read import ArticleSource


def roles_key(frame: Frame) -> str:
    return ";".join(f"{role}={','.join(sorted(iris))}" for role, iris in sorted(frame.roles.items()))


def _year(frame: Frame, article: ArticleSource) -> str:
    if frame.date is not None:
        return str(frame.date.year)
    return str(article.published.year) if article.published else ""


def _amount(frame: Frame) -> str:
    fig = frame.figures.get("amountUSD")
    return f"{float(fig.value):.3g}" if fig else ""


def assign_iris(article: ArticleSource, out: Extraction) -> None:
    """Set `.iri` on every frame, move and metric; merge frames that are the same deal."""
    groups: dict[tuple, list[Frame]] = defaultdict(list)
    for f in out.frames:
        subject = families()[f.family]["subject"]
        groups[(roles_key(f), subject, _year(f, article))].append(f)
    for (roles, subject, year), frames in groups.items():
        amounts = {_amount(f) for f in frames if _amount(f)}
        for f in frames:
            parts = [roles, subject, year]
            if len(amounts) > 1 and _amount(f):
                parts.append(_amount(f))
            f.iri = entity_iri("agreement", *parts)
    out.frames = _merge_same(out.frames)
    for mv in out.moves:
        day = mv.date.isoformat() if mv.date else article.key
        mv.iri = entity_iri("move", mv.firm, day, "intraday" if mv.intraday else "close")
    seen: dict[str, object] = {}
    for mv in list(out.moves):
        if mv.iri in seen and seen[mv.iri].percent == mv.percent:
            out.moves.remove(mv)
        seen.setdefault(mv.iri, mv)
    for mt in out.metrics:
        if mt.period is not None:
            mt.iri = entity_iri("metric", mt.firm, mt.name, mt.period.isoformat())
        else:
            mt.iri = entity_iri("metric", mt.firm, mt.name, article.key, f"{float(mt.value):.4g}")
    unique = {}
    for mt in out.metrics:
        unique.setdefault((mt.iri, mt.value), mt)
    out.metrics = list(unique.values())


_STATUS_RANK = {"Denied": 5, "Terminated": 4, "Definitive": 3, "Announced": 2, "Rumoured": 1,
                "Hypothetical": 0}


def _merge_same(frames: list[Frame]) -> list[Frame]:
    """Frames with one IRI become one: figures first-told wins, kinds unite, evidence adds up."""
    by_iri: dict[str, Frame] = {}
    for f in frames:
        first = by_iri.get(f.iri)
        if first is None:
            by_iri[f.iri] = f
            continue
        first.kinds |= f.kinds
        for key, fig in f.figures.items():
            first.figures.setdefault(key, fig)
        if f.binding is False or first.binding is None:
            first.binding = f.binding if f.binding is not None else first.binding
        if f.is_fact and not first.is_fact:
            first.status = f.status
        elif f.is_fact and first.is_fact and _STATUS_RANK[f.status] > _STATUS_RANK[first.status]:
            first.status = f.status
        first.reported_by = first.reported_by or f.reported_by
        first.date = first.date or f.date
        first.tranches.extend(f.tranches)
        first.collateral.extend(f.collateral)
        first.extra_evidence.append(f.sentence)
        first.extra_evidence.extend(f.extra_evidence)
    return list(by_iri.values())
