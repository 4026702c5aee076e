"""Step 6 of the loader: one article's extraction as RDF triples with evidence
(:mod:`~kg.load.rdf.triples`) and readable @en/@zh labels (:mod:`~kg.load.rdf.labels`)."""
