"""The ontology and the reference entities: labels, required terms, OWL 2 RL consistency, IRIs."""
from __future__ import annotations

import logging
import re
import unicodedata
import warnings
from collections import defaultdict
from pathlib import Path

import owlrl
import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import paths
from kg.ids import entity_iri, firm_iri, person_iri
from kg.namespaces import DG, OA, ORG, PROV, QUDT, SCHEMA, UNIT, WD

ONTOLOGY_IRI = URIRef("https://w3id.org/dealgraph/ontology")
ONTOLOGY_FILE = paths.ontology_file()
REFERENCE_FILE = paths.home() / "ontology" / "reference" / "firms.ttl"
README_FILE = paths.home() / "ontology" / "README.md"

# A plain Namespace: pytest probes module globals, and rdflib's closed XSD namespace warns on that.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
VANN = Namespace("http://purl.org/vocab/vann/")
#: How owlrl reports an inconsistency: ``[] a err:ErrorMessage ; err:error "..."``.
ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")

DEFINED_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                 OWL.NamedIndividual)

REQUIRED_CLASSES = """
    Firm ChipMaker CloudProvider ModelDeveloper Financier Bank PrivateCreditFund SovereignWealthFund
    AssetManager Person Agreement LetterOfIntent ComputeCommitment CloudServiceAgreement
    InvestmentCommitment EquityWarrant EquityStake SupplyAgreement Financing Loan BondIssue
    CreditFacility StockPriceMove FinancialMetric UsageMetric Article Evidence
    Asset GPUFleet DataCenter AgreementStatus Bound Tranche WarrantTranche Membership Role
    MarketMove Metric FlowStep Cycle LegallyBindingAgreement Publisher Agent Observation
""".split()
REQUIRED_OBJECT_PROPERTIES = """
    party investor investee issuer holder provider customer supplier buyer lender borrower arranger
    collateral evidence firm status bound amountBound capacityBound shareCountBound stakeBound
    tranche unit member organization role reportedBy flowsTo flowSource flowTarget flowAgreement
    cycleMember cycleStep sourceArticle publisher inResponseTo owner
""".split()
REQUIRED_DATATYPE_PROPERTIES = """
    isLegallyBinding announcedOn capacityGW amountUSD shareCount stakePercent percentChange termYears
    value currency originalCurrency originalAmount capacityGWMin capacityGWMax vestingCondition
    trancheShareCount trancheIndex metricName periodStart periodEnd asOf startDate endDate
    extractionRule confidence text language quote startOffset endOffset
""".split()
REQUIRED_INDIVIDUALS = {
    "AgreementStatus": "Announced Definitive Denied Rumoured Terminated Hypothetical".split(),
    "Bound": "UpTo AtLeast MoreThan Approximately Exact".split(),
    "Role": "CEO CFO".split(),
}
ROLE_PROPERTIES = "investor investee issuer holder provider customer supplier buyer lender borrower arranger".split()
#: Numbers are xsd:decimal or xsd:integer (offsets follow oa:start/oa:end: nonNegativeInteger).
NUMERIC_PROPERTIES = """
    capacityGW capacityGWMin capacityGWMax amountUSD amountUSDMin amountUSDMax annualAmountUSD
    originalAmount shareCount stakePercent percentChange termYears value confidence
    trancheShareCount trancheAmountUSD trancheIndex vestingCapacityGW vestingPriceTargetUSD
    exercisePriceUSD priceUSD stepIndex cycleLength
""".split()

#: Properties deliberately without rdfs:domain, and why. Each must also say "No domain:" in its
#: English rdfs:comment, so the ontology itself carries the reason.
NO_DOMAIN = {
    "evidence": "any extracted fact node has evidence",
    "sourceArticle": "every kind of extracted node points to its article",
    "reportedBy": "any claim can be attributed to a cited source",
    "extractionRule": "set on evidence or on any extracted node",
    "confidence": "set on evidence or on any extracted node",
    "bound": "general qualifier for any node that carries a figure",
    "cyclesOmitted": "stated on the derived graph itself",
    "stale": "stated on the derived graph itself",
}

