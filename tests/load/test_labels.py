"""Readable labels: every agreement, stock move and metric node gets an @en and a @zh label
composed from its kinds and parties, with reference firm labels in that language."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.load.pipeline import extract_article
from kg.load.read import read_article
from tests.load.helpers import write

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DG = "https://w3id.org/dealgraph/ontology#"


def labels(path: Path) -> dict[str, dict[str, str]]:
    """Node IRI -> {language: label} for nodes typed Agreement, StockPriceMove or Metric."""
    _, data, _ = extract_article(read_article(path))
    triples = list(ox.parse(data.encode(), format=ox.RdfFormat.N_TRIPLES))
    typed = {t.subject.value: t.object.value[len(DG):] for t in triples
             if t.predicate.value == TYPE and t.object.value in (
                 DG + "Agreement", DG + "StockPriceMove", DG + "FinancialMetric")}
    out: dict[str, dict[str, str]] = {iri: {} for iri in typed}
    for t in triples:
        if t.predicate.value == LABEL and t.subject.value in out:
            out[t.subject.value][t.object.language] = t.object.value
    return out


def test_agreement_move_and_metric_labels_in_both_languages(tmp_path):
    body = ("Nvidia signed a letter of intent to invest up to $100 billion in OpenAI. "
            "Oracle shares closed up 36% on Wednesday. Oracle reported revenue of $900 million.")
    found = labels(write(tmp_path, "en", body, language="en"))
    assert found and all(set(v) == {"en", "zh"} for v in found.values())
    values = {lang: sorted(v[lang] for v in found.values()) for lang in ("en", "zh")}
    assert "Nvidia–OpenAI investment commitment (letter of intent)" in values["en"]
    assert "英伟达–OpenAI 投资承诺（意向书）" in values["zh"]
    assert "Oracle stock +36%" in values["en"]
    assert "甲骨文 股价 +36%" in values["zh"]
    assert "Oracle revenue" in values["en"] and "甲骨文 营收" in values["zh"]


def test_unseen_firms_keep_the_article_name_in_both_languages(tmp_path):
    body = "磐石半导体与云峤科技签署供货协议，磐石半导体将向云峤科技供应价值20亿美元的AI芯片。"
    found = labels(write(tmp_path, "zh", body, language="zh"))
    agreements = [v for v in found.values() if "供货协议" in v.get("zh", "")]
    assert agreements, found
    assert agreements[0]["zh"].startswith("磐石半导体–云峤科技")
    assert agreements[0]["en"] == "磐石半导体–云峤科技 supply agreement"
