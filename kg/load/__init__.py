"""The article loader: Chinese and English news into RDF, every fact traceable to its sentence.

Steps, one module each: :mod:`~kg.load.read` (files → plain text + metadata),
:mod:`~kg.load.sentences`, :mod:`~kg.load.numbers` / :mod:`~kg.load.dates`,
:mod:`~kg.load.entities` (gazetteer + unseen firms), :mod:`~kg.load.frames` (relation patterns
→ agreement frames), :mod:`~kg.load.cues` (binding, denied, rumoured, reported by),
:mod:`~kg.load.observations` (stock moves, metrics, posts), :mod:`~kg.load.merge` (one deal, one
node), :mod:`~kg.load.to_rdf` (triples with evidence), :mod:`~kg.load.pipeline` (all or nothing).
The language knowledge lives in ``kg/load/lexicon/*.yaml``.
"""
from __future__ import annotations

from kg.load.pipeline import LoadReport, collect, extract_article, load_articles
from kg.load.read import ArticleSource, read_article

__all__ = ["load_articles", "LoadReport", "read_article", "ArticleSource", "collect",
           "extract_article"]
