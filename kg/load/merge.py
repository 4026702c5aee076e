"""One deal, one node: stable IRIs for agreements, moves and metrics, and merging duplicates.

An agreement's IRI hashes its parties by role and its subject kinds, so the same deal told by
several articles (in either language), or twice in one, is one node. The year separates deals
only when both sides have one: when one article tells deals between the same parties of the
same kind in different years, the year (the deal's date, else the article's) joins the key of
the dated ones; an undated mention (the seed has no publication date) merges with the dated
deal. When one article tells several deals between the same parties with different amounts
("a $6.5bn expansion, taking the total to $22.4bn"), the amount joins the key.

Before that, :func:`consolidate` unites, within one article, frames that are one deal told in
pieces: an investment and a compute/supply commitment in the same sentence where the investor is
the supplier and the investee the buyer ("Nvidia and OpenAI agreed to deploy 10 GW of Nvidia
systems, and Nvidia will invest up to $100bn in OpenAI": one agreement, both subject kinds, all
four roles); then a frame whose parties, role by role, are a subset of an agreement's already
told and whose subject kind that agreement has (a supply deal counts as part of a compute
commitment between the same buyer and supplier) joins it, unless both state different amounts;
shares a warrant's holder may buy from its issuer, told next to the warrant, are the warrant's.
Warrants and stakes are instruments of their own and stay separate nodes.

A stock move's IRI hashes firm, day and whether it is intraday (not the percentage: sources
that disagree about one move, 36% against 39%, are two claims about one node). A metric's IRI
hashes firm, metric name and period.
"""
from __future__ import annotations

from collections import defaultdict

from kg.ids import entity_iri
from kg.load.extraction import Extraction, Frame
from kg.load.rules.patterns import families
from kg.load.read import ArticleSource


def roles_key(frame: Frame) -> str:
    return ";".join(f"{role}={','.join(sorted(iris))}" for role, iris in sorted(frame.roles.items()))


def _year(frame: Frame, article: ArticleSource) -> str:
    if frame.date is not None:
        return str(frame.date.year)
    return str(article.published.year) if article.published else ""


def _amount(frame: Frame) -> str:
    fig = frame.figures.get("amountUSD")
    return f"{float(fig.value):.3g}" if fig else ""


def subjects(frame: Frame) -> set[str]:
    return set(frame.subjects) or {families()[frame.family]["subject"]}


_COMPUTE = {"ComputeCommitment", "SupplyAgreement"}
_COMBINE = {"investor": "supplier", "investee": "buyer"}


def consolidate(frames: list[Frame]) -> list[Frame]:
    """Unite the frames of one article that are one deal told in pieces (module docstring)."""
    out = combine(frames)
    combined = [f for f in out if len(subjects(f)) > 1 or "ComputeCommitment" in subjects(f)]
    kept: list[Frame] = []
    for f in out:
        target = next((g for g in combined if _part_of(f, g)), None) or _warrant_of(f, out)
        if target is None:
            kept.append(f)
            continue
        target.kinds |= {k for k in f.kinds if k == "LetterOfIntent"}
        for key, fig in f.figures.items():
            target.figures.setdefault(key, fig)
        if f.binding is not None and target.binding is None:
            target.binding = f.binding
        _absorb(target, f)
    return _join_partial(kept)


def combine(frames: list[Frame]) -> list[Frame]:
    """An investment and a compute or supply deal of one sentence that are one deal, united (the
    first step of :func:`consolidate`)."""
    out: list[Frame] = []
    for f in sorted(frames, key=lambda f: (f.sentence.index, f.span[0])):
        if _combine_into(out, f):
            continue
        out.append(f)
    order = {id(f): i for i, f in enumerate(frames)}
    out.sort(key=lambda f: order[id(f)])
    return out