REFERENCE_FIRMS = {
    "Nvidia": {"ChipMaker"}, "AMD": {"ChipMaker"}, "Broadcom": {"ChipMaker"},
    "Intel": {"ChipMaker"}, "Arm": {"ChipMaker"},
    "Oracle": {"CloudProvider"}, "Amazon Web Services": {"CloudProvider"},
    "CoreWeave": {"CloudProvider"}, "Microsoft": {"CloudProvider"},
    "Google": {"CloudProvider", "ModelDeveloper"}, "Crusoe": {"CloudProvider"},
    "Vantage Data Centers": {"CloudProvider"},
    "OpenAI": {"ModelDeveloper"}, "Anthropic": {"ModelDeveloper"}, "xAI": {"ModelDeveloper"},
    "Meta": {"ModelDeveloper"}, "Alphabet": set(), "Amazon": set(),
    "JPMorgan Chase": {"Bank"}, "MUFG": {"Bank"}, "Mizuho": {"Bank"}, "SMBC": {"Bank"},
    "Blue Owl Capital": {"PrivateCreditFund"}, "Apollo Global Management": {"PrivateCreditFund"},
    "Diameter Capital Partners": {"PrivateCreditFund"},
    "BlackRock": {"AssetManager"}, "Pimco": {"AssetManager"},
    "Valor Equity Partners": {"AssetManager"}, "SoftBank Group": {"Financier"},
}
REFERENCE_ALIASES = {
    "Nvidia": {"英伟达", "辉达", "NVDA", "NVIDIA Corporation"},
    "OpenAI": {"Open AI", "OpenAI OpCo", "OpenAI Group PBC"},
    "Oracle": {"甲骨文", "Oracle Corporation", "ORCL"},
    "AMD": {"超威", "超威半导体", "Advanced Micro Devices"},
    "SoftBank Group": {"软银", "软银集团", "SoftBank"},
    "Amazon Web Services": {"AWS", "亚马逊云科技", "亚马逊网络服务"},
    "CoreWeave": {"CoolWave"},
    "JPMorgan Chase": {"摩根大通", "JPMorgan", "J.P. Morgan"},
}
REFERENCE_POSTS = [
    ("Sam Altman", "OpenAI", "CEO"), ("Jensen Huang", "Nvidia", "CEO"), ("Lisa Su", "AMD", "CEO"),
    ("Satya Nadella", "Microsoft", "CEO"), ("Masayoshi Son", "SoftBank Group", "CEO"),
    ("Jean Hu", "AMD", "CFO"), ("Colette Kress", "Nvidia", "CFO"),
]

