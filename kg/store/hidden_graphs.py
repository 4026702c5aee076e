"""``GRAPH`` patterns rewritten so a union-graph server (Virtuoso) shows only dealgraph's graphs.

Virtuoso 7.2, asked with a default graph and no named graphs, lets ``GRAPH ?g`` range over every
graph it holds (the union graph dealgraph keeps there, its own system graphs) but shows
``GRAPH <iri>`` nothing; naming the stored graphs one by one works until some thousands, where it
refuses the request ("Too many arguments for standard built-in function"). So, in a request that
names no graphs of its own:

- each ``GRAPH ?var { P }`` in a pattern becomes ``{ GRAPH ?var { P } FILTER (...) }``, the
  filter dropping the graphs the dialect hides (:meth:`Dialect.graph_filter`);
- a text whose graph patterns are all ``GRAPH <iri>`` names those graphs: Virtuoso answers
  ``GRAPH <iri> { P }`` of a graph it was not given as named with one empty solution,
  whatever `P` (``ASK`` says true). Named, an absent graph is empty, but for an empty `P`
  (``ASK { GRAPH <absent> { } }`` stays true: docs/remote-stores.md);
- beside a ``GRAPH ?var``, a ``GRAPH <iri>`` or ``GRAPH prefix:name`` becomes
  ``{ GRAPH ?dg_graph_N { P } FILTER (?dg_graph_N = <iri>) }``; where a ``*`` projection would
  show that variable, :func:`rewrite` answers None and the caller names the stored graphs;
- a ``DELETE WHERE { QP }`` (a quad pattern, where no ``FILTER`` may stand) it rewrites is
  spelled ``DELETE { QP } WHERE { QP' }``.

Templates (``CONSTRUCT {...}``, ``INSERT {...}``, ``DELETE {...}``) are left as written, and
so is a text whose braces do not balance (the server reports it).
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.store.sparql_lexer import token_matches

#: named when a request's own dataset has no named graph (Virtuoso would then show them all)
NO_GRAPH = "urn:dealgraph:no-graph"
_FRESH = "?dg_graph_"


@dataclass(frozen=True)
class _Tok:
    text: str
    upper: str
    start: int
    end: int


def rewrite(sparql: str, dialect) -> tuple[str, list[str]] | None:
    """(text to send, graphs to name), or None where only a list of every stored graph keeps
    the answer (a ``*`` projection beside mixed graph patterns).

    >>> from kg.store.dialects import VIRTUOSO
    >>> rewrite("SELECT * { GRAPH ?g { ?s ?p ?o } }", VIRTUOSO)[0]  # doctest: +ELLIPSIS
    'SELECT * { { GRAPH ?g { ?s ?p ?o } FILTER (?g NOT IN (<urn:dealgraph:union-default-graph>, ...)) } }'
    >>> rewrite("ASK { GRAPH <http://g/1> { } }", VIRTUOSO)
    ('ASK { GRAPH <http://g/1> { } }', ['http://g/1'])
    >>> rewrite("SELECT ?s { GRAPH <http://g/1> { ?s ?p ?o } GRAPH ?h { ?s ?p ?o } }", VIRTUOSO)[0][:82]
    'SELECT ?s { { GRAPH ?dg_graph_0 { ?s ?p ?o } FILTER (?dg_graph_0 = <http://g/1>) }'
    >>> rewrite("SELECT * { GRAPH <http://g/1> { ?s ?p ?o } GRAPH ?h { ?s ?p ?o } }", VIRTUOSO) is None
    True
    >>> rewrite("INSERT DATA { GRAPH <x:g> { <x:s> <x:p> 1 } } ; DELETE WHERE { GRAPH ?g { <x:s> ?p ?o } }", VIRTUOSO)[0][:33]
    'INSERT DATA { GRAPH <x:g> { <x:s>'
    >>> rewrite("DELETE WHERE { GRAPH ?g { <x:s> ?p ?o } }", VIRTUOSO)[0][:52]
    'DELETE { GRAPH ?g { <x:s> ?p ?o } } WHERE { { GRAPH '
    """
    toks = [_Tok(m.group(0), m.group(0).upper(), m.start(), m.end())
            for m in token_matches(sparql)]
    closing = _closing_braces(toks)
    if closing is None:
        return sparql, []
    templates, quad_patterns = _templates(toks, closing)
    patterns = [i for i in range(len(toks) - 2)
                if toks[i].upper == "GRAPH" and toks[i + 2].text == "{"
                and not any(start < i < end for start, end in templates)]
    by_var = {i for i in patterns if toks[i + 1].text[:1] in "?$"}
    by_name = [i for i in patterns if i not in by_var]
    if not by_var:
        if all(toks[i + 1].text.startswith("<") for i in by_name):
            named = {toks[i + 1].text[1:-1] for i in by_name}
            return sparql, sorted(g for g in named if not dialect.hides(g)) or [NO_GRAPH]
    if by_name and _projects_star(toks):
        return None
    # (start, end, rank, text): replaced spans; at one offset, lower ranks come first in the text
    edits: set[tuple[int, int, int, str]] = set()
    for n, i in enumerate(patterns):
        name = toks[i + 1]
        if i in by_var:
            condition = dialect.graph_filter(name.text)
        else:
            fresh = f"{_FRESH}{n}"
            edits.add((name.start, name.end, 0, fresh))
            condition = f"FILTER ({fresh} = {name.text})"
        edits |= {(toks[i].start, toks[i].start, 1, "{ "),
                  (toks[closing[i + 2]].end, toks[closing[i + 2]].end, 0, f" {condition} }}")}
        edits |= {(toks[where].start, toks[where].start, 0,
                   "{" + sparql[toks[opening].end:toks[close].start] + "} ")
                  for where, opening, close in quad_patterns if opening < i < close}
    for start, end, _, text in sorted(edits, key=lambda e: (e[0], e[2]), reverse=True):
        sparql = sparql[:start] + text + sparql[end:]
    return sparql, []


def _closing_braces(toks: list[_Tok]) -> dict[int, int] | None:
    """The index of each ``{``'s matching ``}``; None where they do not balance."""
    closing, stack = {}, []
    for i, tok in enumerate(toks):
        if tok.text == "{":
            stack.append(i)
        elif tok.text == "}":
            if not stack:
                return None
            closing[stack.pop()] = i
    return None if stack else closing


def _templates(toks: list[_Tok], closing: dict[int, int]):
    """(opening, closing) brace indexes of each template (the top-level ``CONSTRUCT {``,
    ``INSERT {``, ``DELETE {``, ``INSERT DATA {``, ``DELETE DATA {``), and (WHERE, opening,
    closing) of each ``DELETE WHERE`` quad pattern."""
    templates, quad_patterns, depth = [], [], 0
    for i, tok in enumerate(toks[:-1]):
        after = toks[i + 1].upper
        if depth == 0 and tok.upper in ("CONSTRUCT", "INSERT", "DELETE") and after == "{":
            templates.append((i + 1, closing[i + 1]))
        elif (depth == 0 and tok.upper in ("INSERT", "DELETE") and after == "DATA"
              and i + 2 < len(toks) and toks[i + 2].text == "{"):
            templates.append((i + 2, closing[i + 2]))
        elif (depth == 0 and tok.upper == "DELETE" and after == "WHERE"
              and i + 2 < len(toks) and toks[i + 2].text == "{"):
            quad_patterns.append((i + 1, i + 2, closing[i + 2]))
        depth += (tok.text == "{") - (tok.text == "}")
    return templates, quad_patterns


def _projects_star(toks: list[_Tok]) -> bool:
    """True when a ``SELECT *`` or ``DESCRIBE *`` (at any level) would show every variable."""
    for i, tok in enumerate(toks[:-1]):
        if tok.upper in ("SELECT", "DESCRIBE"):
            after = toks[i + 2] if toks[i + 1].upper in ("DISTINCT", "REDUCED") and i + 2 < len(toks) \
                else toks[i + 1]
            if after.text == "*":
                return True
    return False
