"""A store's layout: dealgraph's own graphs next to the user's, or the user's data alone (bare).

A **dealgraph** store (the default) carries the ontology, reference and derived graphs beside
the article and imported graphs, and every query's default graph is the union of them all
(README, "Graph layout"). A **bare** store holds only what its user writes: no ontology, no
reference firms, no derived graph, so the union default graph is exactly the user's graphs.

The choice is made when a store is first opened bare and is kept with it: an embedded store's
folder gets a marker file, :data:`MARKER` (``{"layout": "bare"}``), which every later open of
that folder honours (the CLI, the console, the query workers, a backup). A folder that already
holds dealgraph's graphs cannot be turned bare. A remote server's dataset is not dealgraph's to
annotate, so there ``bare`` is a property of the connection (``--bare`` on every command).
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.errors import StoreError, UsageError
from kg.namespaces import DERIVED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH

#: The file in an embedded store's folder that records its layout.
MARKER = "dealgraph-store.json"
#: The graphs dealgraph writes by itself into a store with its layout.
DOMAIN_GRAPHS = (ONTOLOGY_GRAPH, REFERENCE_GRAPH, DERIVED_GRAPH)


def marked_bare(folder: Path) -> bool:
    """True when the store folder's marker says it is bare."""
    marker = Path(folder) / MARKER
    try:
        text = marker.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreError(f"cannot read {marker}: {exc.strerror or exc}") from exc
    try:
        return json.loads(text).get("layout") == "bare"
    except (ValueError, AttributeError) as exc:
        raise StoreError(f"{marker} is not the JSON object dealgraph writes: {exc}") from exc


def mark_bare(folder: Path) -> None:
    """Record in the store folder that it is bare (written once, when it is made bare)."""
    marker = Path(folder) / MARKER
    try:
        marker.write_text(json.dumps({"layout": "bare"}) + "\n", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write {marker}: {exc.strerror or exc}") from exc


def refuse_domain_graphs(present: list[str], where: str) -> None:
    """A store that already holds dealgraph's graphs cannot become bare."""
    if present:
        raise UsageError(
            f"{where} holds dealgraph's own graphs ({', '.join(present)}), so it cannot be "
            "opened bare: use a new folder for a bare store, or open this one without --bare")


def require_dealgraph_layout(store, what: str) -> None:
    """Refuse work that writes dealgraph's domain graphs (loading articles) on a bare store."""
    if store.bare:
        raise UsageError(f"{what} needs dealgraph's ontology and derived graphs, and this store "
                         "is bare (it holds only your own graphs): use a store opened without "
                         "--bare")
