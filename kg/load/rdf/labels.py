"""Readable ``rdfs:label``s (@en and @zh) for the nodes extraction creates.

Agreements: "Nvidia → OpenAI investment commitment (letter of intent)" /
"英伟达 → OpenAI 投资承诺（意向书）"; stock moves: "Oracle stock +36%"; metrics: "Oracle revenue".
Kind names are the ontology's own class labels; firm names the reference label in that language
(else the name the article writes); templates, role order and metric names are in
``lexicon/labels.yaml``.
"""
from __future__ import annotations

import os
import time
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from kg import paths
from kg.load.text.magnitudes import load_lexicon
from kg.load.rules.patterns import families

LANGUAGES = ("en", "zh")
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_DG = "https://w3id.org/dealgraph/ontology#"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return load_lexicon("labels")


@lru_cache(maxsize=2)
def _class_labels(key: tuple[str, float]) -> dict[tuple[str, str], str]:
    labels: dict[tuple[str, str], str] = {}
    with open(key[0], "rb") as handle:
        for t in ox.parse(handle, format=ox.RdfFormat.TURTLE):
            if (t.predicate.value == _LABEL and isinstance(t.subject, ox.NamedNode)
                    and t.subject.value.startswith(_DG) and isinstance(t.object, ox.Literal)):
                labels[(t.subject.value[len(_DG):], t.object.language or "en")] = t.object.value
    return labels


def class_label(local: str, language: str) -> str:
    """The ontology's rdfs:label of class `local` in `language` (the local name if none)."""
    labels = _labels_now()
    return labels.get((local, language)) or labels.get((local, "en")) or local


_last: list = [0.0, None, None]


def _labels_now() -> dict[tuple[str, str], str]:
    """The class labels, the ontology file looked at no more than once a second."""
    now, where = time.monotonic(), os.environ.get("DEALGRAPH_HOME")
    if _last[1] is None or now - _last[0] > 1.0 or where != _last[2]:
        f = paths.ontology_file()
        _last[1] = _class_labels((str(f), f.stat().st_mtime))
        _last[0], _last[2] = now, where
    return _last[1]


@lru_cache(maxsize=1)
def _subjects() -> frozenset[str]:
    return frozenset(fam["subject"] for fam in families().values())


def _join(names: list[str], language: str) -> str:
    return lexicon()["templates"][language]["list"].join(names)


def agreement_labels(kinds: set[str], roles: dict[str, list[str]], firm_label) -> dict[str, str]:
    """{language: label} of an agreement; `firm_label(iri, language)` names a firm."""
    lex = lexicon()
    subjects = _subjects()
    forms = [k for k in lex["forms"] if k in kinds]
    main = sorted(k for k in kinds if k not in forms)
    # a superclass named next to its subclass ("financing" beside "loan") says nothing more
    main = [k for k in main if not (k == "Financing" and len(main) > 1)] or main
    main.sort(key=lambda k: (k not in subjects, k))
    out = {}
    for lang in LANGUAGES:
        t = lex["templates"][lang]

        def side(order):
            iris = [iri for role in order if role != "arranger" for iri in roles.get(role, ())]
            return _join([firm_label(iri, lang) for iri in dict.fromkeys(iris)], lang)

        givers, receivers = side(lex["givers"]), side(lex["receivers"])
        kind_text = t["kinds_list"].join(class_label(k, lang) for k in main)
        template = t["agreement"] if givers and receivers else t["one_side"]
        text = template.format(givers=givers, receivers=receivers, kinds=kind_text).strip()
        if forms:
            text += t["forms"].format(forms=_join([class_label(k, lang) for k in forms], lang))
        arrangers = [firm_label(iri, lang) for iri in roles.get("arranger", ())]
        if arrangers:
            text += t["arranged"].format(arrangers=_join(arrangers, lang))
        out[lang] = text
    return out


def move_labels(firm: str, percent: Decimal, firm_label) -> dict[str, str]:
    sign = "+" if percent > 0 else ("-" if percent < 0 else "±")
    value = format(abs(percent).normalize(), "f")
    return {lang: lexicon()["templates"][lang]["move"].format(
        firm=firm_label(firm, lang), sign=sign, percent=value) for lang in LANGUAGES}


def metric_labels(firm: str, metric: str, firm_label) -> dict[str, str]:
    names = lexicon()["metrics"].get(metric, {})
    return {lang: lexicon()["templates"][lang]["metric"].format(
        firm=firm_label(firm, lang), metric=names.get(lang, metric)) for lang in LANGUAGES}
