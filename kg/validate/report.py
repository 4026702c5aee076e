"""The validation report: results with labels and messages in every language, and its formats.

Both engines (:mod:`kg.validate.fast`, :mod:`kg.validate.reference`) produce :class:`RawResult`
tuples; :func:`kg.validate.messages.build_report` names the entities and renders the shapes'
``sh:message`` templates in English and Chinese, so a report carries both languages whichever
engine ran (pySHACL itself drops the language tags of SPARQL-constraint messages).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SH = "http://www.w3.org/ns/shacl#"

#: Severity names in order of gravity.
SEVERITIES = ("Info", "Warning", "Violation")


def severity_name(iri_or_name: str) -> str:
    """``sh:Violation`` IRI or a name (any case) to "Violation"/"Warning"/"Info".

    >>> severity_name("http://www.w3.org/ns/shacl#Warning"), severity_name("violation")
    ('Warning', 'Violation')
    """
    name = iri_or_name.rsplit("#", 1)[-1]
    for known in SEVERITIES:
        if known.lower() == name.lower():
            return known
    return name


def severity_rank(name: str) -> int:
    name = severity_name(name)
    return SEVERITIES.index(name) if name in SEVERITIES else len(SEVERITIES)


@dataclass(frozen=True)
class RawResult:
    """One result as an engine finds it: terms are pyoxigraph terms; shape/constraint keys are
    IRIs (or ``_:id`` for blank nodes of the shapes graph); ``path`` is SPARQL path text."""

    focus: Any
    shape: str
    component: str
    severity: str
    path: str | None = None
    value: Any = None
    constraint: str | None = None

    def key(self) -> tuple:
        """What two engines must agree on."""
        return (term_key(self.focus), self.shape, self.component, severity_name(self.severity),
                self.path, term_key(self.value))


def term_key(term: Any) -> str | None:
    """A comparable string for a pyoxigraph term (N-Triples syntax), None for no term."""
    return None if term is None else str(term)


def term_value(term: Any) -> str | None:
    """An IRI, a literal's lexical form, or ``_:id`` for a blank node."""
    if term is None:
        return None
    if type(term).__name__ == "BlankNode":
        return "_:" + term.value
    return term.value


@dataclass
class Result:
    """One validation result, named and explained.

    ``focus``/``value`` are pyoxigraph terms (``focus_iri``/``value_text`` give their text);
    ``messages`` maps a language tag ("en", "zh") to the rendered message.
    """

    focus: Any
    focus_label: str
    shape: str
    severity: str  # "Violation", "Warning" or "Info"
    path: str | None
    value: Any
    messages: dict[str, str]
    component: str = ""
    value_label: str | None = None
    shape_label: str | None = None
    constraint: str | None = None
    shape_labels: dict[str, str] = field(default_factory=dict)

    @property
    def focus_iri(self) -> str:
        return term_value(self.focus) or ""

    @property
    def value_text(self) -> str | None:
        return term_value(self.value)

    def key(self) -> tuple:
        return RawResult(self.focus, self.shape, self.component, self.severity, self.path,
                         self.value).key()

    def as_dict(self) -> dict:
        value = None
        if self.value is not None:
            value = {"value": self.value_text, "label": self.value_label,
                     "type": _term_type(self.value)}
            if value["type"] == "literal":
                if self.value.language:
                    value["language"] = self.value.language
                else:
                    value["datatype"] = self.value.datatype.value
        return {
            "focus": self.focus_iri,
            "focus_label": self.focus_label,
            "shape": self.shape,
            "shape_label": self.shape_label,
            "severity": self.severity,
            "component": self.component,
            "path": self.path,
            "value": value,
            "messages": dict(self.messages),
        }


def _term_type(term: Any) -> str:
    name = type(term).__name__
    return {"NamedNode": "iri", "BlankNode": "bnode", "Literal": "literal"}.get(name, name.lower())


@dataclass
class Report:
    """The outcome of a validation run.

    ``conforms`` is False when a result is at or above the ``fail_on`` severity.
    """

    results: list[Result] = field(default_factory=list)
    fail_on: str = "Violation"
    engine: str = "fast"
    graph: str | None = None
    seconds: float = 0.0
    #: Shapes the fast engine could not compile ("shape: reason"); when not empty, every shape
    #: was validated by pySHACL instead.
    fallback: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        limit = severity_rank(self.fail_on)
        return not any(severity_rank(r.severity) >= limit for r in self.results)

    @property
    def exit_code(self) -> int:
        """0 conforms, 1 does not conform at the ``fail_on`` level (pySHACL's convention)."""
        return 0 if self.conforms else 1

    def counts(self) -> dict[str, int]:
        found = {name: 0 for name in reversed(SEVERITIES)}
        for result in self.results:
            found[result.severity] = found.get(result.severity, 0) + 1
        return found

    def keys(self) -> set[tuple]:
        return {r.key() for r in self.results}

    def by_shape(self, shape: str) -> list[Result]:
        return [r for r in self.results if r.shape == shape]

    def to_text(self, lang: str = "en") -> str:
        from kg.validate.formats import to_text

        return to_text(self, lang)

    def to_json(self) -> str:
        from kg.validate.formats import to_json

        return to_json(self)

    def to_turtle(self) -> str:
        from kg.validate.formats import to_turtle

        return to_turtle(self)
