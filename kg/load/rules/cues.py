"""What a sentence says *about* its claims: binding or not, denied, rumoured, hypothetical,
terminated, definitive, and who reported it (second-hand claims keep their reporter).

Cues apply to the frames of their sentence; bindingness and definitiveness also reach the
frames of other sentences between the same firms ("Nvidia's OpenAI pledge is only a letter of
intent"), and a denial of "this report" reaches the frames of the sentence before.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from kg.load.rules.earlier_letters import earlier_letters_only
from kg.load.rules.entities import Entities
from kg.load.rules.interviews import person_speaker
from kg.load.rules.kind_named_deals import kind_named_deal
from kg.load.rules.modal_deals import modal_deals
from kg.load.extraction import Frame
from kg.load.rules.patterns import cue, own_clause
from kg.load.rules.pledged_contracts import PLEDGED_RULE
from kg.load.rules.signed_documents import signed_deals, signed_document
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_STATUS_ORDER = ("denied", "rumoured", "hypothetical", "terminated")
_STATUS = {"denied": "Denied", "rumoured": "Rumoured", "hypothetical": "Hypothetical",
           "terminated": "Terminated"}


@lru_cache(maxsize=1024)
def sentence_status(text: str) -> str | None:
    """The status a sentence's cues give its claims, or None (announced); cached, as extraction
    and the cue pass both ask it of each sentence. A refusal of a deal (``refused_deal``) counts
    as a denial here; which of the sentence's frames it reaches :func:`frame_status` says."""
    for name in _STATUS_ORDER:
        if cue(name).search(text) or name == "denied" and cue("refused_deal").search(text):
            return _STATUS[name]
    return None


def _refused(f: Frame, text: str) -> bool:
    """A refusal (``refused_deal``) stands inside frame `f`'s own match: the deal refused ("X
    declined to lead a $2bn loan for Y", "X拒绝向Y提供20亿元贷款"). One told before or after the
    match is about something else ("Y led the loan after X declined to join", "X signed …, but
    declined to provide details", "Z拒绝参与后，X向Y提供…"): review of 47325e0."""
    a, b = f.span
    return any(a <= m.start() < b for m in cue("refused_deal").finditer(text))


_CLAUSE = re.compile(r"[,，;；:：]|\s[-—]+\s|——")


