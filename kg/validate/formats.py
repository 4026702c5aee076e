"""Report formats: text for people, JSON for pipelines, Turtle as a standard sh:ValidationReport.

JSON (documented in docs/validation.md)::

    {"conforms": false, "fail_on": "Violation", "engine": "fast", "graph": null,
     "undecided": [str], "handed_over": [{"shape": IRI, "reason": str}],
     "counts": {"Violation": 1, "Warning": 2, "Info": 0},
     "results": [{"focus": IRI, "focus_label": str, "shape": IRI, "shape_label": str,
                  "severity": "Violation"|"Warning"|"Info", "component": str,
                  "path": str|null, "value": null | {"value": str, "label": str,
                  "type": "iri"|"literal"|"bnode", "datatype"|"language": str},
                  "messages": {"en": str, "zh": str}}]}
"""
from __future__ import annotations

import json
import re
from itertools import groupby

import pyoxigraph as ox
import rdflib
from rdflib import RDF, BNode, Literal, URIRef
from rdflib.collection import Collection

from kg.namespaces import PREFIXES
from kg.validate.reference import rdflib_term
from kg.validate.report import SEVERITIES, Report, severity_rank

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")

_HEADINGS = {
    "en": {"Violation": "Violations", "Warning": "Warnings", "Info": "Info"},
    "zh": {"Violation": "违规", "Warning": "警告", "Info": "提示"},
}


def _shape_name(result, lang: str = "en") -> str:
    short = result.shape
    for prefix, namespace in PREFIXES.items():
        if short.startswith(namespace):
            short = f"{prefix}:{short[len(namespace):]}"
            break
    label = result.shape_labels.get(lang) or result.shape_label
    return f"{label} ({short})" if label else short


def to_text(report: Report, lang: str = "en") -> str:
    """Results grouped by severity, then shape; entities named by label (IRI alongside)."""
    counts = report.counts()
    zh = lang == "zh"
    if zh:
        verdict = "未能判定" if report.undecided else "符合" if report.conforms else "不符合"
        lines = [f"dealgraph 校验报告：{verdict}（失败级别：{report.fail_on}）",
                 f"共{len(report.results)}条结果：" + "，".join(
                     f"{_HEADINGS['zh'][s]} {counts.get(s, 0)}" for s in reversed(SEVERITIES))]
    else:
        verdict = "UNDECIDED" if report.undecided else "conforms" if report.conforms else "DOES NOT CONFORM"
        lines = [f"dealgraph validation report: {verdict} (fail on: {report.fail_on})",
                 f"{len(report.results)} result(s): " + ", ".join(
                     f"{counts.get(s, 0)} {s.lower()}" for s in reversed(SEVERITIES))]
    if report.graph:
        lines.append(("图：" if zh else "graph: ") + report.graph)
    for text in report.undecided:
        lines.append(("未能判定：" if zh else "UNDECIDED: ") + text)
    if report.handed_over:
        lines.append(("以下形状由完整的 pySHACL 运行校验：" if zh else
                      "checked by a full pySHACL run (the fast engine does not compile): ")
                     + "; ".join(f"{shape} ({reason})" for shape, reason in report.handed_over))
    results = sorted(report.results, key=lambda r: (-severity_rank(r.severity), r.shape))
    for severity, by_severity in groupby(results, key=lambda r: r.severity):
        by_severity = list(by_severity)
        lines += ["", f"{_HEADINGS.get(lang, _HEADINGS['en']).get(severity, severity)} ({len(by_severity)})"]
        for _, by_shape in groupby(by_severity, key=lambda r: r.shape):
            by_shape = list(by_shape)
            lines.append(f"  {_shape_name(by_shape[0], lang)}: {len(by_shape)}")
            for result in by_shape:
                message = result.messages.get(lang) or result.messages.get("en", "")
                lines.append(f"    - {result.focus_label} <{result.focus_iri}>")
                lines.append(f"      {message}")
    return "\n".join(lines) + "\n"


def to_json(report: Report) -> str:
    return json.dumps({
        "conforms": report.conforms,
        "fail_on": report.fail_on,
        "engine": report.engine,
        "graph": report.graph,
        "undecided": list(report.undecided),
        "handed_over": [{"shape": shape, "reason": reason} for shape, reason in report.handed_over],
        "counts": report.counts(),
        "results": [r.as_dict() for r in report.results],
    }, ensure_ascii=False, indent=2) + "\n"


def _expand(path: str) -> str:
    def full(match: re.Match) -> str:
        prefix, local = match.group(1), match.group(2)
        return f"<{PREFIXES[prefix]}{local}>" if prefix in PREFIXES else match.group(0)

    return re.sub(r"(?<![<\w])([A-Za-z][\w-]*):([\w.-]*)", full, path)


def path_node(graph: rdflib.Graph, text: str):
    """A SHACL path node built from SPARQL path text (IRIs, ^, /, |, *, +, ?, parentheses)."""
    tokens = re.findall(r"<[^>]*>|[()|/^*+?]", _expand(text))
    position = 0

    def peek():
        return tokens[position] if position < len(tokens) else None

    def take():
        nonlocal position
        position += 1
        return tokens[position - 1]

    def alternative():
        items = [sequence()]
        while peek() == "|":
            take()
            items.append(sequence())
        return items[0] if len(items) == 1 else _wrap(SH.alternativePath, _list(items))

    def sequence():
        items = [unary()]
        while peek() == "/":
            take()
            items.append(unary())
        return items[0] if len(items) == 1 else _list(items)

    def unary():
        if peek() == "^":
            take()
            return _wrap(SH.inversePath, unary())
        if peek() == "(":
            take()
            node = alternative()
            take()  # ")"
        else:
            node = URIRef(take()[1:-1])
        while peek() in ("*", "+", "?"):
            node = _wrap({"*": SH.zeroOrMorePath, "+": SH.oneOrMorePath, "?": SH.zeroOrOnePath}[take()], node)
        return node

    def _wrap(predicate, inner):
        node = BNode()
        graph.add((node, predicate, inner))
        return node

    def _list(items):
        head = BNode()
        Collection(graph, head, items)
        return head

    try:
        return alternative()
    except (IndexError, TypeError):
        return None


def to_turtle(report: Report) -> str:
    """A standard ``sh:ValidationReport`` (messages in every language, ``sh:conforms`` at the
    report's fail-on level)."""
    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    root = BNode()
    graph.add((root, RDF.type, SH.ValidationReport))
    graph.add((root, SH.conforms, Literal(report.conforms)))
    for result in report.results:
        node = BNode()
        graph.add((root, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.focusNode, rdflib_term(result.focus)))
        shape = BNode(result.shape[2:]) if result.shape.startswith("_:") else URIRef(result.shape)
        graph.add((node, SH.sourceShape, shape))
        graph.add((node, SH.resultSeverity, SH[result.severity] if result.severity in SEVERITIES
                   else URIRef(result.severity)))
        if result.component:
            component = URIRef(result.component) if ":" in result.component else SH[result.component]
            graph.add((node, SH.sourceConstraintComponent, component))
        for lang, message in sorted(result.messages.items()):
            graph.add((node, SH.resultMessage, Literal(message, lang=lang)))
        if result.value is not None:
            graph.add((node, SH.value, rdflib_term(result.value)))
        if result.path:
            path = path_node(graph, result.path)
            if path is not None:
                graph.add((node, SH.resultPath, path))
    return graph.serialize(format="turtle")
