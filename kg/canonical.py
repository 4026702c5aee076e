"""One canonical value per figure, for totals; every article's own claim stays where it is.

The loader gives the same deal (move, metric) one IRI in every article that reports it, and each
article graph holds that article's claims about it (``dg:capacityGW 4.5`` in one, ``4.5`` or
``4.6`` in another). Summing ``dg:capacityGW`` over the union would count a twice-reported deal
twice, or be ambiguous when the sources disagree. :func:`derive_canonical` therefore writes, to
the derived graph, for every (node, figure) that some source graph states:

* ``?node dg:canonicalCapacityGW ?v`` (one per figure property, :data:`FIGURES`): exactly one
  value per node, so ``SUM(?v)`` counts each deal once;
* one ``dg:CanonicalFigure`` node explaining it: ``dg:figureOf`` the node, ``dg:figureProperty``
  the source property, ``dg:figureValue``, the ``dg:bound`` of the chosen claim when it was not
  exact, ``dg:figureSource`` each article that states the figure (``dg:canonicalSource`` those
  that state the chosen value), ``dg:figureSourceCount``, ``dg:figureValueCount`` (> 1: the
  sources disagree, which ``dgsh:ConflictingFigureShape`` flags), ``dg:canonicalBasis`` (which
  step of the rule decided) and ``prov:wasDerivedFrom`` the node whose claims it summarises.

The rule (see ``docs/canonical-figures.md``): a claim is one source graph stating one value.

1. Precision: exact claims (no bound, or ``dg:Exact``) beat bounded or approximate ones ("up
   to", "about", "more than"), which beat the lower end of a stated range (``capacityGWMin``,
   ``amountUSDMin``: used only when that source gives no point value).
2. Confidence: the highest ``dg:confidence`` of the node's evidence in that graph (a claim with
   none counts as 0).
3. Recency: the latest ``dg:publishedOn`` of the graph's article (undated counts as oldest).
4. Median of the values still tied, one vote per claim; with an even number the lower median
   (a value some source states, and the conservative one for totals).

Values are compared as decimals; the emitted literal is the chosen claim's own (from the source
graph first in IRI order), so the result is deterministic and never depends on query order.

>>> from decimal import Decimal as D
>>> choose([Claim("g1", D(36), 2, 0.85, "2025-09-10"), Claim("g2", D(39), 2, 0.85, "2025-09-11")])
(Decimal('39'), 'recency')
>>> choose([Claim("g1", D(36), 2, 0.85, ""), Claim("g2", D(39), 2, 0.85, ""), Claim("g3", D(36), 2, 0.85, "")])
(Decimal('36'), 'median')
>>> choose([Claim("g1", D(10), 1, 0.9, "2025-10-01"), Claim("g2", D(11), 2, 0.8, "2025-01-01")])
(Decimal('11'), 'precision')
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg.ids import entity_iri
from kg.namespaces import DERIVED_GRAPH, DG, ONTOLOGY_GRAPH, PROV
from kg.store import Store

#: (source property, canonical property, the figure-specific bound property or None): every
#: figure the conflicting-figures shape compares. Add a row (and its ontology term) to extend.
FIGURES: tuple[tuple[str, str, str | None], ...] = (
    ("amountUSD", "canonicalAmountUSD", "amountBound"),
    ("annualAmountUSD", "canonicalAnnualAmountUSD", "amountBound"),
    ("capacityGW", "canonicalCapacityGW", "capacityBound"),
    ("shareCount", "canonicalShareCount", "shareCountBound"),
    ("stakePercent", "canonicalStakePercent", "stakeBound"),
    ("termYears", "canonicalTermYears", None),
    ("percentChange", "canonicalPercentChange", None),
    ("value", "canonicalValue", None),
    ("priceUSD", "canonicalPriceUSD", None),
    ("exercisePriceUSD", "canonicalExercisePriceUSD", None),
)
#: Lower ends of ranges, used as the claim of a source that states no point value (十几吉瓦).
RANGE_FLOORS = {"capacityGWMin": "capacityGW", "amountUSDMin": "amountUSD"}

#: Precision ranks (higher wins).
EXACT, BOUNDED, RANGE_FLOOR = 2, 1, 0

_SOURCES = f"FILTER(?g != <{DERIVED_GRAPH}> && ?g != <{ONTOLOGY_GRAPH}>)"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Claim:
    """One source graph's statement of one figure of one node."""

    graph: str
    value: Decimal
    precision: int = EXACT
    confidence: float = 0.0
    date: str = ""  # ISO date of the graph's article; "" when unknown (sorts as oldest)
    literal: ox.Literal | None = field(default=None, compare=False)
    bound: str | None = None