# A small consistent dataset: a loan secured by an LOI compute commitment and a GPU fleet, an AMD
# warrant with a tranche, a stock move, two metrics, an article with evidence, a derived cycle.
SAMPLE = """
@prefix dg:   <https://w3id.org/dealgraph/ontology#> .
@prefix firm: <https://w3id.org/dealgraph/id/firm/> .
@prefix x:    <https://w3id.org/dealgraph/id/sample/> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix unit: <http://qudt.org/vocab/unit/> .

x:article a dg:Article ;
    dg:text "部分合作仅为意向书，但双方可凭此融资。" ; dg:language "zh" ;
    dg:title "AI资本循环" ; dg:publisher firm:netease ; dg:publishedOn "2025-10-13"^^xsd:date .
x:ev1 a dg:Evidence ; dg:sourceArticle x:article ;
    dg:quote "部分合作仅为意向书" ;
    dg:startOffset "0"^^xsd:nonNegativeInteger ; dg:endOffset "9"^^xsd:nonNegativeInteger ;
    dg:extractionRule "zh.loi.cue" ; dg:confidence 0.8 .

x:loi a dg:LetterOfIntent , dg:ComputeCommitment , dg:CloudServiceAgreement ;
    dg:customer firm:openai ; dg:provider firm:oracle ;
    dg:amountUSD 300000000000 ; dg:amountBound dg:Approximately ;
    dg:originalAmount 300000000000 ; dg:originalCurrency "USD" ;
    dg:capacityGW 4.5 ; dg:capacityGWMin 10 ; dg:capacityGWMax 19 ; dg:capacityBound dg:Approximately ;
    dg:termYears 5 ; dg:status dg:Announced ; dg:announcedOn "2025-09-10"^^xsd:date ;
    dg:startDate "2027-01-01"^^xsd:date ;
    dg:evidence x:ev1 ; dg:sourceArticle x:article ; dg:reportedBy firm:the-wall-street-journal .

x:gpus a dg:GPUFleet ; dg:owner firm:vantage-data-centers ; dg:chipModel "GB200" .
x:dc a dg:DataCenter ; dg:capacityGW 1.2 ; dg:location "Abilene, Texas" .

x:loan a dg:Loan ;
    dg:lender firm:jpmorgan-chase , firm:mufg ; dg:arranger firm:jpmorgan-chase ;
    dg:borrower firm:vantage-data-centers ;
    dg:amountUSD 38000000000 ; dg:amountBound dg:Approximately ; dg:termYears 4 ;
    dg:isLegallyBinding true ; dg:status dg:Definitive ;
    dg:collateral x:loi , x:gpus , x:dc ;
    dg:evidence x:ev1 ; dg:sourceArticle x:article .

x:warrant a dg:EquityWarrant ; dg:issuer firm:amd ; dg:holder firm:openai ;
    dg:shareCount 160000000 ; dg:shareCountBound dg:UpTo ;
    dg:stakePercent 10 ; dg:stakeBound dg:Approximately ; dg:exercisePriceUSD 0.01 ;
    dg:isLegallyBinding true ;
    dg:tranche x:t1 .
x:t1 a dg:WarrantTranche ; dg:trancheIndex 1 ; dg:trancheShareCount 26666667 ;
    dg:shareCountBound dg:Approximately ;
    dg:vestingCondition "首批在首个1吉瓦部署后归属"@zh ; dg:vestingCapacityGW 1 ;
    dg:vestingPriceTargetUSD 600 .
x:invest a dg:InvestmentCommitment , dg:LetterOfIntent ;
    dg:investor firm:nvidia ; dg:investee firm:openai ;
    dg:amountUSD 100000000000 ; dg:amountBound dg:UpTo ; dg:tranche x:t2 .
x:t2 a dg:Tranche ; dg:trancheIndex 1 ; dg:trancheAmountUSD 10000000000 ;
    dg:vestingCondition "once the first gigawatt is deployed"@en .

x:move a dg:StockPriceMove ; dg:firm firm:amd ; dg:percentChange 40 ; dg:bound dg:MoreThan ;
    dg:isIntraday false ; dg:priceUSD 226.71 ;
    dg:periodStart "2025-10-06"^^xsd:date ; dg:periodEnd "2025-10-07"^^xsd:date ;
    dg:inResponseTo x:warrant .
x:revenue a dg:FinancialMetric ; dg:firm firm:oracle ; dg:metricName "revenue" ;
    dg:value 900000000 ; dg:currency "USD" ; dg:bound dg:Approximately ;
    dg:reportedBy firm:the-information ; dg:isForecast false .
x:tokens a dg:UsageMetric ; dg:firm firm:google ; dg:metricName "tokensPerMonth" ;
    dg:value 1300000000000000 ; dg:unit unit:NUM ; dg:asOf "2025-10-29"^^xsd:date .

firm:nvidia dg:flowsTo firm:openai .
x:cycle a dg:Cycle ; dg:cycleLength 3 ; dg:cycleMember firm:nvidia , firm:openai , firm:oracle ;
    dg:cycleStep x:s1 .
x:s1 a dg:FlowStep ; dg:stepIndex 1 ; dg:flowSource firm:nvidia ; dg:flowTarget firm:openai ;
    dg:flowAgreement x:invest .
"""

# Two violations OWL 2 RL must catch: a letter of intent said to be binding, and a firm that is
# also a person (disjoint kinds).
INCONSISTENT = """
@prefix dg:   <https://w3id.org/dealgraph/ontology#> .
@prefix firm: <https://w3id.org/dealgraph/id/firm/> .
@prefix x:    <https://w3id.org/dealgraph/id/sample/> .
x:bad-loi a dg:LetterOfIntent , dg:ComputeCommitment ;
    dg:customer firm:openai ; dg:provider firm:oracle ; dg:isLegallyBinding true .
x:firm-person a dg:Firm , dg:Person .
"""


# ------------------------------------------------------------------------------------------------
# helpers and fixtures


