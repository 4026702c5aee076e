"""Financings counted before they are told one by one, each part by its lender only ("公司披露已
拿到两笔融资……第二笔是申港银行发放的9亿美元定期贷款", "Stillmoor said it had signed two financings.
Ferrand Bank is providing a term loan … The second is a $900m facility from Oakhurst Capital"):
a lenders-only part up to three sentences after the count is the counting firm's."""
from __future__ import annotations

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import cue
from kg.load.rules.slots import firm_types
from kg.load.text.sentences import Sentence

_FINANCINGS = ("Loan", "Facility", "Financing")
_LENDING_FIRMS = frozenset({"Bank", "PrivateCreditFund"})   # a fund manager or a holding company may borrow
_REACH = 3


def part_borrowers(frames: list[Frame], sentences: list[Sentence], ents: Entities,
                   lenders_only: tuple[str, ...]) -> None:
    """Give each lenders-only financing (rule in `lenders_only`, or a part pattern) told after a
    count of financings the firm that counted them as its borrower."""
    counts = [s.index for s in sentences if cue("financings_counted").search(s.text)]
    if not counts:
        return
    for f in frames:
        if f.family not in _FINANCINGS or f.roles.get("borrower") or not f.roles.get("lender"):
            continue
        if f.rule not in lenders_only and not f.rule.endswith(".part.by.lender"):
            continue
        count = next((i for i in reversed(counts) if 0 <= f.sentence.index - i <= _REACH), None)
        borrower = _counter(sentences, count, ents) if count is not None else None
        if borrower is not None and borrower not in f.roles["lender"]:
            f.roles["borrower"] = [borrower]


def _counter(sentences: list[Sentence], index: int, ents: Entities) -> str | None:
    """The firm that counts the financings: the first firm of its sentence, else (公司披露…, "It
    said…") the first firm of the sentence before."""
    for i in (index, index - 1):
        if i < 0:
            break
        s = sentences[i]
        first = next((m for m in ents.firms_in(s.start, s.end)), None)
        if first is not None:
            return first.iri
    return None


def lender_not_borrower(f: Frame, ents: Entities) -> Frame:
    """'Harrowgate Bank arranged the loan and is one of the lenders': a financing whose only party
    is a bank or fund in the borrower's place names its lender (it joins the financing told before,
    as a lenders-only frame does, see extract._lenders_back)."""
    borrowers = f.roles.get("borrower", [])
    if f.family in _FINANCINGS and set(f.roles) == {"borrower"} and borrowers \
            and all(firm_types(ents, i) & _LENDING_FIRMS for i in borrowers):
        f.roles = {"lender": list(borrowers)}
        f.rule += ".lenders"
    return f


def headline_lenders(frames: list[Frame], is_headline) -> list[Frame]:
    """"Harrowgate, Seton Lane lend Kestrel Forge $2.6bn" over a body that names only one lender:
    a headline financing whose borrower (or issuer) and amount a body financing repeats is that
    financing; its other parties join it (never as the borrower's own lender) and it is dropped."""
    out = []
    for f in frames:
        if f.family in _FINANCINGS and is_headline(f):
            owners = set(f.roles.get("borrower", ())) | set(f.roles.get("issuer", ()))
            same = [g for g in frames if g is not f and g.family in _FINANCINGS and not is_headline(g)
                    and owners and owners <= (set(g.roles.get("borrower", ()))
                                              | set(g.roles.get("issuer", ())))
                    and _same_amount(f, g)]
            if same:
                target = same[0]
                taken = {i for iris in target.roles.values() for i in iris}
                for role, iris in f.roles.items():
                    if role in ("borrower", "issuer"):
                        continue
                    target.roles.setdefault(role, []).extend(i for i in iris if i not in taken)
                continue
        out.append(f)
    return out


def _same_amount(f: Frame, g: Frame) -> bool:
    a, b = f.figures.get("amountUSD"), g.figures.get("amountUSD")
    return a is not None and b is not None and a.value == b.value


def in_headline(s: Sentence, text: str) -> bool:
    """Does sentence `s` lie in the article's headline (its first paragraph when that reads as a
    headline; a headline may hold several sentences: "X lend Y $2.6bn; Z contract pledged")?"""
    from kg.load.read import text_headline
    stripped = text.lstrip()
    head = text_headline(stripped.lstrip("# "))
    if head is None:
        return False
    end = len(text) - len(stripped) + stripped.find(head) + len(head)
    return s.start < end



def one_financing_per_sentence(frames: list[Frame]) -> list[Frame]:
    """'与X、Y签订12亿美元延迟提款定期贷款协议': two templates of one sentence (a loan agreement, a
    credit line) over the same borrower and lenders are one financing: the later one's kinds,
    roles and figures join the first, and it is dropped (unless each has an amount of its own)."""
    out: list[Frame] = []
    for f in frames:
        same = next((g for g in out if f.family in _FINANCINGS and g.family in _FINANCINGS
                     and g.sentence is f.sentence and any(_parties(f))
                     and _parties(g) == _parties(f) and not _two_amounts(f, g)), None)
        if same is None:
            out.append(f)
            continue
        same.kinds |= f.kinds
        for role, iris in f.roles.items():
            have = same.roles.setdefault(role, [])
            have.extend(i for i in iris if i not in have)
        for key, value in f.figures.items():
            same.figures.setdefault(key, value)
    return out


def _two_amounts(f: Frame, g: Frame) -> bool:
    """Tranches of one package told with an amount each ("两笔贷款：得州项目232.5亿美元，威斯康星
    项目147.5亿美元") stay apart."""
    a, b = f.figures.get("amountUSD"), g.figures.get("amountUSD")
    return a is not None and b is not None and a.value != b.value


def _parties(f: Frame) -> tuple[frozenset, frozenset]:
    return frozenset(f.roles.get("borrower", ())), frozenset(f.roles.get("lender", ()))


def not_self_lent(frames: list[Frame]) -> list[Frame]:
    """'Tarrow Bank had arranged a $2.6bn term loan for X': a financing whose every borrower also
    lends or arranges it is the lender read in the borrower's place, no financing of its own
    (dropped)."""
    out = []
    for f in frames:
        borrowers = set(f.roles.get("borrower", ()))
        lending = set(f.roles.get("lender", ())) | set(f.roles.get("arranger", ()))
        if f.family in _FINANCINGS and borrowers and borrowers <= lending:
            continue
        out.append(f)
    return out