def choose(claims: Iterable[Claim]) -> tuple[Decimal, str]:
    """The canonical value of `claims` (non-empty) and the step of the rule that decided it:
    "agreement" (all claims give one value), "precision", "confidence", "recency" or "median"."""
    claims = list(claims)
    if len({c.value for c in claims}) == 1:
        return claims[0].value, "agreement"
    for key, name in ((lambda c: c.precision, "precision"), (lambda c: c.confidence, "confidence"),
                      (lambda c: c.date, "recency")):
        best = max(key(c) for c in claims)
        claims = [c for c in claims if key(c) == best]
        if len({c.value for c in claims}) == 1:
            return claims[0].value, name
    values = sorted(c.value for c in claims)
    return values[(len(values) - 1) // 2], "median"


def _number(literal: ox.Literal) -> Decimal | None:
    try:
        number = Decimal(literal.value.strip())
    except (InvalidOperation, AttributeError):
        return None
    return number if number.is_finite() else None


def _values(names: Iterable[str]) -> str:
    return " ".join(f"<{DG[n]}>" for n in names)


def _pick(variable: str, props: list[str], scoped: bool) -> str:
    """The properties `variable` may take: ``VALUES`` for a scan of the store; beside a
    ``VALUES ?x`` of a few nodes a ``FILTER ... IN``, which Oxigraph 0.5 plans 50x faster."""
    if scoped:
        return f"FILTER(?{variable} IN ({', '.join(_values(props).split())}))"
    return f"VALUES ?{variable} {{ {_values(props)} }}"


def _read(store: Store, only: Iterable[str] | None = None
          ) -> tuple[dict[tuple[str, str], list[Claim]], dict[str, str]]:
    """({(node, source property): claims}, {graph: its article IRI}) from the source graphs;
    only the claims about the nodes in `only` when given."""
    from kg.flows import values_clause

    scope = values_clause("x", only)
    point_props = [f[0] for f in FIGURES]
    rows = store.query(f"""
SELECT ?g ?x ?p ?v WHERE {{ {scope}
  {_pick("p", point_props + list(RANGE_FLOORS), only is not None)}
  GRAPH ?g {{ ?x ?p ?v }} {_SOURCES} FILTER(isLiteral(?v) && !isLiteral(?x))
}}""").rows
    if not rows:
        return {}, {}
    dg = str(DG)
    if only is None:
        scope = ""  # every node: no VALUES below
    else:
        scope = values_clause("x", {r["x"].value for r in rows})
    raw: dict[tuple[str, str, str], list[tuple[Decimal, ox.Literal]]] = defaultdict(list)
    floors: dict[tuple[str, str, str], list[tuple[Decimal, ox.Literal]]] = defaultdict(list)
    nodes: set[str] = set()
    for row in rows:
        number = _number(row["v"])
        if number is None:
            continue
        prop = row["p"].value[len(dg):]
        node, graph = row["x"].value, row["g"].value
        nodes.add(node)
        if prop in RANGE_FLOORS:
            floors[(node, RANGE_FLOORS[prop], graph)].append((number, row["v"]))
        else:
            raw[(node, prop, graph)].append((number, row["v"]))

    bound_props = sorted({b for _, _, b in FIGURES if b} | {"bound"})
    bounds: dict[tuple[str, str, str], str] = {}
    for row in store.query(f"""
SELECT ?g ?x ?bp ?b WHERE {{ {scope}
  GRAPH ?g {{ ?x ?bp ?b }} {_pick("bp", bound_props, only is not None)} {_SOURCES} FILTER(isIRI(?b))
}}""").rows:
        key = (row["x"].value, row["bp"].value[len(dg):], row["g"].value)
        if key[0] in nodes and (key not in bounds or row["b"].value < bounds[key]):
            bounds[key] = row["b"].value

    confidence: dict[tuple[str, str], float] = {}
    for row in store.query(f"""
SELECT ?g ?x (MAX(?c) AS ?conf) WHERE {{ {scope}
  GRAPH ?g {{ {{ ?x <{DG.evidence}> ?e . ?e <{DG.confidence}> ?c }} UNION {{ ?x <{DG.confidence}> ?c }} }}
  {_SOURCES}
}} GROUP BY ?g ?x""").rows:
        if row["x"].value in nodes and row.get("conf") is not None:
            try:
                confidence[(row["x"].value, row["g"].value)] = float(row["conf"].value)
            except ValueError:
                pass

    articles: dict[str, tuple[str, str]] = {}  # graph -> (article IRI, publication date)
    graphs = values_clause("g", {r["g"].value for r in rows}) if only is not None else ""
    for row in store.query(f"""
SELECT ?g ?a ?d WHERE {{ {graphs}
  GRAPH ?g {{ ?a <{_RDF_TYPE}> <{DG.Article}> OPTIONAL {{ ?a <{DG.publishedOn}> ?d }} }} {_SOURCES}
}}""").rows:
        graph, article = row["g"].value, row["a"].value
        date = row["d"].value if row.get("d") is not None else ""
        if graph not in articles or (article, date) < articles[graph]:
            articles[graph] = (article, date)

    specific = {prop: bound for prop, _, bound in FIGURES}
    claims: dict[tuple[str, str], list[Claim]] = defaultdict(list)

    def bound_of(node: str, prop: str, graph: str) -> str | None:
        found = bounds.get((node, specific[prop], graph)) if specific.get(prop) else None
        return found or bounds.get((node, "bound", graph))

    for (node, prop, graph), stated in raw.items():
        bound = bound_of(node, prop, graph)
        precision = EXACT if bound in (None, str(DG.Exact)) else BOUNDED
        for number, literal in stated:
            claims[(node, prop)].append(Claim(
                graph, number, precision, confidence.get((node, graph), 0.0),
                articles.get(graph, ("", ""))[1], literal,
                None if precision == EXACT else bound))
    for (node, prop, graph), stated in floors.items():
        if (node, prop, graph) in raw:
            continue  # this source gives a point value: its range adds nothing
        number, literal = min(stated, key=lambda s: (s[0], s[1].value))
        claims[(node, prop)].append(Claim(
            graph, number, RANGE_FLOOR, confidence.get((node, graph), 0.0),
            articles.get(graph, ("", ""))[1], literal, str(DG.AtLeast)))
    return claims, {graph: article for graph, (article, _) in articles.items()}


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(_XSD + "integer"))


