"""Small TriG fixtures in the project's vocabulary, one concern each (prefixes from helpers).

Each fixture is written into a fresh store with the ontology and reference graphs, so firms such
as firm:nvidia have their labels. ``EXPECTED[name]`` lists exactly the results the project's
shapes must give on it: (shape local name, focus local name, value local name or lexical form).
"""
from __future__ import annotations

EV = "dg:evidence ev:e ; "

FIXTURES: dict[str, str] = {
    # --- collateral --------------------------------------------------------------------------
    "loi_collateral": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:loan a dg:Loan ; dg:lender firm:mufg ; dg:borrower firm:crusoe ; dg:collateral ag:loi ; {EV} .
  ag:loi a dg:ComputeCommitment , dg:LetterOfIntent ; dg:customer firm:openai ; dg:provider firm:crusoe ;
      dg:isLegallyBinding false ; {EV} .
}}""",
    "nonbinding_only_by_flag": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:facility a dg:CreditFacility ; dg:lender firm:jpmorgan-chase ; dg:borrower firm:oracle ;
      dg:collateral ag:mou ; {EV} .
  ag:mou a dg:CloudServiceAgreement ; dg:customer firm:openai ; dg:provider firm:oracle ;
      dg:isLegallyBinding false ; {EV} .
}}""",
    "binding_collateral": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:loan a dg:Loan ; dg:lender firm:mufg ; dg:borrower firm:crusoe ; dg:collateral ag:lease ; {EV} .
  ag:lease a dg:LeaseAgreement ; dg:lessee firm:openai ; dg:lessor firm:crusoe ;
      dg:isLegallyBinding true ; {EV} .
}}""",
    "asset_collateral": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:loan a dg:Loan ; dg:lender firm:blue-owl-capital ; dg:borrower firm:xai ;
      dg:collateral asset:gpus , asset:dc ; {EV} .
  asset:gpus a dg:GPUFleet ; dg:owner firm:xai .
  asset:dc a dg:DataCenter ; dg:capacityGW 1.2 .
}}""",
    "unsecured": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:bond a dg:BondIssue ; dg:issuer firm:oracle ; dg:holder firm:pimco ; dg:amountUSD 18000000000 ; {EV} .
}}""",
    "two_collaterals": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:loan a dg:Loan ; dg:lender firm:mufg ; dg:borrower firm:crusoe ;
      dg:collateral ag:loi1 , ag:loi2 , ag:contract , asset:gpus ; {EV} .
  ag:loi1 a dg:LetterOfIntent ; dg:party firm:openai , firm:crusoe ; {EV} .
  ag:loi2 a dg:SupplyAgreement ; dg:isLegallyBinding false ; dg:buyer firm:crusoe ; dg:supplier firm:nvidia ; {EV} .
  ag:contract a dg:SupplyAgreement ; dg:isLegallyBinding true ; dg:buyer firm:crusoe ; dg:supplier firm:amd ; {EV} .
  asset:gpus a dg:GPUFleet .
}}""",
    # --- flows -------------------------------------------------------------------------------
    "two_firm_cycle_warrant": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:ppa a dg:SupplyAgreement ; dg:buyer firm:openai ; dg:supplier firm:amd ; {EV} .
  ag:warrant a dg:EquityWarrant ; dg:issuer firm:amd ; dg:holder firm:openai ; dg:shareCount 160000000 ; {EV} .
}}""",
    "long_cycle": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:s1 a dg:InvestmentCommitment ; dg:investor firm:softbank-group ; dg:investee firm:openai ; {EV} .
  ag:s2 a dg:CloudServiceAgreement ; dg:customer firm:openai ; dg:provider firm:microsoft ; {EV} .
  ag:s3 a dg:SupplyAgreement ; dg:buyer firm:microsoft ; dg:supplier firm:nvidia ; {EV} .
  ag:s4 a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:coreweave ; {EV} .
  ag:s5 a dg:Loan ; dg:lender firm:coreweave ; dg:borrower firm:crusoe ; {EV} .
  ag:s6 a dg:LeaseAgreement ; dg:lessee firm:crusoe ; dg:lessor firm:softbank-group ; {EV} .
}}""",
    "too_long_cycle": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:t1 a dg:InvestmentCommitment ; dg:investor firm:softbank-group ; dg:investee firm:openai ; {EV} .
  ag:t2 a dg:CloudServiceAgreement ; dg:customer firm:openai ; dg:provider firm:microsoft ; {EV} .
  ag:t3 a dg:SupplyAgreement ; dg:buyer firm:microsoft ; dg:supplier firm:nvidia ; {EV} .
  ag:t4 a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:coreweave ; {EV} .
  ag:t5 a dg:Loan ; dg:lender firm:coreweave ; dg:borrower firm:crusoe ; {EV} .
  ag:t6 a dg:Loan ; dg:lender firm:crusoe ; dg:borrower firm:xai ; {EV} .
  ag:t7 a dg:LeaseAgreement ; dg:lessee firm:xai ; dg:lessor firm:softbank-group ; {EV} .
}}""",
    "denied_breaks_loop": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:d1 a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:anthropic ; {EV} .
  ag:d2 a dg:CloudServiceAgreement ; dg:customer firm:anthropic ; dg:provider firm:google ; {EV} .
  ag:d3 a dg:SupplyAgreement ; dg:buyer firm:google ; dg:supplier firm:nvidia ; dg:status dg:Denied ; {EV} .
  ag:d4 a dg:SupplyAgreement ; dg:buyer firm:anthropic ; dg:supplier firm:nvidia ; dg:status dg:Rumoured ; {EV} .
  ag:d5 a dg:SupplyAgreement ; dg:buyer firm:anthropic ; dg:supplier firm:nvidia ; dg:status dg:Hypothetical ; {EV} .
}}""",
    "bond_direction": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:b1 a dg:BondIssue ; dg:issuer firm:oracle ; dg:holder firm:pimco ; {EV} .
  ag:b2 a dg:CloudServiceAgreement ; dg:customer firm:oracle ; dg:provider firm:pimco ; {EV} .
}}""",
    # --- quality -----------------------------------------------------------------------------
    "parties": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:one a dg:Loan ; dg:borrower firm:crusoe ; {EV} .
  ag:same a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:party firm:nvidia ; {EV} .
  ag:two a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:xai ; {EV} .
}}""",
    "figures": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:f1 a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:xai ; {EV}
      dg:amountUSD -5 ; dg:stakePercent 120 ; dg:shareCount 1.5 ; dg:termYears 0 .
  ag:f2 a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:openai ; {EV}
      dg:amountUSD "100 billion" ; dg:amountUSDMax 0.0 ; dg:amountUSDMin 1.5E9 ; dg:stakePercent "ten" ; dg:shareCount "12"^^xsd:decimal .
  ag:ok a dg:EquityWarrant ; dg:issuer firm:amd ; dg:holder firm:openai ; {EV}
      dg:amountUSD 100000000000 ; dg:amountUSDMin 1500000000.0 ; dg:stakePercent 10.0 ; dg:shareCount 160000000 ;
      dg:exercisePriceUSD 0.01 ; dg:tranche ag:tr1 .
  ag:tr1 a dg:WarrantTranche ; dg:trancheShareCount 26666667 ; dg:vestingCapacityGW 1 ; dg:vestingPriceTargetUSD 600 .
  move:m1 a dg:StockPriceMove ; dg:firm firm:amd ; dg:percentChange -150 ; dg:priceUSD -3 ; {EV} .
  move:m2 a dg:StockPriceMove ; dg:firm firm:amd ; dg:percentChange -7 ; dg:priceUSD 226.71 ; {EV} .
  ag:metric a dg:UsageMetric ; dg:firm firm:google ; dg:value "lots" ; {EV} .
}}""",
    "capacity": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:tenwatts a dg:ComputeCommitment ; dg:customer firm:openai ; dg:provider firm:nvidia ; {EV}
      dg:capacityGWMin 0.00000001 ; dg:capacityGWMax 0.000000019 .
  ag:huge a dg:ComputeCommitment ; dg:customer firm:openai ; dg:provider firm:oracle ; {EV} dg:capacityGW 4500 .
  ag:neg a dg:ComputeCommitment ; dg:customer firm:openai ; dg:provider firm:amd ; {EV} dg:capacityGW -6 .
  ag:fine a dg:ComputeCommitment ; dg:customer firm:openai ; dg:provider firm:broadcom ; {EV} dg:capacityGW 10 .
  ag:small a dg:ComputeCommitment ; dg:customer firm:xai ; dg:provider firm:crusoe ; {EV} dg:capacityGW 0.206 .
}}""",
    "dates_and_binding": f"""
<https://w3id.org/dealgraph/graph/article/a1> {{
  ag:b1 a dg:LetterOfIntent , dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:openai ;
      dg:isLegallyBinding true ; dg:announcedOn "2025-09-22"^^xsd:date ; {EV} .
  ag:b2 a dg:LetterOfIntent ; dg:party firm:broadcom , firm:openai ; dg:isLegallyBinding false ;
      dg:announcedOn "2025-10-13" ; dg:startDate "2025-13-01"^^xsd:date ; {EV} .
  ag:b3 a dg:SupplyAgreement ; dg:buyer firm:openai ; dg:supplier firm:amd ; dg:isLegallyBinding "yes" ;
      dg:endDate "2030-01-01T00:00:00"^^xsd:dateTime ; {EV} .
  ag:b4 a dg:LetterOfIntent ; dg:party firm:amd , firm:openai ; {EV} .
  art:a1 a dg:Article ; dg:publishedOn "2025-10-14"^^xsd:date .
}}""",
    "evidence_and_labels": """
<https://w3id.org/dealgraph/graph/article/a1> {
  ag:noev a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:xai .
  ag:withev a dg:InvestmentCommitment ; dg:investor firm:nvidia ; dg:investee firm:openai ; dg:evidence ev:e .
  move:m-noev a dg:StockPriceMove ; dg:firm firm:oracle ; dg:percentChange 3.6 .
  <https://w3id.org/dealgraph/id/firm/helios-compute> a dg:CloudProvider .
  <https://w3id.org/dealgraph/id/firm/calder-finch> a dg:Bank ; rdfs:label "Calder & Finch"@en .
}""",
    "disagreeing_sources": f"""
<https://w3id.org/dealgraph/graph/article/wsj> {{
  move:orcl a dg:StockPriceMove ; dg:firm firm:oracle ; dg:percentChange 36 ; {EV} .
  ag:oo a dg:CloudServiceAgreement ; dg:customer firm:openai ; dg:provider firm:oracle ; {EV}
      dg:capacityGW 4.5 ; dg:amountUSD 300000000000 .
  art:wsj a dg:Article ; dg:title "WSJ report"@en .
}}
<https://w3id.org/dealgraph/graph/article/seed> {{
  move:orcl a dg:StockPriceMove ; dg:firm firm:oracle ; dg:percentChange 39.0 ; {EV} .
  ag:oo a dg:CloudServiceAgreement ; dg:customer firm:openai ; dg:provider firm:oracle ; {EV}
      dg:capacityGW 4.50 ; dg:amountUSD 300000000000.0 .
  art:seed a dg:Article ; dg:title "网易号文章"@zh .
}}""",
}

