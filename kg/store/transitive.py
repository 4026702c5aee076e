"""``?s <p>+ ?o`` spelled as Virtuoso's transitive subquery, which it evaluates as a set.

Virtuoso 7.2 evaluates a ``+`` property path path by path (a bag) and, on a graph of many
cycles, runs out of its transitive memory ("Exceeded 1000000000 bytes in transitive temp
memory": the saved query ``exposure-if-default`` at 100k triples). Its own form,
``{ SELECT ?s ?o WHERE { ?s <p> ?o } } OPTION (TRANSITIVE, t_distinct, t_in(?s), t_out(?o),
t_min(1))``, walks each start once, but never answers a start as its own end (SPARQL's ``+``
does, through a cycle). So only a triple that is exact in that form is rewritten: one of its
own (after ``{``, ``.`` or ``}``, before ``.`` or ``}``), a variable at each end, one IRI or
prefixed name before the ``+``, and ``FILTER(?s != ?o)`` in the same group. Every other path is
sent as written. Like the path, it needs one end bound when it runs (Virtuoso: "transitive
start not given").
"""
from __future__ import annotations

from kg.store.sparql_lexer import LexError, Token, lex


def rewrite(sparql: str) -> str:
    """`sparql` with each such ``?s <p>+ ?o`` as a transitive subquery.

    >>> rewrite("SELECT * { ?a <x:f>+ ?b . FILTER(?a != ?b) }")
    'SELECT * { { SELECT ?a ?b WHERE { ?a <x:f> ?b } } OPTION (TRANSITIVE, t_distinct, t_in(?a), t_out(?b), t_min(1)) . FILTER(?a != ?b) }'
    >>> rewrite("SELECT * { ?a <x:f>+ ?b }")  # (?a, ?a) through a cycle is an answer: as written
    'SELECT * { ?a <x:f>+ ?b }'
    >>> rewrite("SELECT * { ?a <x:f>+ ?b ; <x:g> ?c FILTER(?a != ?b) }")  # in a longer block
    'SELECT * { ?a <x:f>+ ?b ; <x:g> ?c FILTER(?a != ?b) }'
    """
    try:
        toks = list(lex(sparql))
    except LexError:
        return sparql
    depths, depth = [], 0
    for tok in toks:
        depth -= tok.text == "}"
        depths.append(depth)
        depth += tok.text == "{"
    edits = []
    for i in range(1, len(toks) - 4):
        subject, predicate, plus, obj, after = toks[i:i + 5]
        if (toks[i - 1].text in ("{", ".", "}") and subject.kind == "var"
                and predicate.kind in ("iri", "pname") and plus.text == "+"
                and obj.kind == "var" and after.text in (".", "}")
                and subject.text != obj.text
                and _filters_unequal(toks, depths, i, subject.text, obj.text)):
            s, o = subject.text, obj.text
            edits.append((subject.start, obj.end,
                          f"{{ SELECT {s} {o} WHERE {{ {s} {predicate.text} {o} }} }} "
                          f"OPTION (TRANSITIVE, t_distinct, t_in({s}), t_out({o}), t_min(1))"))
    for start, end, text in reversed(edits):
        sparql = sparql[:start] + text + sparql[end:]
    return sparql


def _filters_unequal(toks: list[Token], depths: list[int], at: int, a: str, b: str) -> bool:
    """True when the group holding token `at` states ``FILTER(a != b)`` (either order)."""
    level = depths[at]
    start = at
    while start > 0 and depths[start - 1] >= level:
        start -= 1
    end = at
    while end < len(toks) - 1 and depths[end + 1] >= level:
        end += 1
    texts = [t.text for t in toks]
    for i in range(start, end - 4):
        if depths[i] == level and texts[i].upper() == "FILTER" and texts[i + 1] == "(" \
                and texts[i + 3] == "!=" and texts[i + 5] == ")" \
                and {texts[i + 2], texts[i + 4]} == {a, b}:
            return True
    return False
