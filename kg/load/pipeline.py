"""Load articles: read and extract ALL files first, then write in batches.

Nothing is written until every file has been read and extracted: one unreadable file aborts the
whole load with nothing written, unless ``keep_going`` (then the bad files are skipped and
reported). The article graphs are then written ``BATCH`` articles per change: one SPARQL update
(which also marks the derived graph stale), then the derived graph (and the kept validation
report) brought up to date from that batch alone (``changes.changing``); an embedded store is
flushed to disk after each. A change that is recomputed in full anyway (into a fresh store)
takes the next batches along, up to ``FULL_ARTICLES``, each batch still its own update. So each
batch is all-or-nothing, but a load of more than ``BATCH`` articles is not: a crash (or a store
error) after a change leaves its batches written, their derived graph current (a crash inside
a change leaves the stale marker, which the next writer repairs: ``changes.ensure_fresh``). Re-running the same load converges, since a load
replaces each article's graph. Batches bound the memory a change needs, whatever the size of
the load and of the store. The batches are one session (``Store.writing``): shared readers such
as the console see the store before the load or after it.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import changes
from kg.errors import LoadError
from kg.load.rules.extract import extract
from kg.load.merge import assign_iris
from kg.load.propose import Extractor
from kg.load.read import SUFFIXES, ArticleSource, read_article
from kg.load.rdf.triples import article_triples
from kg.namespaces import article_graph
from kg.store import Store
from kg.store.base import held_graphs, replace_update

BATCH = 500   # articles per write transaction (tests/hardening: 300 articles are one)
#: A change recomputed in full takes following batches along up to this many articles: a full
#: recompute costs about a third of an incremental batch's maintenance per article (1,000
#: generated articles into a fresh store: 7 s for the first 500 in full, then 18 s for the next
#: 500 incrementally), but its memory grows with the store; a full rebuild of 1,000 articles
#: peaks at about 0.95 GB, as an incremental 500-article batch into such a store does.
FULL_ARTICLES = 2 * BATCH


@dataclass
class LoadReport:
    """What a load did: counts, skipped files (with reasons), warnings, new validation results."""

    articles: int = 0
    firms: int = 0
    facts: int = 0
    moves: int = 0
    metrics: int = 0
    triples: int = 0
    graphs: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    validation: object | None = None
    extraction: object | None = None     # kg.load.propose.Tally of a model/both load


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and article files under folders named (README and hidden files skipped)."""
    return [f for f, _ in collect_named(paths)]


