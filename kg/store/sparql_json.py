"""Write SPARQL 1.1 Query Results JSON from rows of pyoxigraph terms.

>>> import pyoxigraph as ox
>>> write_select_json(["x"], [{"x": ox.Literal("a", language="en")}])
b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"a","xml:lang":"en"}}]}}'
"""
from __future__ import annotations

import json

import pyoxigraph as ox

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term_json(term) -> dict:
    """One term in the SPARQL JSON results shape."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": term_json(term.subject),
                "predicate": term_json(term.predicate),
                "object": term_json(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")


def write_select_json(variables: list[str], rows: list[dict]) -> bytes:
    doc = {
        "head": {"vars": variables},
        "results": {"bindings": [{k: term_json(v) for k, v in row.items()} for row in rows]},
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