def figure_iri(node: str, prop: str) -> str:
    """IRI of the dg:CanonicalFigure of `node`'s `prop` (a dg: local name)."""
    return entity_iri("figure", node, str(DG[prop]))


def canonical_triples(claims: dict[tuple[str, str], list[Claim]],
                      articles: dict[str, str]) -> list[ox.Triple]:
    canonical_prop = {prop: canon for prop, canon, _ in FIGURES}
    nn = ox.NamedNode
    triples: list[ox.Triple] = []
    add = triples.append
    for (node, prop), found in sorted(claims.items()):
        value, basis = choose(found)
        winners = sorted((c for c in found if c.value == value),
                         key=lambda c: (-c.precision, -c.confidence, c.graph))
        chosen = winners[0]
        literal = chosen.literal or ox.Literal(str(value), datatype=nn(_XSD + "decimal"))
        subject, figure = nn(node), nn(figure_iri(node, prop))
        add(ox.Triple(subject, nn(DG[canonical_prop[prop]]), literal))
        add(ox.Triple(subject, nn(DG.canonicalFigure), figure))
        add(ox.Triple(figure, nn(_RDF_TYPE), nn(DG.CanonicalFigure)))
        add(ox.Triple(figure, nn(DG.figureOf), subject))
        add(ox.Triple(figure, nn(DG.figureProperty), nn(DG[prop])))
        add(ox.Triple(figure, nn(DG.figureValue), literal))
        add(ox.Triple(figure, nn(DG.canonicalBasis), ox.Literal(basis)))
        add(ox.Triple(figure, nn(str(PROV.wasDerivedFrom)), subject))
        if chosen.bound:
            add(ox.Triple(figure, nn(DG.bound), nn(chosen.bound)))
        sources = {c.graph for c in found}
        add(ox.Triple(figure, nn(DG.figureSourceCount), _integer(len(sources))))
        add(ox.Triple(figure, nn(DG.figureValueCount), _integer(len({c.value for c in found}))))
        backing = {c.graph for c in winners}
        for graph in sorted(sources):
            source = nn(articles.get(graph) or graph)
            add(ox.Triple(figure, nn(DG.figureSource), source))
            if graph in backing:
                add(ox.Triple(figure, nn(DG.canonicalSource), source))
    return triples


def derive_canonical(store: Store, nodes: Iterable[str] | None = None) -> list[ox.Triple]:
    """The canonical-figure triples of the derived graph, computed from the current sources;
    only those of `nodes` (their canonical values and figure nodes) when given."""
    claims, articles = _read(store, nodes)
    return canonical_triples(claims, articles) if claims else []