def collect_named(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """`collect`, each file with the name stored as its `dg:sourceFile`: the path relative to
    the folder given, or the file name for a file given by itself (never the absolute path of
    the machine that loaded it)."""
    files: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not _skipped(f, path):
                    files.append((f, f.relative_to(path).as_posix()))
        elif path.exists():
            files.append((path, path.name))
        else:
            raise LoadError("no such file or folder", source=str(path))
    return files


def _skipped(f: Path, root: Path) -> bool:
    parts = f.relative_to(root).parts
    return any(p.startswith((".", "_")) for p in parts) or f.stem.upper() in _DOCUMENTATION


#: Conventional documentation file names: never articles, in any folder being loaded.
_DOCUMENTATION = frozenset({"README", "LICENSE", "CHANGELOG", "CHANGES", "CONTRIBUTING", "NOTICE",
                            "AUTHORS", "HISTORY"})


def extract_article(article: ArticleSource, extractor=None) -> tuple[str, str, dict]:
    """(graph IRI, N-Triples, counts) for one article. The rule proposer's items and (with an
    `extractor` of mode model or both, kg.load.propose) the model's candidates pass through the
    verifier before merge."""
    ents, sentences, out = extract(article)
    (extractor or Extractor("rules")).run(article, ents, sentences, out)
    assign_iris(article, out)
    triples = article_triples(article, ents, sentences, out)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    counts = {"firms": {m.iri for m in ents.mentions if m.kind == "firm"},
              "facts": sum(1 for f in out.frames if f.is_fact), "moves": len(out.moves),
              "metrics": len(out.metrics), "triples": len(triples), "warnings": out.warnings}
    return article_graph(article.key), data, counts


def load_articles(store: Store, paths, *, keep_going: bool = False, progress: bool = False,
                  validate_new: bool = False, extractor=None) -> LoadReport:
    """Load article files or folders into `store`; see the module docstring for guarantees."""
    named = collect_named([paths] if isinstance(paths, (str, Path)) else paths)
    files = [f for f, _ in named]
    shown = {f: name for f, name in named}
    report = LoadReport()
    prepared: dict[str, tuple[str, dict, str]] = {}
    errors: list[tuple[str, str]] = []
    bar = _progress(files, progress)
    for path in bar:
        try:
            article = read_article(path, name=shown[path])
            graph, data, counts = extract_article(article, extractor)
        except LoadError as exc:
            errors.append((str(path), str(exc)))
            continue
        if graph in prepared:
            report.warnings.append(f"{path}: same article as {prepared[graph][2]}; the later "
                                   "file wins")
        prepared[graph] = (data, counts, str(path))
    if errors and not keep_going:
        detail = "; ".join(msg for _, msg in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        raise LoadError(f"{len(errors)} file(s) could not be loaded, nothing was written: "
                        f"{detail}{more}")
    report.skipped = errors
    report.extraction = extractor.tally if extractor is not None else None
    items = list(prepared.items())
    prepared.clear()
    new = _write(store, items, validate=validate_new)
    firms: set[str] = set()
    for graph, (_, counts, _) in items:
        report.articles += 1
        report.graphs.append(graph)
        firms |= counts["firms"]
        report.facts += counts["facts"]
        report.moves += counts["moves"]
        report.metrics += counts["metrics"]
        report.triples += counts["triples"]
        report.warnings.extend(counts["warnings"])
    report.firms = len(firms)
    if validate_new and items:
        report.validation = _new_results(store, new, report)
    return report


def _write(store: Store, items: list, *, validate: bool = False) -> dict | None:
    """Each batch is one change (``changes.changing``, base graphs included): written in one
    transaction that also marks the derived graph stale, then maintained from its own graphs.
    A change that is recomputed in full anyway (a fresh store: its ontology is written first)
    takes the next batches along, up to :data:`FULL_ARTICLES` articles, before its maintenance
    runs. With `validate` the store's validation report is kept and re-checked where each
    change can affect it (:mod:`kg.validate.maintained`). Returns {result id: result} new in
    the report over the whole load, or None (no validation, or no report could be kept)."""
    if not items:
        return None
    new: dict | None = {} if validate else None
    with store.writing():     # one session: other processes see the load whole
        start = 0
        while start < len(items):
            end = min(start + BATCH, len(items))
            first = [graph for graph, _ in items[start:end]]
            with changes.changing(store, first, with_base=True, validate=validate) as scope:
                _write_batch(store, items, start, end)
                while scope.full and end < len(items) and end - start < FULL_ARTICLES:
                    nxt = min(end + BATCH, len(items), start + FULL_ARTICLES)
                    scope.graphs.update(graph for graph, _ in items[end:nxt])
                    _flush(store)
                    _write_batch(store, items, end, nxt)
                    end = nxt
            pending = scope.steps.get("validation")
            if new is not None and (pending is None or pending.added is None):
                new = None
            elif new is not None:
                for gone in pending.gone:
                    new.pop(gone, None)
                new.update(pending.added)
            _flush(store)
            start = end
    return new


def _write_batch(store: Store, items: list, start: int, end: int) -> None:
    """items[start:end] written in one transaction with the stale marker; their text let go."""
    graphs = {graph: data for graph, (data, _, _) in items[start:end]}
    write = replace_update(graphs, held=held_graphs(store, graphs))
    store.update(write + " ;\n" + changes._MARK_STALE, trusted=True)
    del graphs, write
    for i in range(start, end):   # written: let the text go
        graph, (_, counts, path) = items[i]
        items[i] = (graph, (None, counts, path))


def _flush(store: Store) -> None:
    """Write an embedded store's in-memory tables to disk: without it they grow with every batch
    (about 1.15 GB peak for 1,000 articles instead of 0.87 GB)."""
    native = getattr(store, "oxigraph", None)
    flush = getattr(native, "flush", None)
    if callable(flush):
        flush()


def _progress(files: list[Path], enabled: bool):
    if not enabled:
        return files
    from tqdm import tqdm

    return tqdm(files, desc="loading", unit="article", file=sys.stderr, leave=False)


def _new_results(store: Store, new: dict | None, report: LoadReport):
    """The validation results this load introduced (new in the kept report), named."""
    if new is None:
        report.warnings.append("validation: no report could be kept for these shapes "
                               "(see dealgraph validate)")
        return None
    from kg.validate import undecided
    from kg.validate.messages import build_report
    from kg.validate.shapes import load_shapes

    shapes = load_shapes()
    raw, _open = undecided.split(list(new.values()), shapes)
    return build_report(store, shapes, raw, engine="fast").results