def _join_partial(frames: list[Frame]) -> list[Frame]:
    """One deal, one node across sentences: a frame naming, role by role, only some of the firms
    of exactly one other frame of the same kinds and status — the same firms in each role it
    names, a role missing ("Tessaline sells $3.5bn of bonds" in the headline, "…priced $3.5bn of
    bonds…; Marlow bought $1.2bn of the notes" in the body) — is that deal told with fewer
    names, unless the two state different amounts; its figures fill the deal's gaps. When two frames
    could take it, it stays apart (which deal it is cannot be told)."""
    out: list[Frame] = []
    for f in frames:
        wider = [g for g in frames if _fewer_names(f, g)]
        if len(wider) != 1:
            out.append(f)
            continue
        target = wider[0]
        for key, fig in f.figures.items():
            target.figures.setdefault(key, fig)
        _absorb(target, f)         # its bindingness stays its own claim: a headline's "after
    return out                     # state fund MoU" is no word on the bonds


def _fewer_names(f: Frame, g: Frame) -> bool:
    if f is g or f.is_fact != g.is_fact or subjects(f) != subjects(g) or not f.roles:
        return False
    if any(set(iris) != set(g.roles.get(role, ())) for role, iris in f.roles.items()):
        return False               # a role of its own with other firms: another deal (or a list)
    return len(f.roles) < len(g.roles) and not _conflict(f, g)


def _absorb(target: Frame, f: Frame) -> None:
    """What every merge of `f` into `target` keeps: date, reporter, parts and all evidence."""
    f.merged_into = target
    target.date = target.date or f.date
    target.reported_by = target.reported_by or f.reported_by
    target.collateral.extend(f.collateral)
    target.tranches.extend(f.tranches)
    target.extra_evidence.append(f.sentence)
    target.extra_evidence.extend(f.extra_evidence)


def _warrant_of(f: Frame, frames: list[Frame]) -> Frame | None:
    """Shares the holder of a warrant may buy from its issuer ("OpenAI可按每股0.01美元认购至多
    1.6亿股AMD普通股", told next to the warrant) are the warrant's, not a stake of their own."""
    if f.family != "Stake":
        return None
    return next((w for w in frames if w.family == "Warrant" and w.is_fact == f.is_fact
                 and abs(w.sentence.index - f.sentence.index) <= 1
                 and set(w.roles.get("holder", ())) == set(f.roles.get("investor", ()))
                 and set(w.roles.get("issuer", ())) == set(f.roles.get("investee", ()))
                 and f.roles.get("investor")), None)


def _combine_into(done: list[Frame], f: Frame) -> bool:
    """An investment and a compute/supply deal of one sentence, investor = supplier: one deal."""
    for g in done:
        if g.sentence.index != f.sentence.index or g.is_fact != f.is_fact \
                or len(subjects(g)) > 1:
            continue
        inv, comp = (g, f) if g.family == "Investment" else (f, g)
        if inv.family != "Investment" or comp.family not in ("Compute", "Supply") \
                or inv is comp or len(subjects(g) | subjects(f)) > 2:
            continue
        if any(set(inv.roles.get(a, ())) != set(comp.roles.get(b, ())) or not inv.roles.get(a)
               for a, b in _COMBINE.items()):
            continue
        if _conflict(inv, comp):
            continue
        g.subjects = subjects(g) | subjects(f)
        g.kinds |= f.kinds
        for role, iris in f.roles.items():
            g.roles.setdefault(role, list(iris))
        for key, fig in f.figures.items():
            g.figures.setdefault(key, fig)
        g.binding = g.binding if g.binding is not None else f.binding
        g.span = (min(g.span[0], f.span[0]), max(g.span[1], f.span[1]))
        g.extra_evidence.extend(f.extra_evidence)
        f.merged_into = g
        return True
    return False


def _conflict(a: Frame, b: Frame) -> bool:
    x, y = a.figures.get("amountUSD"), b.figures.get("amountUSD")
    return x is not None and y is not None and x.value != y.value


def _part_of(f: Frame, g: Frame) -> bool:
    """Is `f` a piece of the (combined) agreement `g`: same firms in the same roles?"""
    if f is g or f.is_fact != g.is_fact or subjects(f) == subjects(g):
        return False  # equal single-kind frames are merged by IRI (year and amount rules)
    kinds = subjects(g)
    own = subjects(f)
    if not (own <= kinds or (own == {"SupplyAgreement"} and "ComputeCommitment" in kinds)):
        return False
    if not f.roles or any(set(iris) != set(g.roles.get(role, ())) for role, iris in f.roles.items()):
        return False
    return not _conflict(f, g)