# (shape, focus, value) triples the project's shapes must report, exactly, per fixture.
EXPECTED: dict[str, set[tuple[str, str, str | None]]] = {
    "loi_collateral": {("NonBindingCollateralShape", "loan", "loi")},
    "nonbinding_only_by_flag": {("NonBindingCollateralShape", "facility", "mou")},
    "binding_collateral": set(),
    "asset_collateral": set(),
    "unsecured": set(),
    "two_collaterals": {("NonBindingCollateralShape", "loan", "loi1"),
                        ("NonBindingCollateralShape", "loan", "loi2")},
    "two_firm_cycle_warrant": {("CircularFinancingShape", "amd", "CYCLE"),
                               ("CircularFinancingShape", "openai", "CYCLE")},
    "long_cycle": {("CircularFinancingShape", f, "CYCLE") for f in (
        "softbank-group", "openai", "microsoft", "nvidia", "coreweave", "crusoe")},
    "too_long_cycle": set(),
    "denied_breaks_loop": set(),
    "bond_direction": {("CircularFinancingShape", "oracle", "CYCLE"),
                       ("CircularFinancingShape", "pimco", "CYCLE")},
    "parties": {("AgreementPartiesShape", "one", None), ("AgreementPartiesShape", "same", None)},
    "figures": {
        ("AmountUSDShape", "f1", "-5"), ("StakePercentShape", "f1", "120"),
        ("ShareCountShape", "f1", "1.5"), ("TermYearsShape", "f1", "0"),
        ("AmountUSDShape", "f2", "100 billion"), ("AmountRangeShape", "f2", "0"), ("AmountRangeShape", "f2", "1500000000"),
        ("StakePercentShape", "f2", "ten"), ("ShareCountShape", "f2", "12"),
        ("PercentChangeShape", "m1", "-150"), ("PriceShape", "m1", "-3"),
        ("MetricValueShape", "metric", "lots"),
    },
    "capacity": {
        ("PlausibleCapacityShape", "tenwatts", "0.00000001"),
        ("PlausibleCapacityShape", "tenwatts", "0.000000019"),
        ("PlausibleCapacityShape", "huge", "4500"),
        ("PlausibleCapacityShape", "neg", "-6"), ("CapacityGWShape", "neg", "-6"),
    },
    "dates_and_binding": {
        ("LetterOfIntentNotBindingShape", "b1", "true"),
        ("DateShape", "b2", "2025-10-13"), ("DateShape", "b2", "2025-13-01"),
        ("DateShape", "b3", "2030-01-01T00:00:00"), ("BindingnessDatatypeShape", "b3", "yes"),
    },
    "evidence_and_labels": {
        ("EvidenceShape", "noev", None), ("EvidenceShape", "m-noev", None),
        ("FirmLabelShape", "helios-compute", None),
    },
    "disagreeing_sources": {
        ("ConflictingFigureShape", "orcl", "36"), ("ConflictingFigureShape", "orcl", "39"),
    },
}
