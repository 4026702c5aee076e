"""Results the store cannot decide: ``sh:datatype`` on literals the store rewrote.

Oxigraph stores a well-formed ``"12"^^xsd:int`` as ``"12"^^xsd:integer`` (and every other type
derived from xsd:integer likewise, ``xsd:dateTimeStamp`` as ``xsd:dateTime``; see
:mod:`kg.validate.xsd`). So when ``sh:datatype xsd:int`` meets a stored ``"12"^^xsd:integer``,
the data may have said either: a violation would be false for ``"12"^^xsd:int`` and a pass false
for ``"12"^^xsd:integer``. Such a result is taken out of the results and reported as undecided
(the report then does not conform, and says why), whichever engine found it.
"""
from __future__ import annotations

from collections.abc import Iterable

import rdflib

from kg.validate import xsd
from kg.validate.report import RawResult
from kg.validate.shapes import SH

_DATATYPE = str(SH.DatatypeConstraintComponent)


def split(results: list[RawResult], shapes: rdflib.Graph,
          as_written: Iterable = ()) -> tuple[list[RawResult], list[str]]:
    """(results that stand, one sentence per result the store cannot decide).

    `as_written` holds the triples whose written form is known (:mod:`kg.written_forms`):
    results on those values were decided on the data as written.
    """
    known = {(t.subject, t.object) for t in as_written}
    kept, undecided = [], []
    for result in results:
        reason = None if (result.focus, result.value) in known else _undecidable(result, shapes)
        if reason is None:
            kept.append(result)
        else:
            undecided.append(reason)
    return kept, undecided


def _undecidable(result: RawResult, shapes: rdflib.Graph) -> str | None:
    value = result.value
    if result.component != _DATATYPE or type(value).__name__ != "Literal":
        return None
    shape = rdflib.BNode(result.shape[2:]) if result.shape.startswith("_:") else rdflib.URIRef(result.shape)
    for datatype in shapes.objects(shape, SH.datatype):
        wanted = str(datatype)
        if xsd.stored_as(wanted) == value.datatype.value and xsd.is_valid(value.value, wanted):
            path = f" {result.path}" if result.path else ""
            return (f"sh:datatype <{wanted}> of {result.shape} on {result.focus}{path}: the store "
                    f"holds {value}, which the data may have written as <{wanted}> (the store "
                    f"keeps <{wanted}> values as <{value.datatype.value}>), so this cannot be "
                    "decided from the store")
    return None