def assign_iris(article: ArticleSource, out: Extraction) -> None:
    """Set `.iri` on every frame, move and metric; merge frames that are the same deal."""
    out.frames = consolidate(out.frames)
    groups: dict[tuple, list[Frame]] = defaultdict(list)
    for f in out.frames:
        groups[(roles_key(f), "+".join(sorted(subjects(f))))].append(f)
    for (roles, subject), frames in groups.items():
        amounts = {_amount(f) for f in frames if _amount(f)}
        years = {_year(f, article) for f in frames} - {""}
        for f in frames:
            parts = [roles, subject]
            if len(years) > 1 and _year(f, article):
                parts.append(_year(f, article))
            if len(amounts) > 1 and _amount(f):
                parts.append(_amount(f))
            f.iri = entity_iri("agreement", *parts)
    out.frames = _merge_same(out.frames)
    for f in out.frames:
        f.collateral = _surviving_collateral(f)
    signs: dict[str, bool] = {}
    for mv in out.moves:
        day = day_of(mv, article)
        mv.iri = entity_iri("move", mv.firm, day, "intraday" if mv.intraday else "close")
        if signs.setdefault(mv.iri, mv.percent > 0) != (mv.percent > 0):
            # "jumped 31% on the day … . They slipped 2.4% on Tuesday": a rise and a fall of one
            # firm are two moves, not two claims about one
            mv.iri = entity_iri("move", mv.firm, day, "intraday" if mv.intraday else "close",
                                "up" if mv.percent > 0 else "down")
    seen: dict[str, object] = {}
    for mv in list(out.moves):
        first = seen.get(mv.iri)
        if first is not None and first.percent == mv.percent:
            out.moves.remove(mv)
            continue
        if first is not None:
            # "jumped 14% in premarket trading … by midday it was up 11.2%": two figures of one
            # firm and day are two moves; one node with two values would answer neither
            mv.iri = entity_iri("move", mv.firm, day_of(mv, article),
                                "intraday" if mv.intraday else "close", str(mv.percent))
        seen.setdefault(mv.iri, mv)
    for mt in out.metrics:
        if mt.period is not None:
            mt.iri = entity_iri("metric", mt.firm, mt.name, mt.period.isoformat())
        else:
            mt.iri = entity_iri("metric", mt.firm, mt.name, article.key, f"{float(mt.value):.4g}")
    unique = {}
    for mt in out.metrics:
        unique.setdefault((mt.iri, mt.value), mt)
    out.metrics = list(unique.values())


def day_of(mv, article: ArticleSource) -> str:
    """The day a move's IRI names: its date, else the article (a move told with no date)."""
    return mv.date.isoformat() if mv.date else article.key


def _surviving_collateral(f: Frame) -> list[object]:
    """A frame's collateral, each agreement re-pointed to the frame that absorbed it: a deal told
    in pieces and united above secures the loan as the one node it became. A piece that no kept
    frame absorbed (or one that became the loan itself) secures nothing and is dropped."""
    out: dict[object, object] = {}
    for c in f.collateral:
        while isinstance(c, Frame) and c.merged_into is not None:
            c = c.merged_into
        if isinstance(c, Frame) and (c.iri is None or c.iri == f.iri):
            continue
        out.setdefault(id(c) if isinstance(c, Frame) else c, c)
    return list(out.values())


_STATUS_RANK = {"Denied": 5, "Terminated": 4, "Definitive": 3, "Announced": 2, "Rumoured": 1,
                "Hypothetical": 0}


def _merge_same(frames: list[Frame]) -> list[Frame]:
    """Frames with one IRI become one: figures first-told wins, kinds unite, evidence adds up."""
    by_iri: dict[str, Frame] = {}
    for f in frames:
        first = by_iri.get(f.iri)
        if first is None:
            by_iri[f.iri] = f
            continue
        first.kinds |= f.kinds
        for key, fig in f.figures.items():
            first.figures.setdefault(key, fig)
        if f.binding is False or first.binding is None:
            first.binding = f.binding if f.binding is not None else first.binding
        if f.is_fact and not first.is_fact:
            first.status = f.status
        elif f.is_fact and first.is_fact and _STATUS_RANK[f.status] > _STATUS_RANK[first.status]:
            first.status = f.status
        _absorb(first, f)
    return list(by_iri.values())
