"""dealgraph's core: a knowledge graph of the money and compute behind the AI build-out.

The public API is small; the CLI and the web app only call it::

    import kg
    with kg.open_store("data/store") as store:
        kg.load_articles(store, ["articles/"])
        kg.query(store, "SELECT * WHERE { ?s a dg:Firm }")
        report = kg.validate(store)
"""
from __future__ import annotations

from kg.errors import (
    AuthError, Busy, ForbiddenOperation, KGError, LoadError, NotFound, ParseError, QueryError,
    QueryTimeout, ResourceLimit, SparqlSyntaxError, StoreError, UsageError, ValidationError,
)
from kg.namespaces import DG, ID, PREFIXES
from kg.rdf_io import export, import_files
from kg.store import EmbeddedStore, QueryResult, RemoteStore, Store, open_store

__version__ = "0.1.0"


def query(store: Store, sparql: str, *, base_iri: str | None = None, **options) -> QueryResult:
    """Run a SPARQL query with dealgraph's prefixes (dg:, id:, prov:, ...) predeclared.

    Only the prefixes the query does not declare itself are added (the parser knows them: no
    text is prepended, so error positions are the query's own). `base_iri` resolves the query's
    relative IRIs (``<g>``, ``FROM <data.ttl>``); the query's own ``BASE`` wins over it.
    """
    return store.query(sparql, base_iri=base_iri, prefixes=PREFIXES, **options)


def load_articles(store: Store, paths, **options):
    """Read articles (files or folders), extract facts, write one graph per article."""
    from kg.load import load_articles as _load
    from kg.quiet import quiet_segmenter
    from kg.store.layout import require_dealgraph_layout

    require_dealgraph_layout(store, "loading articles")
    quiet_segmenter()
    return _load(store, paths, **options)


def validate(store: Store, **options):
    """Run the SHACL shapes over the store; returns a report."""
    from kg.validate import validate as _validate

    return _validate(store, **options)


__all__ = [
    "Store", "EmbeddedStore", "RemoteStore", "QueryResult", "open_store", "query",
    "load_articles", "validate", "import_files", "export", "DG", "ID",
    "KGError", "LoadError", "QueryError", "StoreError", "UsageError", "ParseError",
    "ValidationError", "NotFound", "AuthError", "QueryTimeout", "ResourceLimit", "Busy",
    "ForbiddenOperation", "SparqlSyntaxError",
]