def _parse(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return _parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def ref() -> Graph:
    return _parse(REFERENCE_FILE)


def _norm(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold().strip()


def _in_dg(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(DG))


def _local(term: URIRef) -> str:
    return str(term)[len(str(DG)):]


def _defined_terms(g: Graph) -> set[URIRef]:
    return {s for kind in DEFINED_KINDS for s in g.subjects(RDF.type, kind) if _in_dg(s)}


def _langs(g: Graph, s, p) -> set[str]:
    return {o.language for o in g.objects(s, p) if isinstance(o, Literal) and o.language}


def _en_label(g: Graph, s) -> str | None:
    labels = [str(o) for o in g.objects(s, RDFS.label) if isinstance(o, Literal) and o.language == "en"]
    return labels[0] if len(labels) == 1 else None


def _reason(*graphs: Graph) -> Graph:
    g = Graph()
    for part in graphs:
        g += part
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g


def _inconsistencies(g: Graph) -> list[str]:
    """owlrl's error messages plus any member of owl:Nothing (none means consistent)."""
    problems = [str(m) for e in g.subjects(RDF.type, ERR.ErrorMessage) for m in g.objects(e, ERR.error)]
    problems += [f"{s} is a member of owl:Nothing" for s in g.subjects(RDF.type, OWL.Nothing)]
    return sorted(problems)


def _readme_turtle() -> Graph:
    blocks = re.findall(r"```turtle\n(.*?)```", README_FILE.read_text(encoding="utf-8"), re.S)
    assert len(blocks) > 5, "README lost its Turtle examples"
    prefixes, examples = blocks[0], blocks[1:]
    g = Graph()
    for block in examples:
        g.parse(data=prefixes + block, format="turtle")
    return g


# ------------------------------------------------------------------------------------------------
# parsing


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, REFERENCE_FILE], ids=["ontology", "reference"])
def test_files_parse_cleanly_with_rdflib_and_oxigraph(path, caplog):
    caplog.set_level(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        g = Graph().parse(path, format="turtle")
    assert len(g) > 100
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    ill_typed = [o for o in g.objects() if isinstance(o, Literal) and o.ill_typed]
    assert not ill_typed, f"ill-typed literals: {ill_typed}"
    with open(path, "rb") as handle:  # the store loads the files with Oxigraph's parser
        assert len(list(ox.parse(handle, format=ox.RdfFormat.TURTLE))) == len(g)


# ------------------------------------------------------------------------------------------------
# the ontology


def test_ontology_header(onto):
    o = ONTOLOGY_IRI
    assert (o, RDF.type, OWL.Ontology) in onto
    for p in (OWL.versionIRI, OWL.versionInfo, DCTERMS.license, DCTERMS.created, DCTERMS.modified):
        assert onto.value(o, p) is not None, f"header lacks {p}"
    for p in (DCTERMS.title, DCTERMS.description):
        assert _langs(onto, o, p) >= {"en", "zh"}, f"header {p} needs @en and @zh"
    assert str(onto.value(o, VANN.preferredNamespacePrefix)) == "dg"
    assert str(onto.value(o, VANN.preferredNamespaceUri)) == str(DG)


def test_every_term_has_labels_and_comments_in_english_and_chinese(onto):
    terms = _defined_terms(onto)
    assert len(terms) > 100
    offenders = [
        f"{_local(t)}: {p.split('#')[-1]} lacks @{lang}"
        for t in sorted(terms) for p in (RDFS.label, RDFS.comment)
        for lang in ("en", "zh") if lang not in _langs(onto, t, p)
    ]
    assert not offenders, "\n".join(offenders)


def test_every_dg_term_used_in_the_ontology_is_declared(onto):
    used = {t for triple in onto for t in triple if _in_dg(t)}
    undeclared = sorted(_local(t) for t in used - _defined_terms(onto))
    assert not undeclared, f"used but not declared: {undeclared}"


def test_required_terms_exist_with_the_right_kind(onto):
    def missing(names, kind):
        return [n for n in names if (DG[n], RDF.type, kind) not in onto]

    assert not missing(REQUIRED_CLASSES, OWL.Class)
    assert not missing(REQUIRED_OBJECT_PROPERTIES, OWL.ObjectProperty)
    assert not missing(REQUIRED_DATATYPE_PROPERTIES, OWL.DatatypeProperty)
    for cls, names in REQUIRED_INDIVIDUALS.items():
        for n in names:
            assert (DG[n], RDF.type, OWL.NamedIndividual) in onto, n
            assert (DG[n], RDF.type, DG[cls]) in onto, f"{n} is not a dg:{cls}"
    classes = set(onto.subjects(RDF.type, OWL.Class))
    properties = set(onto.subjects(RDF.type, OWL.ObjectProperty)) | set(onto.subjects(RDF.type, OWL.DatatypeProperty))
    assert not classes & properties, "a term is both a class and a property"


def test_class_hierarchy(onto):
    def sub(a, b):
        return (DG[a], RDFS.subClassOf, DG[b]) in onto

    for role in ("ChipMaker", "CloudProvider", "ModelDeveloper", "Financier", "Publisher"):
        assert sub(role, "Firm"), role
    for fin in ("Bank", "PrivateCreditFund", "SovereignWealthFund", "AssetManager"):
        assert sub(fin, "Financier"), fin
    for debt in ("Loan", "BondIssue", "CreditFacility"):
        assert sub(debt, "Financing"), debt
    assert sub("Financing", "Agreement")
    for kind in ("LetterOfIntent", "ComputeCommitment", "InvestmentCommitment", "EquityWarrant",
                 "EquityStake", "SupplyAgreement", "LegallyBindingAgreement"):
        assert sub(kind, "Agreement"), kind
    assert sub("CloudServiceAgreement", "ComputeCommitment")
    assert sub("StockPriceMove", "MarketMove")
    assert sub("FinancialMetric", "Metric") and sub("UsageMetric", "Metric")
    assert sub("GPUFleet", "Asset") and sub("DataCenter", "Asset")
    assert sub("WarrantTranche", "Tranche")
    # bindingness is a separate axis: an LOI is not a subclass of any subject class
    named = {c for c in onto.objects(DG.LetterOfIntent, RDFS.subClassOf) if isinstance(c, URIRef)}
    assert named == {DG.Agreement}


def test_letter_of_intent_is_never_legally_binding_in_owl(onto):
    restrictions = [b for b in onto.objects(DG.LetterOfIntent, RDFS.subClassOf) if isinstance(b, BNode)]
    assert any(
        (r, RDF.type, OWL.Restriction) in onto
        and onto.value(r, OWL.onProperty) == DG.isLegallyBinding
        and onto.value(r, OWL.hasValue) == Literal(False)
        for r in restrictions
    ), "dg:LetterOfIntent needs [owl:onProperty dg:isLegallyBinding; owl:hasValue false]"
    assert (DG.isLegallyBinding, RDF.type, OWL.FunctionalProperty) in onto
    assert onto.value(DG.isLegallyBinding, RDFS.range) == XSD.boolean
    assert (DG.LegallyBindingAgreement, OWL.disjointWith, DG.LetterOfIntent) in onto


def test_every_role_property_is_a_party(onto):
    roles = set(onto.subjects(RDFS.subPropertyOf, DG.party))
    assert {DG[r] for r in ROLE_PROPERTIES} <= roles
    assert (DG.party, RDF.type, OWL.ObjectProperty) in onto


def test_every_property_has_domain_and_range_or_says_why_not(onto):
    props = {p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
             for p in onto.subjects(RDF.type, kind) if _in_dg(p)}
    no_range = sorted(_local(p) for p in props if onto.value(p, RDFS.range) is None)
    assert not no_range, f"properties without rdfs:range: {no_range}"
    no_domain = {_local(p) for p in props if onto.value(p, RDFS.domain) is None}
    assert no_domain == set(NO_DOMAIN), (
        f"unexpected: {sorted(no_domain - set(NO_DOMAIN))}; stale allowlist: {sorted(set(NO_DOMAIN) - no_domain)}")
    unexplained = [n for n in NO_DOMAIN if not any(
        "No domain:" in str(c) for c in onto.objects(DG[n], RDFS.comment) if c.language == "en")]
    assert not unexplained, f"say 'No domain: <why>' in the English comment of {unexplained}"


def test_numbers_are_decimal_or_integer_and_units_are_qudt(onto):
    wrong = {n: onto.value(DG[n], RDFS.range) for n in NUMERIC_PROPERTIES
             if onto.value(DG[n], RDFS.range) not in (XSD.decimal, XSD.integer)}
    assert not wrong, f"numeric properties must range over xsd:decimal/xsd:integer: {wrong}"
    assert onto.value(DG.capacityGW, QUDT.unit) == UNIT.GigaW
    assert onto.value(DG.stakePercent, QUDT.unit) == UNIT.PERCENT
    assert onto.value(DG.percentChange, QUDT.unit) == UNIT.PERCENT
    assert onto.value(DG.unit, RDFS.range) == QUDT.Unit
    for n in ("announcedOn", "periodStart", "periodEnd", "asOf", "startDate", "endDate"):
        assert onto.value(DG[n], RDFS.range) == XSD.date, n
    assert onto.value(DG.confidence, RDFS.range) == XSD.decimal


def test_alignment_with_external_standards(onto):
    expected = [
        (DG.Firm, RDFS.subClassOf, ORG.Organization),
        (DG.Firm, RDFS.subClassOf, SCHEMA.Organization),
        (DG.Person, RDFS.subClassOf, SCHEMA.Person),
        (DG.Article, RDFS.subClassOf, PROV.Entity),
        (DG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (DG.Membership, RDFS.subClassOf, ORG.Membership),
        (DG.member, RDFS.subPropertyOf, ORG.member),
        (DG.organization, RDFS.subPropertyOf, ORG.organization),
        (DG.role, RDFS.subPropertyOf, ORG.role),
        (DG.sourceArticle, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (DG.reportedBy, RDFS.subPropertyOf, PROV.wasAttributedTo),
        (DG.quote, RDFS.subPropertyOf, OA.exact),
        (DG.startOffset, RDFS.subPropertyOf, OA.start),
        (DG.endOffset, RDFS.subPropertyOf, OA.end),
        (DG.Evidence, SKOS.closeMatch, OA.TextQuoteSelector),
        (DG.Evidence, SKOS.closeMatch, OA.TextPositionSelector),
        (DG.AgreementStatus, RDFS.subClassOf, SKOS.Concept),
        (DG.Loan, SKOS.closeMatch, URIRef("https://spec.edmcouncil.org/fibo/ontology/LOAN/LoansGeneral/Loans/Loan")),
    ]
    missing = [t for t in expected if t not in onto]
    assert not missing, missing
    assert not list(onto.objects(None, OWL.imports)), "external ontologies are referenced, not imported"


# ------------------------------------------------------------------------------------------------
# OWL 2 RL reasoning (owlrl)


@pytest.fixture(scope="module")
def sample() -> Graph:
    return Graph().parse(data=SAMPLE, format="turtle")


@pytest.fixture(scope="module")
def closure(onto, ref, sample) -> Graph:
    return _reason(onto, ref, sample)


def test_sample_data_is_consistent_under_owl2_rl(closure):
    assert not _inconsistencies(closure)


def test_reasoning_derives_what_the_ontology_says(closure):
    x = Namespace("https://w3id.org/dealgraph/id/sample/")
    firm = Namespace("https://w3id.org/dealgraph/id/firm/")
    # an LOI that says nothing about bindingness is not binding
    assert (x.invest, DG.isLegallyBinding, Literal(False)) in closure
    assert (x.loan, RDF.type, DG.LegallyBindingAgreement) in closure
    assert (x.loan, RDF.type, DG.Agreement) in closure
    assert (x.loan, DG.party, firm["jpmorgan-chase"]) in closure
    assert (x.move, RDF.type, DG.Observation) in closure
    assert (firm.openai, RDF.type, ORG.Organization) in closure
    assert (x.ev1, PROV.wasDerivedFrom, x.article) in closure


def test_evidence_quotes_match_the_article_text(sample):
    for ev in sample.subjects(RDF.type, DG.Evidence):
        text = str(sample.value(sample.value(ev, DG.sourceArticle), DG.text))
        start, end = int(sample.value(ev, DG.startOffset)), int(sample.value(ev, DG.endOffset))
        assert text[start:end] == str(sample.value(ev, DG.quote))


@pytest.fixture(scope="module")
def inconsistent(onto) -> list[str]:
    return _inconsistencies(_reason(onto, Graph().parse(data=INCONSISTENT, format="turtle")))


def test_a_binding_letter_of_intent_is_detected_as_inconsistent(inconsistent):
    assert any("bad-loi" in p and "LetterOfIntent" in p for p in inconsistent), inconsistent


def test_a_node_of_two_disjoint_kinds_is_detected(inconsistent):
    assert any("firm-person" in p for p in inconsistent), inconsistent


def test_readme_examples_parse_and_are_consistent(onto, ref):
    examples = _readme_turtle()
    assert not _inconsistencies(_reason(onto, ref, examples))
    used = {t for triple in examples for t in triple if _in_dg(t)}
    unknown = sorted(_local(t) for t in used - _defined_terms(onto))
    assert not unknown, f"README uses terms the ontology lacks: {unknown}"
    for ev in examples.subjects(RDF.type, DG.Evidence):
        text = str(examples.value(examples.value(ev, DG.sourceArticle), DG.text))
        start, end = int(examples.value(ev, DG.startOffset)), int(examples.value(ev, DG.endOffset))
        assert text[start:end] == str(examples.value(ev, DG.quote))


# ------------------------------------------------------------------------------------------------
# reference entities


def _names(g: Graph, s) -> set[str]:
    return {_norm(str(o)) for p in (RDFS.label, SKOS.altLabel) for o in g.objects(s, p)}


def test_reference_firms_have_english_labels_and_curated_iris(ref):
    firms = set(ref.subjects(RDF.type, DG.Firm))
    assert firms
    bad = [f"{f}: English label {_en_label(ref, f)!r}" for f in sorted(firms)
           if _en_label(ref, f) is None or str(f) != firm_iri(_en_label(ref, f))]
    assert not bad, "\n".join(bad)
    people = set(ref.subjects(RDF.type, DG.Person))
    bad = [str(p) for p in people if _en_label(ref, p) is None or str(p) != person_iri(_en_label(ref, p))]
    assert not bad, bad


def test_reference_firms_cover_the_domain_with_roles_and_aliases(ref):
    for label, roles in REFERENCE_FIRMS.items():
        f = URIRef(firm_iri(label))
        assert (f, RDF.type, DG.Firm) in ref, f"missing firm {label}"
        assert {DG[r] for r in roles} <= set(ref.objects(f, RDF.type)), f"{label} lacks roles {roles}"
    for label, aliases in REFERENCE_ALIASES.items():
        names = _names(ref, URIRef(firm_iri(label)))
        assert {_norm(a) for a in aliases} <= names, f"{label} lacks {aliases - names}"


def test_reference_data_uses_only_declared_terms(onto, ref):
    unknown = sorted({_local(t) for triple in ref for t in triple if _in_dg(t)} - {
        _local(t) for t in _defined_terms(onto)})
    assert not unknown, unknown


def test_reference_names_are_unique_across_entities(ref):
    owners: dict[str, set] = defaultdict(set)
    for s in set(ref.subjects(RDF.type, DG.Firm)) | set(ref.subjects(RDF.type, DG.Person)):
        for name in _names(ref, s):
            owners[name].add(s)
    clashes = {n: sorted(map(str, o)) for n, o in owners.items() if len(o) > 1}
    assert not clashes, clashes


def test_reference_posts(ref):
    for person, firm, role in REFERENCE_POSTS:
        p, f, r = URIRef(person_iri(person)), URIRef(firm_iri(firm)), DG[role]
        post = URIRef(entity_iri("membership", str(p), str(f), str(r)))
        assert (post, RDF.type, DG.Membership) in ref, f"{person}, {role} of {firm}"
        assert (post, DG.member, p) in ref and (post, DG.organization, f) in ref
        assert (post, DG.role, r) in ref
    for post in ref.subjects(RDF.type, DG.Membership):
        p, f, r = (ref.value(post, DG[n]) for n in ("member", "organization", "role"))
        assert str(post) == entity_iri("membership", str(p), str(f), str(r))


def _wikidata_table(shared: Path) -> dict[str, str]:
    """Firm name -> QID from shared/facts/wikidata-ids.md (the only IDs we may use)."""
    md = shared / "facts" / "wikidata-ids.md"
    if not md.is_file():
        pytest.skip(f"shared data is missing: {md} not found (set DEALGRAPH_SHARED)")
    table = {}
    for line in md.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*([^|]+?)\s*\|\s*(Q\d+)\s*\|\s*$", line)
        if m:
            table[m.group(1)] = m.group(2)
    assert table, f"no Wikidata IDs parsed from {md}"
    return table


def test_reference_wikidata_links_are_only_the_verified_ones(ref, shared_dir):
    table = _wikidata_table(shared_dir)
    allowed = {str(WD[q]) for q in table.values()}
    targets = {str(o) for o in ref.objects(None, OWL.sameAs)}
    assert targets <= allowed, f"unverified Wikidata IDs: {sorted(targets - allowed)}"
    for name, qid in table.items():
        linked = list(ref.subjects(OWL.sameAs, WD[qid]))
        assert len(linked) == 1, f"{qid} ({name}) should link exactly one firm, got {linked}"
        candidates = {_norm(name), _norm(re.sub(r"\s*\(.*?\)", "", name))}
        assert candidates & _names(ref, linked[0]), f"{qid} is {name!r}, not {linked[0]}"