def hypothetical_scope(text: str, unsold: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Where a sentence's hypothetical cues reach: the clause of the cue, and the next clause
    too when the cue opens its clause ("若AI应用爆发，三方将共同受益": condition and consequence)
    — not the rest of the sentence ("OpenAI signed a $10bn deal, and if demand holds it could
    double": the deal stays a fact). For a backstop's own frame (`unsold`: the words of capacity
    its owner cannot sell, :func:`_backstop_condition`) a condition of unsold capacity is the
    backstop's term, no what-if; for any other deal ("若X的算力出现闲置，Y银行将向X提供贷款",
    "if Y cannot rent it, Z would lend Y $N") it stays one."""
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 1]
    out = []
    for m in cue("hypothetical").finditer(text):
        i = max(k for k in range(len(cuts) - 1) if cuts[k] <= m.start())
        start, end = cuts[i], cuts[i + 1]
        if unsold is not None and unsold.search(text, m.end(), end):
            continue    # "如果Y的机柜出租不出去，X按固定价格包销": a backstop's own term, no what-if
        if not text[start:m.start()].strip(" \"'“”‘’") and i + 2 < len(cuts):
            end = cuts[i + 2]
        out.append((start, end))
    return out


@lru_cache(maxsize=2)
def _unsold(language: str) -> re.Pattern:
    """Capacity its owner cannot sell (``unsold_zh``, ``unsold_en`` in relations.yaml): the
    condition a backstop is bought on."""
    return re.compile(lexicon()["words"][f"unsold_{language}"], re.I)


#: The backstop patterns (relations.yaml): their condition of unsold capacity is their own term.
_BACKSTOP_RULES = frozenset({"zh.cloud.backstop", "zh.cloud.backstop.its", "zh.cloud.backstop.by"})


#: An English backstop is told as agreed: a word of commitment told right after a firm (its
#: customer: "X has agreed to", "X committed last month to", "X will rent"), no modal or plan
#: anywhere in the sentence ("X may buy … if Y cannot find tenants" stays a what-if), and no firm
#: the capacity goes to ("Y will lease its spare capacity to Z if it cannot find other tenants":
#: the provider's fallback, no backstop bought). Review of 092b15e.
_AGREED_EN = re.compile(r"□\s+(?:(?:has|have|had|also|already|now|last\s+\w+|this\s+\w+|in\s+\w+)\s+)*"
                        r"(?:agreed|agrees|committed|commits|pledged|promised|guaranteed|contracted|"
                        r"signed\s+up|is\s+(?:obliged|obligated|committed)|will)\b", re.I)
_MODAL_EN = re.compile(r"\b(?:may|might|could|would|should|plans?|planned|planning|intends?|intended|"
                       r"consider(?:s|ed|ing)?|talks|negotiat\w*|propos\w*|offer(?:s|ed|ing)?|"
                       r"wants?|wanted|hopes?|hoped|expects?|expected|seeks?|sought|weighs?|"
                       r"weighing|mulls?|mulling|exploring|explores?)\b", re.I)
_TO_FIRM = re.compile(r"\bto\s+□")


def _backstop_condition(f: Frame, text: str = "") -> re.Pattern | None:
    """The words of unsold capacity that make a condition a backstop's own term for frame `f`:
    the Chinese ones for the backstop patterns, the English ones for a cloud deal told as agreed
    by its customer (`_AGREED_EN`; `text` is the masked sentence), who buys the capacity its
    provider cannot rent out ("X has agreed to take $N of spare capacity from Y if Y fails to
    lease it out"; twenty-second pass). A loan or a stake on such a condition stays a what-if."""
    if f.rule in _BACKSTOP_RULES:
        return _unsold("zh")
    if f.family != "Cloud" or not _AGREED_EN.search(text) or _MODAL_EN.search(text) \
            or _TO_FIRM.search(text):
        return None
    return _unsold("en")


def frame_status(f: Frame, text: str) -> str | None:
    """The status cues give one frame: denial, rumour and termination reach the whole sentence,
    a refusal only the frame whose match holds it (:func:`_refused`), a hypothetical only its
    scope (:func:`hypothetical_scope`)."""
    status = sentence_status(text)
    if status == "Denied" and not cue("denied").search(text):     # a refusal, no denial
        if _refused(f, text):
            return status
        text = cue("refused_deal").sub(lambda m: " " * len(m.group()), text)
        status = sentence_status(text)
    if status != "Hypothetical":
        return status
    a, b = f.span
    if any(x < b and a < y for x, y in hypothetical_scope(text, _backstop_condition(f, text))):
        return status
    rest = cue("hypothetical").sub(" ", text)
    return sentence_status(rest) if rest != text else None


#: A sentence that asks ("Did Quillon also invest in Meridian?", "X会入股Y吗？"): it tells no deal.
_QUESTION = re.compile(r"[?？][\s\"'”’）)*]*$")


def talks_from_sources(text: str, sentences: list[Sentence], index: int) -> bool:
    """Talks that unnamed sources tell ("据多位知情人士透露，X正与Y洽谈，拟提供约10亿美元贷款",
    "X is in talks to buy a stake in Y, people familiar with the matter said") are a rumour —
    unless this sentence or the next says something was signed ("…目前双方仅签署了贷款条款
    清单", "So far the two have signed only a term sheet"): then the deal is told as signed."""
    if not (cue("unnamed_sources").search(text) and cue("talks_under_way").search(text)):
        return False
    following = sentences[index + 1].text if index + 1 < len(sentences) else ""
    return not (cue("signed_told").search(text) or cue("signed_told").search(following))


def unnamed_report_at(text: str, s: Sentence, ents: Entities) -> int | None:
    """Where a report whose source the sentence does not name begins ("a report on a trade site
    said X was preparing to buy …", "investors passed around a report that …", 有媒体报道称…,
    此前有自媒体称…, 有市场人士提及…; ``unnamed_report`` in cues.yaml), or None. A report whose
    words name a publisher ("a report by <publisher> said") is no such report."""
    for m in cue("unnamed_report").finditer(text):
        a, b = s.start + m.start(), s.start + m.end()
        if _FILED_REPORT.search(m.group()):
            continue    # "a report filed with regulators said …": a filing, not hearsay
        if not any(x.kind == "publisher" and a <= x.start < b for x in ents.mentions):
            return m.start()
    return None


#: A report filed with a regulator or an exchange, or the company's own ("a report filed with
#: the exchange said …", "a report by the company said …"): a filing, not an unnamed report.
_FILED_REPORT = re.compile(r"\b(?:filed|submitted|lodged)\b|\bregulators?\b|\bexchange\b"
                           r"|\b(?:by|from) (?:the|its) (?:company|firm|group|lender|bank)\b")

#: A report told in a leading clause ("After a report said …, X announced …", "Following a
#: report that …, X said …", "Despite a report that …, X invested …"): its claim ends at the
#: clause's comma, and what the sentence tells after it is no part of the report.
_LEADING_REPORT = re.compile(r"(?:^|[,;]\s*)(?:after|following|despite|amid|since|before)\s+$",
                             re.IGNORECASE)


def unnamed_report_reach(text: str, at: int) -> int:
    """Where the claim of the unnamed report beginning at ``at`` ends: the comma closing a
    leading clause ("After a report said its shares were overvalued, X announced …"), else the
    sentence's end."""
    if _LEADING_REPORT.search(text[:at]):
        comma = text.find(",", at)
        if comma > 0:
            return comma
    but = _REPORT_CONTRAST.search(text, at)
    return but.start() if but else len(text)


#: A contrast after the report's claim ("有外媒报道称市场降温，但X宣布…", "…, but X said …"):
#: what follows it is told against the report, not by it.
_REPORT_CONTRAST = re.compile(r"[，,;；]\s*(?:但是?|不过|然而|\bbut\b)")


def masked(s: Sentence, ents: Entities) -> str:
    """The sentence with firm and person names blanked (same length): a cue word inside a name
    ("若水智能", "Iffy Labs", an interview speaker "蒋若溪：…") is no cue."""
    chars = list(s.text)
    for m in ents.mentions:
        if m.kind in ("firm", "person") and s.start <= m.start and m.end <= s.end:
            chars[m.start - s.start:m.end - s.start] = "□" * (m.end - m.start)
    speaker = person_speaker(s.text)
    if speaker is not None:
        chars[speaker[0]:speaker[1]] = "□" * (speaker[1] - speaker[0])
    return "".join(chars)


def reporter(s: Sentence, ents: Entities) -> str | None:
    """The publisher a sentence cites ("according to Bloomberg", 据《华尔街日报》), if any."""
    if not cue("reported").search(s.text):
        return None
    for m in ents.mentions:
        if m.kind == "publisher" and s.start <= m.start and m.end <= s.end:
            return m.iri
    return None


#: An unconfirmed figure ("Neither company confirmed the figure", 两家公司均未确认这一金额): the
#: report's amount is in doubt, not its deal.
_UNCONFIRMED_FIGURE = re.compile(r"\b(?:figures?|amounts?|values?|numbers?|prices?|sums?|terms|"
                                 r"valuations?|size)\b|金额|数额|数字|规模|价格|估值|条款", re.I)


def apply_cues(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> None:
    """Set status, bindingness, definitiveness and reporter on every frame of an article."""
    by_sentence: dict[int, list[Frame]] = {}
    for f in frames:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    for s in sentences:
        own = by_sentence.get(s.index, [])
        text = masked(s, ents)
        status = sentence_status(text)
        talks = status is None and bool(own) and talks_from_sources(text, sentences, s.index)
        if talks:
            status = "Rumoured"
        elif status is None and own and _QUESTION.search(s.text):
            talks, status = True, "Hypothetical"    # "Did X also invest in Y?": asked, not told
        who = reporter(s, ents)
        report_at = unnamed_report_at(text, s, ents) if own and status is None else None
        report_end = unnamed_report_reach(text, report_at) if report_at is not None else 0
        for f in own:
            here = status if talks else frame_status(f, text) if status else None
            if here is None and report_at is not None and report_at <= f.span[0] < report_end:
                here = "Rumoured"   # "… after a report said X was preparing to buy a stake in Y"
            if here:
                f.status = here
                f.confidence = min(f.confidence, 0.6)
            if who:
                f.reported_by = who
        if status == "Denied" and not own and _refers_back(
                s.text, sentences[s.index - 1].text if 0 < s.index <= len(sentences) else ""):
            for f in by_sentence.get(s.index - 1, []):
                f.status = "Denied"
        if status == "Rumoured" and not own and s.index and not _firms_in(ents, s) \
                and cue("not_confirmed").search(s.text) \
                and not _UNCONFIRMED_FIGURE.search(s.text) \
                and reporter(sentences[s.index - 1], ents):
            for f in by_sentence.get(s.index - 1, []):     # "Bloomberg reported that X would …
                if f.is_fact:                             # Neither company confirmed the report."
                    f.status = "Rumoured"
                    f.confidence = min(f.confidence, 0.6)
        nb_spans = non_binding_spans(s.text)
        non_binding = bool(nb_spans) and not vague_over(s.text, nb_spans) \
            and not _converted(s.text)   # "the letter became a contract"
        definitive = bool(_definitive_spans(s.text)) and not cue("not_yet").search(s.text) \
            and not status
        if non_binding and definitive and len(own) >= 1 and _split(own, s):
            continue    # "以该意向书作为抵押…贷款合同已正式签署": each cue its own deal
        if non_binding and earlier_letters_only(s.text, nb_spans, ended=not definitive):
            non_binding = False     # "此前签署的只是意向书，此次为正式合同", "原意向书随之终止":
                                    # the paper before, not the deal
        if non_binding:
            _mark(frames, s, own, ents, by_sentence, binding=False)
        elif cue("definitive").search(s.text) and not cue("not_yet").search(s.text) \
                and not status:
            _mark(frames, s, own, ents, by_sentence, binding=True)
    modal_deals(frames)         # "X could simply lend Y the money": a what-if, no deal
    _umbrella_agreement(frames, sentences, ents)
    _part_of_the_agreement(frames, sentences)


#: How many sentences after a pair's definitive agreement its parts may be told, and how many
#: more firmless sentences about the agreement itself may stand between.
UMBRELLA_REACH = 2
UMBRELLA_ASIDES = 2


def _umbrella_agreement(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> None:
    """A pair's definitive agreement told as a whole ("X and Y signed a new definitive agreement
    that …", 双方签署最终协议) binds the pair's deals its next sentences tell ("X will hold 27%
    of Y"): they are its parts. Not a financing, not a warrant (the warrant convention), not a
    deal a cue already qualifies."""
    for s in sentences:
        if not cue("umbrella_agreement").search(s.text) or cue("not_yet").search(s.text) \
                or non_binding_spans(s.text) or sentence_status(s.text):
            continue
        pair = _firms_in(ents, s)
        if len(pair) != 2 and cue("pair_anaphora").search(s.text):
            pair = _own_pair(frames, s) or pair     # "双方已签下最终协议": its own deal's parties
        if len(pair) != 2:
            continue
        reach = _umbrella_reach(sentences, s, ents)
        for f in frames:
            if f.binding is None and f.status == "Announced" and f.parties() == pair \
                    and s.index < f.sentence.index <= reach \
                    and f.family not in FINANCINGS and f.family != "Warrant":
                f.binding, f.status = True, "Definitive"


def _firms_in(ents: Entities, s: Sentence) -> set[str]:
    return {m.iri for m in ents.mentions if m.kind == "firm" and s.start <= m.start < s.end}


def _own_pair(frames: list[Frame], s: Sentence) -> set[str]:
    """The two parties of the sentence's own deals, when they are one pair (else none)."""
    pairs = {frozenset(f.parties()) for f in frames if f.sentence.index == s.index
             and f.family not in FINANCINGS and f.family != "Warrant"}   # a bank's bridge loan
    return set(next(iter(pairs))) if len(pairs) == 1 and len(next(iter(pairs))) == 2 else set()


def _umbrella_reach(sentences: list[Sentence], s: Sentence, ents: Entities) -> int:
    """The index of the last sentence an umbrella agreement's parts may be told in: the next
    ``UMBRELLA_REACH`` sentences, not counting up to ``UMBRELLA_ASIDES`` that name no firm and
    refer back to the agreement itself (``umbrella_anaphora``: "The pact ends a year of talks.",
    "该协议文本长达四十页。"): they go on telling it. Any other sentence counts ("The talks took a
    year.", "The companies' shares fell.")."""
    starts = [x.start for x in sentences]
    named = {bisect_right(starts, m.start) - 1 for m in ents.mentions
             if m.kind == "firm" and s.end <= m.start}
    end = s.index
    budget, asides = UMBRELLA_REACH, UMBRELLA_ASIDES
    while budget and end + 1 < len(sentences):
        end += 1
        if asides and end not in named and cue("umbrella_anaphora").search(sentences[end].text):
            asides -= 1
        else:
            budget -= 1
    return end


def _part_of_the_agreement(frames: list[Frame], sentences: list[Sentence]) -> None:
    """A deal told as part of the agreement told before (``part_of_agreement`` in cues.yaml), or
    right after a frameless sentence telling "the other half of the pact"
    (``other_part_of_agreement``), is bound as the same pair's deal told in the sentences before
    is — not when either sentence tells that part as unsettled (``part_unsettled``: "still being
    negotiated", "may rent … later")."""
    told = {f.sentence.index for f in frames}
    part_of, other_part, unsettled = cue("part_of_agreement"), cue("other_part_of_agreement"), \
        cue("part_unsettled")
    for f in frames:
        if f.binding is not None or not f.is_fact:
            continue
        i = f.sentence.index
        text = f.sentence.text
        cue_before = 0 < i <= len(sentences) and i - 1 not in told \
            and other_part.search(sentences[i - 1].text) is not None
        if not (part_of.search(text) or other_part.search(text) or cue_before):
            continue
        if unsettled.search(text) or (cue_before and unsettled.search(sentences[i - 1].text)):
            continue            # "The other part of the deal is still being negotiated."
        before = [g for g in frames if g.binding is not None and g.parties() == f.parties()
                  and f.sentence.index - ANAPHORA_REACH <= g.sentence.index < f.sentence.index]
        if before:
            f.binding = before[-1].binding
            if f.binding:
                f.status = "Definitive"
            else:
                f.kinds.add("LetterOfIntent")


FINANCINGS = ("Loan", "Facility", "Financing", "Bond")


#: A reporting insert set off by commas (", the company said,", "，公司表示，"): no clause of its
#: own, so it never parts a quantifier from its predicate.
_REPORTING_INSERT = re.compile(
    r"[,，]\s*(?:[\w'’.&-]+\s+){1,6}(?:said|says|say|shows|show|showed|noted|notes|added|"
    r"confirmed|reported)\s*[,，]|，[^，。；;,]{1,12}?(?:表示|称|透露|指出)，")


def vague_over(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does a vague quantifier (``vague``: "some deals are only LOIs", 部分项目仍是框架协议) share a
    clause with one of the cue's matches? One in another clause quantifies something else
    ("X takes a stake under a term sheet, though it still buys from several vendors",
    "双方签订框架协议，约定采购不少于300台服务器"): the cue still names the deal. A reporting
    insert ("some of the leases, the filing shows, are memoranda") does not part the quantifier
    from its clause."""
    vague = [m.start() for m in cue("vague").finditer(text)]
    if not vague:
        return False
    flat = _REPORTING_INSERT.sub(lambda m: " " * len(m.group()), text)
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(flat)] + [len(text) + 1]

    def clause(i: int) -> int:
        return max(k for k in range(len(cuts)) if cuts[k] <= i)
    return any(clause(v) == clause(a) for v in vague for a, _ in spans)


def non_binding_spans(text: str) -> list[tuple[int, int]]:
    """Non-binding cues not negated ("这是一份正式合同，并非意向书", "a contract, not a letter of
    intent": no cue)."""
    negated = cue("negated_kind")
    return [m.span() for m in cue("non_binding").finditer(text)
            if not negated.search(text[max(0, m.start() - 16):m.start()])]


def _definitive_spans(text: str) -> list[tuple[int, int]]:
    """Definitive cues not inside a non-binding one ("a non-binding agreement" is no "binding
    agreement")."""
    against = non_binding_spans(text)
    return [m.span() for m in cue("definitive").finditer(text)
            if not any(x < m.end() and m.start() < y for x, y in against)]


def _said_of_part(text: str, spans: list[tuple[int, int]]) -> bool:
    """Is each of a bindingness cue's matches (`spans`) said of a part of a deal: a first, later or
    remaining quantity, tranche or batch (``part_of_deal``) in the cue's own clause ("a binding
    commitment for the initial 1 GW", "对首批1吉瓦的采购作出了具有约束力的承诺")? A sentence telling no
    deal of its own then passes the cue to no deal told elsewhere: the whole deal is not bound (or
    unbound) by what is said of its first gigawatt (twenty-third pass)."""
    parts = [a for a, _ in (m.span() for m in cue("part_of_deal").finditer(text))]
    if not spans or not parts:
        return False
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)]

    def clause(i: int) -> int:
        return bisect_right(cuts, i) - 1

    def whole_first(a: int, x: int) -> bool:
        """Does the clause name the whole deal before the part and the cue ("the contract is
        binding from the first tranche onward", "该协议自首批…起即具有法律约束力")?"""
        start = cuts[clause(a)]
        return bool(_WHOLE_DEAL.search(text, start, min(a, x)))
    return all(any(clause(a) == clause(x) and not whole_first(a, x) for a in parts)
               for x, _ in spans)


#: The whole deal named as what a bindingness cue is said of (review of 4752036).
_WHOLE_DEAL = re.compile(r"\b(?:agreements?|contracts?|deals?)\b|协议|合同", re.IGNORECASE)


def _split(own: list[Frame], s: Sentence) -> bool:
    """A sentence with both a non-binding and a definitive cue: each frame takes the cue
    nearest to it (a financing secured by a letter of intent never takes the letter's cue).
    False (nothing marked) when one cue would take every frame."""
    secured = bool(cue("secured").search(s.text))
    spans = {False: non_binding_spans(s.text),
             True: _definitive_spans(s.text)}

    def distance(f: Frame, binding: bool) -> int:
        if not binding and secured and f.family in FINANCINGS:
            return 1 << 30
        a, b = f.span
        return min(0 if (x < b and y > a) else min(abs(x - b), abs(a - y))
                   for x, y in spans[binding])
    choice = [(f, distance(f, True) < distance(f, False)) for f in own]
    if len({c for _, c in choice}) < 2 and not (secured and any(
            c and f.family in FINANCINGS for f, c in choice)):
        return False
    for f, binding in choice:
        if f.status in ("Denied", "Rumoured", "Hypothetical"):
            continue
        if binding:
            f.binding, f.status = True, "Definitive"
        else:
            f.binding = False
            f.kinds.add("LetterOfIntent")
    return True


#: How many sentences back "the agreement" may reach for the deal it names.
ANAPHORA_REACH = 6


_FINANCE_PARTIES = re.compile(r"\bthe (?:lenders|banks|borrowers?)\b|贷款方|银团", re.I)


def _latest_deals(frames: list[Frame], s: Sentence, finance: bool | None = None,
                  reach: int = ANAPHORA_REACH) -> list[Frame]:
    """The frames of the latest earlier sentence that has any, within reach: financings only when
    the sentence names their parties ("The lenders have signed only a term sheet"; or `finance`),
    else the other deals."""
    finance = finance or bool(_FINANCE_PARTIES.search(s.text))
    earlier = [f for f in frames if s.index - reach <= f.sentence.index < s.index
               and (f.family in FINANCINGS) == finance and not own_clause(f.rule)]
    if not earlier:
        return []
    last = max(f.sentence.index for f in earlier)
    return [f for f in earlier if f.sentence.index == last]


#: A deal named by its kind in a sentence about bindingness that names no deal of its own, and
#: the families the kind word names ("认股权证协议已与供货协议同日正式签署": the warrant; "Pellucid's
#: commitment is set out in a non-binding term sheet": the firm's investment).
_KIND_WORDS = tuple((re.compile(w, re.I), fams) for w, fams in (
    (r"认股权证|权证协议|\bwarrants?\b", ("Warrant",)),
    (r"share purchase|stock purchase|subscription agreement|(?:股份|股权)?认购协议|入股协议|增资协议",
     ("Stake", "Investment")),
    (r"(?:供货|供应|采购)(?:协议|合同)|(?<!share )(?<!stock )\b(?:supply|purchase)\s+(?:agreement|contract|deal)s?\b",
     ("Supply", "Compute")),
    (r"租赁(?:协议|合同)|售后回租|回租(?:协议|合同)|\b(?:the|its|that) lease\b|\blease(?:back)?\s+(?:agreements?|contracts?)\b"
     r"|\bsale[- ]and[- ]lease(?:back)?\b|\bleasebacks?\b", ("Lease",)),
    (r"订单|\bfirm orders?\b|\b(?:the|its|that|this)\s+(?:[\w-]+\s+){0,2}?orders?\b",
     ("Supply", "Compute")),
    (r"(?:贷款|授信|借款)(?:协议|合同|文件|条款清单|条款书|意向书)|\bloan term sheet\b|\bcredit agreement\b|"
     r"\bloan (?:documents|documentation)\b|\b(?:the|its|that)\s+(?:[\w-]+\s+){0,2}?(?:loan|facility|credit line)"
     r"(?:\s+agreement)?\b", ("Loan", "Facility", "Financing")),
    (r"投资(?:承诺|协议)|(?:这笔|该笔|该|此项|这项)投资|\b(?:investment|pledge)\b(?!-)|'s commitment\b(?! to (?:buy|purchase|spend|pay|"
     r"rent|use|take))", ("Investment",)),
))


def _named_families(text: str) -> set[str]:
    """The families a sentence's kind words name ("a definitive purchase agreement": supply and
    compute deals)."""
    return {fam for words, fams in _KIND_WORDS if words.search(text) for fam in fams}


def _kind_named(frames: list[Frame], s: Sentence, firms: set[str]) -> list[Frame]:
    """The latest deal (within reach) of the one family the sentence's kind words name, of the one
    firm it names (as a party: an investor for an investment), if any."""
    groups = {fs for words, fs in _KIND_WORDS if words.search(s.text)}
    out: list[Frame] = []
    for group in groups:   # "供货协议对双方具有法律约束力；权证协议也已同日正式签署": each kind
        if group[0] in FINANCINGS and cue("secured").search(s.text):
            continue    # "Both lenders have taken the letter of intent as collateral, and the
                        # loan carries …": the letter's cue, not the loan's
        fam = group[0]
        reach = 3 * ANAPHORA_REACH if firms else ANAPHORA_REACH    # the firm says which deal
        fit = [f for f in frames if f.family in group and s.index - reach <= f.sentence.index
               < s.index and f.status not in ("Denied", "Rumoured", "Hypothetical")
               and (not firms or firms <= (set(f.roles.get("investor", ())) if fam == "Investment"
                                           else f.parties()))]
        out += fit[-1:]
    return out


def _pair_deals(frames: list[Frame], s: Sentence, firms: set[str], binding: bool) -> list[Frame]:
    """The deals between exactly the two firms a bindingness sentence names (a deal first read where
    it is pledged, "secured by the X contract", may be told later: it is the contract told here);
    for "the memorandum"
    / "该意向书" only the letter-like ones ("The memorandum is non-binding, X said, and the order
    will depend on Y's usage": X's memorandum, not X's contract with Y). None: the sentence's
    anaphora says which deal ("这是一份具有法律约束力的正式合同" about the contract just told)."""
    pair = [f for f in frames if f.parties() == firms
            and (f.sentence.index <= s.index + (1 if binding else 2) or f.rule == PLEDGED_RULE)
            and (f.family not in FINANCINGS or _FINANCE_WORD.search(s.text))]
    if not binding and _kind_anaphor(s.text):
        pair = [f for f in pair if _loi_like(f)]
    return pair


#: A financing named ("the loan", 贷款, 债券): only then may a pair's cue reach its financings
#: ("已与X签署谅解备忘录" is no word on the bonds X later buys).
_FINANCE_WORD = re.compile(r"贷款|融资|授信|债券|借款|\b(?:loans?|financing|facility|facilities|credit|"
                           r"bonds?|notes|lenders?|borrow\w*)\b", re.I)


def _kind_anaphor(text: str) -> bool:
    """Does the sentence refer back to a deal by a non-binding kind ("the memorandum", "该意向书"),
    rather than tell one ("双方仅签署了贷款条款清单")?"""
    kinds = [m.span() for m in cue("anaphora_nonbinding_kind").finditer(text)]
    return any(a < y and x < b for a, b in kinds
               for x, y in (m.span() for m in cue("deal_anaphora").finditer(text)))


def _loi_like(f: Frame) -> bool:
    return f.binding is False or "LetterOfIntent" in f.kinds


#: A cue naming the deal a relative clause then tells ("sweetening a definitive agreement under
#: which X will buy …"): only a frame told from the cue on is that deal.
_DESCRIBED = re.compile(r"\s*,?\s*(?:under which|whereby|pursuant to which|根据该)", re.I)


def _described(own: list[Frame], text: str, spans: list[tuple[int, int]]) -> list[Frame]:
    """The frames of the sentence a cue may qualify: all of them, unless each cue is followed by
    a relative clause telling its deal, then only the frames reaching past a cue (none when
    the rules did not read that deal: the warrant told before it is not it)."""
    if not own or not spans or not all(_DESCRIBED.match(text, b) for _, b in spans):
        return own
    return [f for f in own if any(f.span[1] >= b for _, b in spans)]


def _status_told(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does a firmless sentence tell the status of the deal just told (``status_anaphora``: "it's
    a signed, definitive agreement", "the exhibit characterizes the reservation as
    non-cancellable"), with the cue being applied (`spans`) as that status, and nothing in its
    clause (``status_doubt``, the cue words blanked) asking, negating, hedging or leaving the
    signing to come ("whether it's a binding contract", "a definitive agreement they still have
    to sign", "no longer describes … as non-cancellable")?"""
    if not spans:
        return False
    breaks = [m.start() for m in cue("status_clause_break").finditer(text)]
    blanked = list(text)
    for x, y in spans:
        blanked[x:y] = " " * (y - x)
    blanked = "".join(blanked)
    for m in cue("status_anaphora").finditer(text):
        a, b = m.span()
        if not any(x < b and a < y for x, y in spans):
            continue            # the cue is not this complement: "was binding, but this one is …"
        lo = max((i for i in breaks if i <= a), default=0)
        hi = min((i for i in breaks if i >= b), default=len(text))
        if not cue("status_doubt").search(blanked, lo, hi):
            return True
    return False


def _refers_back(text: str, before: str = "") -> bool:
    """A denial that points back at a report (``denial_refers_back``), not one that tells another
    deal as the rumour it denies ("否认将与Y再签新合同的传闻"; ``denial_of_another_deal``) — unless
    the sentence before told its deal with that same word ("X signed a new contract with Y. Y
    denied reports of a new contract": that deal; review of 1131bde)."""
    if cue("denial_refers_back").search(text) is None:
        return False
    other = cue("denial_of_another_deal").search(text)
    return other is None or other.group(0).casefold() in before.casefold()


def _nearest(own: list[Frame], spans: list[tuple[int, int]]) -> list[Frame]:
    """The frames of a sentence a cue qualifies: those nearest to one of the cue's matches."""
    def distance(f: Frame) -> int:
        a, b = f.span
        return min(0 if (x < b and y > a) else min(abs(x - b), abs(a - y)) for x, y in spans)
    best = min(distance(f) for f in own)
    return [f for f in own if distance(f) == best]


_WARRANT_WORD = re.compile(r"认股权证|权证|\bwarrants?\b", re.I)


#: A deal named by a firm's name ("The Tollund agreement", "the Ardent contract").
_NAMED_DEAL = re.compile(r"\b[Tt]he\s+([A-Z][\w&.-]*)(?:'s|’s)?\s+(?:agreement|contract|deal|pact|"
                         r"letter|lease|memorandum|order)s?\b")


#: Deals named by their counterparties' names: "the Ardent and Pinecrest contracts".
_NAMED_DEALS = re.compile(r"\b[Tt]he\s+([A-Z][\w&.-]*)(?:,\s+([A-Z][\w&.-]*))?,?\s+and\s+([A-Z][\w&.-]*)"
                          r"\s+(?:agreements|contracts|deals|leases|orders)\b")


def deals_by_name(frames: list[Frame], s: Sentence, ents: Entities) -> list[Frame]:
    """The latest earlier deal of each firm a plural deal phrase names ("the Ardent and Pinecrest
    contracts"): all of them, or none when one name fits no deal."""
    m = _NAMED_DEALS.search(s.text)
    if m is None:
        return []
    out = []
    for name in (g for g in m.groups() if g):
        fit = [f for f in frames if f.sentence.index < s.index and f.family not in FINANCINGS
               and _names_party(name, f, ents)]
        if not fit:
            return []
        out.append(fit[-1])
    return out


def _pair_told_before(by_sentence: dict[int, list[Frame]], s: Sentence) -> list[Frame]:
    """The two-party deals of the latest of the two sentences before `s` that tells any deal."""
    for offset in (1, 2):
        near = [f for f in by_sentence.get(s.index - offset, []) if len(f.parties()) == 2]
        if near:
            return near
    return []


def _converted(text: str) -> bool:
    """Does the sentence tell a letter as since converted into a binding contract
    (``converted_binding``), not merely asked about, doubted or hoped for (``converted_doubt``:
    "能否最终转为正式合同仍存在不确定性", "whether it becomes binding")?"""
    return bool(cue("converted_binding").search(text)) and not cue("converted_doubt").search(text)


def _converted_letter(frames: list[Frame], s: Sentence, firms: set[str]) -> list[Frame]:
    """The letter a sentence tells as since converted into a binding contract when it finds no
    deal otherwise ("上述意向书已转为正式合同"): the latest non-binding deal told before it, in
    reach, among the firms the sentence names (another pair's letter converted is not this one)."""
    letters = [f for f in frames if f.binding is False and f.family not in FINANCINGS
               and s.index - ANAPHORA_REACH <= f.sentence.index < s.index and firms <= f.parties()]
    last = max((f.sentence.index for f in letters), default=None)
    return [f for f in letters if f.sentence.index == last]


#: A financing's own paper: a finance word just before the cue ("贷款条款清单", "a loan term sheet")
#: or "for the loan" just after it.
_PAPER_OF = re.compile(r"\s+(?:for|on|covering)\s+(?:the|a|an|its)\s+(?:[\w$.-]+\s+){0,2}?"
                       r"(?:loans?|financing|facility|credit line|bonds?|notes)\b", re.I)


_PAPER_BEFORE = re.compile(r"(?:贷款|融资|授信|借款|债券|票据|\b(?:loan|financing|facility|credit|bond|debt|"
                           r"notes))\s*$", re.I)


def _financing_paper(text: str, spans: list[tuple[int, int]]) -> bool:
    """Is a non-binding cue of the sentence a financing's own paper ("目前双方仅签署了贷款条款清单",
    "a term sheet for the loan"), not the letter that secures it?"""
    return any(_PAPER_BEFORE.search(text[max(0, a - 12):a]) or _PAPER_OF.match(text, b)
               for a, b in spans)


def _names_party(name: str, f: Frame, ents: Entities) -> bool:
    """Is `name` (a word naming a deal) the name, or the first word of the name, of a party?"""
    return any(ents.names.get(i, "").split(" ")[0] == name or ents.names.get(i, "") == name
               for i in f.parties())


def _mark(frames: list[Frame], s: Sentence, own: list[Frame], ents: Entities,
          by_sentence: dict[int, list[Frame]], *, binding: bool) -> None:
    """Bindingness reaches the frames nearest the cue in its own sentence (and the sentence's
    other frames between the same firms: "Under that definitive agreement Microsoft holds 27% of
    OpenAI, and OpenAI committed to buy $250bn of Azure"); a sentence without
    frames of its own passes it on only when it names exactly one pair of firms (to the frames
    between exactly that pair, "Nvidia's OpenAI pledge is only a letter of intent") or refers
    back to a deal ("the memorandum", "该协议": the frames of the nearest sentence)."""
    name = "non_binding" if not binding else "definitive"
    if cue("secured").search(s.text):     # "secured by the letter of intent": the LOI, not the loan
        own = [f for f in own if f.family not in FINANCINGS]
    spans = non_binding_spans(s.text) if not binding else [m.span() for m in cue(name).finditer(s.text)]
    had_own, own = bool(own), _described(own, s.text, spans)
    if not had_own and _said_of_part(s.text, spans):
        return      # "X took on a binding obligation to buy the first 1 GW": a part of the deal
                    # told before, not that deal (nor another)
    targets = _nearest(own, spans) if own and spans else list(own)
    pairs = {frozenset(f.parties()) for f in targets}
    targets += [f for f in own if f not in targets and frozenset(f.parties()) in pairs
                and f.family != "Warrant"]   # "signed a definitive agreement to supply X, and
                                             # issued X a warrant": the warrant is no such deal
    firms = {m.iri for m in ents.mentions if m.kind == "firm" and s.start <= m.start < s.end}
    pair = _pair_deals(frames, s, firms, binding) if not had_own and len(firms) == 2 else []
    named = _kind_named(frames, s, firms) if not had_own and len(firms) <= 1 else []
    by_name = deals_by_name(frames, s, ents) if not had_own else []
    by_kind = kind_named_deal(frames, s, ents) if not had_own and len(firms) == 1 else []
    targets += [f for f in by_kind if f not in targets]   # "The X chip purchase is only a LOI"
    back = not had_own and (bool(cue("deal_anaphora").search(s.text))    # "the memorandum"
                            or _status_told(s.text, spans))             # "it's a binding …"
    if had_own:
        pass
    elif named:                 # "认股权证协议已…正式签署", "Pellucid's commitment is … non-binding"
        targets += named
    elif by_name:               # "the Ardent and Pinecrest contracts, both of which are binding"
        targets += by_name
    elif len(firms) == 2 and pair:  # a definitive agreement told before a deal is not that deal
        targets += pair
    elif len(firms) == 1 and not vague_over(s.text, spans) \
            and not cue("plural_anaphora").search(s.text):
        # "The filing describes a binding commitment by OpenAI": the latest deal of that firm
        # "Tarrow and two other lenders have signed a binding agreement": a lender's financing
        lends = any(firms <= set(f.roles.get("lender", ())) for f in frames) and not (
            cue("deal_anaphora").search(s.text) and not _FINANCE_WORD.search(s.text))
        # "这份协议是具有约束力的正式合同" about a lender's supply deal: not its loan
        near = _latest_deals([f for f in frames if firms <= f.parties()], s, finance=lends or None,
                             reach=2 * ANAPHORA_REACH)      # the firm says which deal
        kinds = _named_families(s.text)
        if kinds:       # "X said the two sides had signed a letter of intent and expect to sign a
            near = [f for f in near if f.family in kinds]   # purchase agreement": not X's stake
        if _kind_anaphor(s.text):
            near = [f for f in near if _loi_like(f)] or near    # "The memorandum is non-binding,
                                                                # X said": X's memorandum
        targets += [f for f in near if f not in targets]
    elif not firms and signed_document(s.text, spans):
        # "What the two companies signed is a memorandum": the deals the story announced
        skip = () if _FINANCE_WORD.search(s.text) else FINANCINGS
        targets += signed_deals(frames, s, 2 * ANAPHORA_REACH, skip)
        if cue("pair_anaphora").search(s.text):     # "双方签署的只是框架协议" after a loan
            targets += [f for f in _pair_told_before(by_sentence, s) if f not in targets]
    elif cue("plural_anaphora").search(s.text):
        earlier = [f for f in frames if f.sentence.index <= s.index]
        deals: list[tuple] = []
        for f in reversed(earlier):             # "Neither agreement is binding": the last two
            key = (f.family, frozenset(f.parties()))
            if key not in deals:
                deals.append(key)
            if len(deals) > 2:
                break
            targets.append(f)
    elif not firms and cue("pair_anaphora").search(s.text) and _pair_told_before(by_sentence, s):
        targets += _pair_told_before(by_sentence, s)  # "双方目前只签署了一份条款清单": the two
                                                      # parties of the deal just told
    elif not binding and back and cue("anaphora_nonbinding_kind").search(s.text):
        # "与前述意向书不同，这是一份正式合同": the deal told, not the LOI
        earlier = [f for f in frames if f.sentence.index <= s.index and f.family not in FINANCINGS
                   and _loi_like(f)]
        if not earlier:                       # "But the agreement was a letter of intent": the
            earlier = _latest_deals(frames, s)  # deal told last, a paragraph before
        if earlier:                           # "该意向书不具法律约束力": the latest LOI-like deal
            last = max(f.sentence.index for f in earlier)
            targets += [f for f in earlier if f.sentence.index == last]
    elif back:
        for offset in (-1, 1, -2):
            near = by_sentence.get(s.index + offset, [])
            if offset == 1 and near and near[0].sentence.paragraph != s.paragraph:
                continue    # "那是一份正式合同。" ending an answer: not the deal the next question asks
            if offset == 1 and firms:   # "这是一份…正式协议，知微须按约付费。上月，X还与若木…":
                near = [f for f in near if f.parties() <= firms]   # not a deal with another firm
            if near:
                targets += near
                break
        else:                                 # the deal told last, further back
            targets += _latest_deals(frames, s)
    named_deal = _NAMED_DEAL.search(s.text)
    converted = binding and _converted(s.text)
    if converted and not targets:
        targets = _converted_letter(frames, s, firms)
    secured = not binding and bool(cue("secured").search(s.text)) \
        and not _financing_paper(s.text, spans)
    for f in targets:
        if f.status in ("Denied", "Rumoured", "Hypothetical"):
            continue
        if secured and f.family in FINANCINGS:
            continue            # "以上述框架协议项下应收账款提供质押": the letter secures the loan,
                                # whichever route reached it (its pair, its kind word)
        if named_deal and f not in own and not _names_party(named_deal.group(1), f, ents):
            continue            # "The Tollund agreement is only a letter of intent": another deal
        if f.family == "Warrant" and f not in own and not _WARRANT_WORD.search(s.text):
            continue            # a warrant is no letter of intent, no take-or-pay contract another
                                # sentence tells
        if binding:
            if f.binding is False and not (converted and firms <= f.parties()):
                continue            # another pair's letter converted is no word on this one
            if f.binding is False:   # "the letter was later converted into a definitive contract"
                f.kinds.discard("LetterOfIntent")
            f.binding = True
            f.status = "Definitive"
        elif f.binding is True and f not in own:
            continue        # told binding in its own words: "the letter is not binding" two
                            # sentences on is about another deal (one the rules did not read)
        else:
            f.binding = False
            f.kinds.add("LetterOfIntent")
            if f.status == "Definitive":
                f.status = "Announced"
