"""The ontology terms a model may use: agreement classes (with the loader family each falls in)
and role properties, with their en/zh labels and comments (read from ontology/dealgraph.ttl)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Namespace
from rdflib.namespace import RDFS

from kg.load.rules.patterns import families
from kg.load.verify.check import ONTOLOGY

DG = Namespace("https://w3id.org/dealgraph/ontology#")


@dataclass(frozen=True)
class Term:
    name: str
    label_en: str
    label_zh: str
    comment_en: str
    comment_zh: str


@dataclass(frozen=True)
class Terms:
    kinds: tuple[Term, ...]
    roles: tuple[Term, ...]
    family_of: tuple[tuple[str, str], ...]     # (class local name, loader family)

    def family(self, kind: str) -> str | None:
        return dict(self.family_of).get(kind)

    @property
    def kind_names(self) -> frozenset[str]:
        return frozenset(t.name for t in self.kinds)


def _text(g: Graph, node, prop, lang: str) -> str:
    return next((str(o) for o in g.objects(node, prop) if getattr(o, "language", None) == lang), "")


def _term(g: Graph, node) -> Term:
    return Term(str(node).removeprefix(str(DG)), _text(g, node, RDFS.label, "en"),
                _text(g, node, RDFS.label, "zh"), _text(g, node, RDFS.comment, "en"),
                _text(g, node, RDFS.comment, "zh"))


@lru_cache(maxsize=1)
def terms() -> Terms:
    g = Graph().parse(ONTOLOGY, format="turtle")
    subject_family = {fam["subject"]: name for name, fam in families().items()}
    kinds, family_of = [], []
    for cls in sorted(g.transitive_subjects(RDFS.subClassOf, DG.Agreement)):
        name = str(cls).removeprefix(str(DG))
        family = next((subject_family[str(a).removeprefix(str(DG))]
                       for a in g.transitive_objects(cls, RDFS.subClassOf)
                       if str(a).removeprefix(str(DG)) in subject_family), None)
        if family:
            kinds.append(_term(g, cls))
            family_of.append((name, family))
    roles = [_term(g, p) for p in sorted(g.transitive_subjects(RDFS.subPropertyOf, DG.party))
             if p != DG.party]
    return Terms(tuple(kinds), tuple(roles), tuple(family_of))
