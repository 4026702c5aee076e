"""The article loader: Chinese and English news into RDF, every fact traceable to its sentence.

One article takes a straight line, and the folders show it:

1. :mod:`~kg.load.read`: a file to plain text and metadata (title, date, source);
2. :mod:`kg.load.text`: sentences with offsets, and the number and date parsers;
3. proposers: :mod:`kg.load.rules` (offline, the default) and :mod:`kg.load.model` (any
   OpenAI-compatible endpoint), which propose candidate facts (:mod:`~kg.load.facts`);
4. :mod:`kg.load.verify`: every model candidate is grounded in the text or rejected
   (:mod:`~kg.load.propose` is the seam between proposers and verifier);
5. :mod:`~kg.load.merge`: one deal, one node (:mod:`~kg.load.extraction` holds what an article
   yields);
6. :mod:`kg.load.rdf`: triples with evidence; :mod:`~kg.load.pipeline` writes them, all or nothing.

The language knowledge lives in ``kg/load/lexicon/*.yaml``.
"""
from __future__ import annotations

from kg.load.pipeline import LoadReport, collect, extract_article, load_articles
from kg.load.read import ArticleSource, read_article

__all__ = ["load_articles", "LoadReport", "read_article", "ArticleSource", "collect",
           "extract_article"]
