"""Stable IRIs for entities: the same name always gives the same IRI.

>>> slugify("Calder & Finch")
'calder-finch'
>>> slugify("  Helios Compute, Inc. ")
'helios-compute-inc'
>>> slugify("磐石半导体")
'磐石半导体'
>>> firm_iri("Helios Compute")
'https://w3id.org/dealgraph/id/firm/helios-compute'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.namespaces import BASE, FIRM_PREFIX, PERSON_PREFIX

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def slugify(name: str) -> str:
    """Lower-case, NFKC-normalised, runs of non-word characters become one hyphen."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    slug = _NON_WORD.sub("-", text).strip("-_")
    return slug or "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def firm_iri(name: str) -> str:
    """IRI of a firm first seen under `name` (reference firms keep their curated IRI)."""
    return FIRM_PREFIX + slugify(name)


def person_iri(name: str) -> str:
    """IRI of a person, from the normalised name."""
    return PERSON_PREFIX + slugify(name)


def entity_iri(kind: str, *parts: str) -> str:
    """IRI under ``id/<kind>/`` from a stable hash of `parts` (agreements, moves, metrics).

    >>> entity_iri("agreement", "a", "b") == entity_iri("agreement", "a", "b")
    True
    """
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{BASE}id/{kind}/{digest}"
