"""The validation page's data: a summary (conforms, counts per severity and per shape), one row
per cycle for circular financing, amounts as money and articles by their titles.
"""
from __future__ import annotations

import re

from kg.namespaces import ARTICLE_PREFIX
from webapp import data
from webapp.money import usd

SEVERITIES = ("Violation", "Warning", "Info")
_ARTICLE_KEY = re.compile(r"\b[0-9a-f]{16}\b")
_MONEY_PATH = re.compile(r"(USD|amount)$", re.IGNORECASE)


def short(value: str) -> str:
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def text(term) -> str:
    """An IRI or literal from the validator as plain text (pyoxigraph/rdflib term or str)."""
    if term is None:
        return ""
    value = getattr(term, "value", None)
    if isinstance(value, str):
        return value
    rendered = str(term)
    return rendered[1:-1] if rendered.startswith("<") and rendered.endswith(">") else rendered


def message(messages, lang: str) -> str:
    if isinstance(messages, str):
        return messages
    return messages.get(lang) or messages.get("en") or next(iter(messages.values()), "")


def report_view(report, lang: str) -> dict:
    """Groups per (severity, shape), each with its rows, and the summary the banner shows."""
    grouped: dict[tuple, list] = {}
    for result in report.results:
        grouped.setdefault((short(str(result.severity)), text(result.shape)), []).append(result)
    order = {name: i for i, name in enumerate(SEVERITIES)}
    groups = []
    for (severity, shape), results in sorted(grouped.items(),
                                             key=lambda kv: (order.get(kv[0][0], 3), kv[0][1])):
        first = results[0]
        label = ((getattr(first, "shape_labels", None) or {}).get(lang)
                 or getattr(first, "shape_label", None) or data.local_name(shape))
        rows = [_row(r, lang) for r in results]
        if shape.endswith("CircularFinancingShape"):
            rows = _one_row_per_cycle(rows)
        groups.append({"severity": severity, "shape": shape, "shape_label": label,
                       "count": len(results), "rows": rows})
    _titles(groups, lang)
    counts = {s: sum(g["count"] for g in groups if g["severity"] == s) for s in SEVERITIES}
    return {"conforms": bool(report.conforms), "counts": counts, "groups": groups}


def _row(r, lang: str) -> dict:
    focus = text(r.focus)
    is_iri = ":" in focus and not focus.startswith("_:")
    value = getattr(r, "value", None)
    path = text(r.path) if getattr(r, "path", None) else None
    shown = getattr(r, "value_label", None) or (text(value) if value is not None else None)
    said = message(getattr(r, "messages", None) or {}, lang)
    if path and _MONEY_PATH.search(path) and shown and shown.replace(".", "", 1).isdigit():
        money = usd(shown, lang)
        said = said.replace(shown, money)
        shown = money
    link = {"iri": focus, "label": getattr(r, "focus_label", None) or data.local_name(focus),
            "href": data.href(focus) if is_iri else None}
    return {"focus": [link], "path": path, "value": shown, "message": said}


def _one_row_per_cycle(rows: list[dict]) -> list[dict]:
    """Circular-financing results come one per firm on the cycle; show each cycle once."""
    by_cycle: dict[str, dict] = {}
    for row in rows:
        cycle = by_cycle.setdefault(row["value"] or row["message"], {**row, "focus": []})
        cycle["focus"].extend(f for f in row["focus"] if f not in cycle["focus"])
    for cycle in by_cycle.values():
        first = cycle["focus"][0]["label"] if cycle["focus"] else ""
        cycle["message"] = cycle["message"].removeprefix(first + " is on a circular value flow: ")
    return list(by_cycle.values())


def _titles(groups: list[dict], lang: str) -> None:
    """Article keys in messages ("according to 7cf3591b71f9c851") become article titles."""
    keys = {k for g in groups for r in g["rows"] for k in _ARTICLE_KEY.findall(r["message"])}
    if not keys:
        return
    names = data.labels({ARTICLE_PREFIX + k for k in keys}, lang)
    titles = {k: names[ARTICLE_PREFIX + k] for k in keys
              if names.get(ARTICLE_PREFIX + k) and names[ARTICLE_PREFIX + k] != data.local_name(ARTICLE_PREFIX + k)}
    for group in groups:
        for row in group["rows"]:
            row["message"] = _ARTICLE_KEY.sub(lambda m: f"“{titles[m.group(0)]}”"
                                              if m.group(0) in titles else m.group(0), row["message"])
