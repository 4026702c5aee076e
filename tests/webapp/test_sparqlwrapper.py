"""SPARQLWrapper, used as any client would, against the real server: every format it supports."""
from __future__ import annotations

import csv
import io

import pytest
from rdflib import Graph, URIRef
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

pytestmark = [pytest.mark.server]

PREFIX = "PREFIX dg: <https://w3id.org/dealgraph/ontology#>\n"
SELECT = PREFIX + "SELECT ?firm WHERE { ?firm a dg:Firm } ORDER BY ?firm"
ASK = PREFIX + "ASK { <https://w3id.org/dealgraph/id/firm/nvidia> a dg:Firm }"
CONSTRUCT = PREFIX + "CONSTRUCT { ?a dg:collateral ?c } WHERE { ?a dg:collateral ?c }"
DESCRIBE = "DESCRIBE <https://w3id.org/dealgraph/id/agreement/jpmorgan-openai-loan>"
NVIDIA = "https://w3id.org/dealgraph/id/firm/nvidia"
LOAN = URIRef("https://w3id.org/dealgraph/id/agreement/jpmorgan-openai-loan")


def client(url, query, fmt, method=None):
    sparql = SPARQLWrapper(url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql.query()


@pytest.mark.parametrize("method", [None, POST])
def test_select_json(sample_server, method):
    rows = client(sample_server, SELECT, JSON, method).convert()["results"]["bindings"]
    assert NVIDIA in [r["firm"]["value"] for r in rows]


def test_select_xml(sample_server):
    doc = client(sample_server, SELECT, XML).convert()
    values = [n.firstChild.data for n in doc.getElementsByTagName("uri")]
    assert NVIDIA in values


@pytest.mark.parametrize("fmt, delimiter", [(CSV, ","), (TSV, "\t")])
def test_select_csv_tsv(sample_server, fmt, delimiter):
    text = client(sample_server, SELECT, fmt).convert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0][0].lstrip("?") == "firm"
    assert any(NVIDIA in cell for row in rows[1:] for cell in row)


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_ask(sample_server, fmt):
    result = client(sample_server, ASK, fmt).convert()
    if fmt == JSON:
        assert result["boolean"] is True
    elif fmt == XML:
        assert result.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert b"true" in result.lower()


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, JSONLD, XML, JSON])
def test_graph_queries(sample_server, query, fmt):
    result = client(sample_server, query, fmt)
    graph = result.convert()
    if not isinstance(graph, Graph):  # SPARQLWrapper hands back raw text for some formats
        data = graph if isinstance(graph, (bytes, str)) else result.response.read()
        graph = Graph().parse(data=data, format=_rdflib_format(result))
    assert (LOAN, None, None) in graph


def _rdflib_format(result) -> str:
    media = result.info()["content-type"].split(";")[0]
    return {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
            "application/ld+json": "json-ld"}[media]
