"""Extract everything from one article: entities, frames, moves, metrics, posts, cues.

Pure function of the article text (and the reference data): no store access, so articles can
be extracted before anything is written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.cloud_hardware import without_cloud_hardware
from kg.load.rules.cues import apply_cues, deals_by_name, masked, reporter, sentence_status
from kg.load.rules.descriptions import names_party_later
from kg.load.rules.entities import Entities, find_entities
from kg.load.rules.frames import _OWN_PERCENT, METRIC_BEFORE, sentence_frames
from kg.load.rules.table_columns import within_rows
from kg.load.rules.several_deals import without_several_deals
from kg.load.rules.guards import commentary, headline_metrics, headline_told, names_other_firm
from kg.load.extraction import Extraction, Frame, Tranche
from kg.load.text.numbers import find_quantities
from kg.load.rules.observations import (figure_back, firms_of, mover_company, sentence_metrics,
                                        sentence_moves, sentence_posts, share_owner)
from kg.load.rules.patterns import alternation, cue, own_clause, word_cue
from kg.load.read import ArticleSource
from kg.load.text.sentences import Sentence, split_sentences
from kg.load.vocab import lexicon
from kg.load.rules.financing_terms import financing_term, other_years
from kg.load.rules.follow_on import a_year_after, party_figures
from kg.load.rules.pair_figures import give_later_deals, told_for_pair
from kg.load.rules.answer_figures import answer_figures
from kg.load.rules.site_deals import site_deals, site_lessor, site_owner
from kg.load.rules.power import as_power_supply
from kg.load.rules.landlords import landlord_lease, lease_nouns_unlet
from kg.load.rules.leasebacks import sale_leasebacks
from kg.load.rules.interviews import interview_answers
from kg.load.rules.vehicles import article_vehicle, without_unnamed
from kg.load.rules.announcer import (announcer, bare_company, covered_en, headline_firm, own_shares,
                                     research_voice)
from kg.load.rules.counted_deals import counted_deals
from kg.load.rules.deal_shares import (completed_stakes, retold_investments, exercised_stakes, investments_as_stakes,
                                       count_of_earlier_deal, received_shares, stake_share)
from kg.load.rules.respectively import split_respectively
from kg.load.rules.gapped_lists import without_parallel_pairs
from kg.load.rules.funding_rounds import pool_round_investors, round_stakes, round_told
from kg.load.rules.figures_before import figures_before
from kg.load.rules.held_figures import without_held
from kg.load.rules.option_years import without_option_years
from kg.load.rules.tranche_figures import without_tranche_figures
from kg.load.rules.financing_parts import (headline_lenders, in_headline, lender_not_borrower,
                                           one_financing_per_sentence,
                                           not_self_lent, part_borrowers)
from kg.load.rules.collateral_lists import collateral_sentences
from kg.load.rules.pledged_kind_words import own_kind_word
from kg.load.rules.pledged_contracts import PLEDGED_RULE, pledged_contracts
from kg.load.rules.role_anaphora import type_descriptions_by_role, type_role_appositions
from kg.load.rules.slots import slot_sentence
from kg.load.rules.type_direction import typed_direction
from kg.load.rules.loan_lenders import lenders_after_noun
from kg.load.rules.project_loans import backed_by_a_loan
from kg.load.rules.tenants import tenant_leases
from kg.load.rules.zh_implied_subject import headline_only_firm
from kg.load.rules.zh_company_referent import (article_company, company_referent,
                                               it_referent, sentence_subject,
                                               zh_headline_firm)
from kg.load.rules.topics import article_subject, firmless_topic, possessor
from kg.load.rules.financing_reach import financing_told_before, note_evidence
from kg.load.rules.financing_splits import split_packages
from kg.load.rules.summed_totals import without_summed_totals
from kg.load.rules.syndicates import (LENDERS_ONLY, add_participants, add_share_lenders, lone_lenders,
                                      mark_lists)

def _own_company(s: Sentence, subject: str | None, firms,
                 previous_topic: str | None) -> str | None:
    """What a bare 公司 before a metric's value means: the firm the article is about, unless the
    sentence names that firm itself (公司此前披露的订单并不包含Y的部分: 公司 is not Y, but the firm
    the sentence before was about)."""
    if bare_company(s.text) and subject not in {m.iri for m in firms}:
        return subject
    return previous_topic


def _metric_company(company: str, firms, issuer: str | None,
                    paragraph_opener: str | None) -> str:
    """Whose figures a bare 公司 of a Chinese sentence states: the sentence's own subject when
    公司 means it ("X…；财务总监Y另外透露，公司明年的毛利率…"), else the announcer or the firm a note
    covers, else the firm that opened the paragraph as its subject (the firm reporting: "X披露半年报。
    X与Y订立…。Y将…。公司净利润…"), else what `company_referent` gave."""
    if company in {m.iri for m in firms}:
        return company
    return issuer or paragraph_opener or company


def extract(article: ArticleSource) -> tuple[Entities, list[Sentence], Extraction]:
    text = article.text
    ents = find_entities(text)
    sentences = split_sentences(text, article.language)
    out = Extraction()
    last_pair: list[str] = []
    previous_topic: str | None = None
    previous_firms: list[str] = []
    subject = article_subject(ents)
    previous_move_firm: str | None = None
    shares_before: str | None = None
    issuer = (announcer(text, ents) or covered_en(text, ents)) if article.language == "zh" else None
    covered = covered_en(text, ents) if article.language == "en" else None   # a research note's firm
    headline = headline_firm(text, ents)        # the firm a post with no firm of its own is at
    answers = interview_answers(text, ents, article.language)
    vehicle = article_vehicle(text, ents) if article.language == "en" else None
    site = site_owner(text, ents, headline) if article.language == "en" else None  # whose site "the site" is
    rounds = []                     # the funding rounds told, in order (rules/funding_rounds.py)
    pair_told = []                  # figures told for a pair before its deal (rules/pair_figures.py)
    previous_told, previous_quantities = False, []
    paragraph_first: str | None = None     # the first firm the paragraph names
    paragraph_subject: str | None = None   # the latest firm opening a sentence of the paragraph
    paragraph_opener: str | None = None    # the first firm opening a sentence of the paragraph
    zh_headline = zh_headline_firm(text, ents, headline) if article.language == "zh" else None
    defined = article_company(text, ents) if article.language == "zh" else None
    zh_title = headline_only_firm(text, [m for m in ents.mentions if m.kind == "firm"]) \
        if article.language == "zh" else None      # a subjectless clause's firm (zh_implied_subject)
    previous_firms_set: frozenset[str] = frozenset()
    for s in sentences:
        floor = sentences[max(0, s.index - 2)].start
        previous_start = sentences[_subject_sentence(sentences, s.index)].start if s.index else None
        we = answers.firm if answers and answers.covers(s.start, s.end) else None
        you = answers.firm if answers and article.language == "en" \
            and answers.asks(s.start, s.end) else None
        if s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph:
            paragraph_subject = paragraph_opener = None
        company = company_referent(s, ents, paragraph_subject, issuer, zh_headline, defined) \
            if article.language == "zh" else None           # a bare 公司 (zh_company_referent)
        slotted = slot_sentence(s, ents, floor, last_pair, previous_start,
                                sentences[max(0, s.index - 6)].start, article_text=text,
                                announcer=company, we=we, vehicle=vehicle,
                                it_zh=it_referent(s, ents, paragraph_subject)
                                if article.language == "zh" else None,
                                elided=(paragraph_subject or defined or issuer or zh_headline
                                        or zh_title) if article.language == "zh" else None,
                                named_later=_named_next(sentences, s, ents, text), you=you)
        if article.language == "zh":
            paragraph_subject = sentence_subject(s, ents) or paragraph_subject
            paragraph_opener = paragraph_opener or paragraph_subject
        quantities = without_option_years(s.text, without_tranche_figures(
            s.text, without_held(s.text, find_quantities(s.text, article.language))))
        pledged, quantities = _pledged_frames(s, ents, floor, last_pair, quantities)
        frames = pledged + without_unnamed(sale_leasebacks(lease_nouns_unlet(
            [landlord_lease(as_power_supply(f, s, ents), s, ents)
             for f in sentence_frames(s, slotted, ents, quantities, last_pair)]), s))
        frames = exercised_stakes(split_respectively(frames, s, ents, quantities), out.frames, s)
        frames = without_parallel_pairs(frames, s, ents, quantities)
        typed_direction(frames, s, ents)
        frames += tenant_leases(frames, s, slotted, previous_firms)
        if article.language == "en":
            site_lessor(frames, s, site)
            frames += site_deals(frames, s, slotted, ents, quantities, site)
        lenders_after_noun(frames, slotted, ents)
        if s.index and frames:          # figures told in the sentence before the terms
            figures_before(frames, s, sentences[s.index - 1], previous_told, previous_quantities,
                           previous_firms_set)
        told_round = round_told(s, slotted, quantities)
        if told_round is not None:
            rounds.append(told_round)
        frames += round_stakes(s, slotted, quantities, rounds[-1] if rounds else None,
                               out.frames + frames)
        frames = within_rows(frames, s.start, text)    # a match across a table's rows: no one deal
        frames = without_several_deals(frames, s, ents)   # "deals with A, B and C": a recap
        if commentary(s) and sentence_status(masked(s, ents)) is None:
            frames = []             # "有分析人士指出，X一边为Y提供算力…": a view, no deal (a
                                    # speculation, "分析人士猜测", stays a rumoured non-fact)
        if count_of_earlier_deal(frames, out.frames, s, ents, quantities):
            frames = []             # "… X now holds N Y shares": the investment just told
        elif not frames:              # "… at closing X received N shares": the investment a stake
            received_shares(out.frames, s, ents, quantities)
        if not frames and out.frames and cue("deal_back").search(s.text):
            target = _deal_back_target(out.frames, s)
            if target is not None and names_other_firm(target, s, ents):
                target = None       # "…斥资50亿美元入股英特尔，该交易尚需批准": another deal
            if target is not None:
                frames = _continue_deal(target, s, quantities)
            elif cue("deal_increment").search(s.text):    # an increment of the pair it names,
                frames = _increment(out.frames, s, slotted, quantities)   # after another's deal
        elif not frames and out.frames and cue("deal_increment").search(s.text):
            frames = _increment(out.frames, s, slotted, quantities)
        elif not frames and out.frames:
            _same_pair_figures(out.frames, s, ents, quantities)
            party_figures(out.frames, s, ents, quantities)
            stake_share(out.frames, s, ents, quantities)
        if out.frames and quantities:   # "The bridge loan runs three years": the financing's term
            financing_term(out.frames, frames, s, ents, quantities)
        # a holding told in a relative clause ("… with Y, in which X holds 7%") is no deal the
        # sentence's figures size: they may still be the next sentence's deal's
        deal_told = any(not own_clause(f.rule) for f in frames)
        if not deal_told:           # figures for a pair whose deal is told next (pair_figures)
            told = told_for_pair(s, slotted, quantities, text)
            if told is not None:
                pair_told.append(told)
        for f in frames:
            f.date = _date(s, article)
        out.frames.extend(frames)
        status = sentence_status(masked(s, ents))
        firms = firms_of(s, ents)
        if s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph:
            paragraph_first = None
        paragraph_first = paragraph_first or (firms[0].iri if firms else None)
        mover = None if firms else mover_company(out.moves, s, paragraph_first)
        owner = _metric_company(company, firms, issuer, paragraph_opener) \
            if company is not None and bare_company(s.text) else issuer
        topic = company if company is not None and _COMPANY_OPENING.match(s.text) \
            else firms[0].iri if firms else mover or (owner or subject) if bare_company(s.text) \
            else covered if covered and research_voice(s.text) \
            else we or firmless_topic(s, out.frames, previous_topic, subject, previous_firms)
        # (an interview's answer naming no firm speaks of the interviewee's: "We passed $1.1bn
        # of annualized revenue", 林思远：我们的年化收入大约8亿元)
        if status in (None, "Rumoured", "Denied"):   # a move on a rumour is still a move
            moved_before = bool(out.moves) and out.moves[-1].sentence.index == s.index - 1
            moves = sentence_moves(s, ents, quantities,
                                   ((company or owner or covered or subject)
                                    if own_shares(s.text) and not firms else None)
                                   or (None if moved_before else shares_before)
                                   or _move_owner(previous_move_firm, topic, moved_before,
                                                  previous_firms),
                                   after_move=moved_before or shares_before is not None,
                                   described_owner=previous_firms[-1] if previous_firms
                                   else previous_topic)
            for mv in moves:
                mv.date = _date(s, article)
                mv.reported_by = reporter(s, ents)
            out.moves.extend(moves)
            if moves:
                previous_move_firm = moves[-1].firm
        if status is None:
            spans = _deal_figure_spans(frames, quantities)
            metrics = sentence_metrics(s, ents, quantities, covered if covered and not firms else topic, spans,
                                       own=mover or owner or _own_company(s, subject, firms,
                                                                  previous_topic),
                                       earlier=issuer or covered or previous_topic) or \
                figure_back(s, quantities, [m for m in out.metrics
                                            if m.sentence.index == s.index - 1], spans)
            for mt in metrics:
                mt.reported_by = reporter(s, ents)
                mt.period = _date(s, article)
            out.metrics.extend(metrics)
        out.posts.extend(sentence_posts(s, ents, topic, we or previous_topic,
                                        possessor(slotted, s, previous_firms),
                                        article_firm=we or (
                                            previous_topic if _carried_on(sentences, s)
                                            else issuer or covered or headline
                                            or (answers.firm if answers else None) or subject)))
        # (an interview's lede, introducing the interviewee by post, is about the interviewee's firm)
        for f in frames:
            if len(f.parties()) >= 2:
                last_pair = sorted(f.parties(), key=lambda i: _first_at(ents, i, s))[:2]
        named = list(dict.fromkeys(i for slot in slotted.slots for i in slot))
        if not frames and len(named) >= 2:      # also firms a pronoun names ("它的算力来自X。…
            last_pair = named[:2]               # 两家公司签订…": it and X)
        previous_topic = topic
        previous_firms = [m.iri for m in firms]
        shares_before = share_owner(s, ents)     # "X's shares …. They fell 3.4%": X
        previous_told, previous_quantities = deal_told, quantities
        previous_firms_set = frozenset(m.iri for m in firms)
    out.metrics = headline_metrics(out.metrics, article)
    out.frames = one_financing_per_sentence(
        counted_deals(sentences, ents, pool_round_investors(out.frames, rounds), article.language))
    frames = _lenders_back([lender_not_borrower(f, ents) for f in
                            not_self_lent(_bond_holders(out.frames, sentences))])
    part_borrowers(frames, sentences, ents, LENDERS_ONLY)
    frames = headline_lenders(lone_lenders(frames, sentences), lambda f: in_headline(f.sentence, text))
    out.frames = pledged_contracts(headline_told(frames, article), sentences, ents,
                                   article.language)
    give_later_deals(out.frames, pair_told, {m.sentence.index for m in out.metrics})
    answer_figures(out.frames, sentences, ents, answers, text, article.language,
                   {m.sentence.index for m in out.metrics})
    investments_as_stakes(out.frames)
    out.frames = without_cloud_hardware(retold_investments(completed_stakes(out.frames)), ents)
    apply_cues(out.frames, sentences, ents)
    _tranches(out.frames, sentences)
    _collateral(out.frames, sentences, ents)
    type_role_appositions(out.frames, sentences, ents)
    type_descriptions_by_role(out.frames, sentences, ents)
    _arrangers(out.frames, sentences, ents)
    out.frames = add_participants(out.frames, sentences, ents)
    add_share_lenders(out.frames, sentences, ents)
    out.frames = without_summed_totals(split_packages(out.frames, sentences))
    return ents, sentences, out


#: A sentence that opens with a subject pronoun ("It signed …", "The company pledged", "公司拟…") names its subject by
#: the sentence before; a pronoun of the next sentence reaches back through it.
_PRONOUN_OPENING = re.compile(r"\s*(?:(?:It|They|The (?:company|firm))\s|(?:该公司|公司|其|它))")


def _move_owner(previous_move_firm: str | None, topic: str | None, moved_before: bool,
                previous_firms: list[str]) -> str | None:
    """Whose shares "the stock" of a sentence naming no firm are: the last move's firm when the
    sentence before told it ("X shares rose 4%. The stock has doubled this year"), else the firm
    the text is about when the sentence before named one ("Obelisk declined to comment; the stock
    closed up 2.4%"), not a move told paragraphs earlier."""
    if moved_before or not previous_firms:
        return previous_move_firm or topic
    return topic or previous_move_firm


#: A Chinese sentence whose subject is a bare 公司 ("公司下午回应称，与Y的合同尚未签署"): it is about
#: the firm 公司 means (`company_referent`), not about a firm it names later, so a subjectless
#: "股价…" next is that firm's.
_COMPANY_WORDS = "该公司|公司"
_COMPANY_OPENING = re.compile(rf"\s*(?:{_COMPANY_WORDS})(?![债股])")


#: A sentence that opens with a singular subject pronoun ("It also says …", "The company expects"):
#: the bare-公司 opening above, or 其/它, or an English pronoun.
_IT_OPENING = re.compile(
    rf"\s*(?:(?:It|The (?:company|firm|group))\s|(?:{_COMPANY_WORDS}|其|它)(?![债股]))")


def _carried_on(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the sentence before `s`, in the same paragraph, carried its firm on by a pronoun
    ("Nimbus says … . It also says … . Chief executive X argues …"): the paragraph is about that
    firm, so a post told with no firm is its, not the article's."""
    if not s.index:
        return False
    before = sentences[s.index - 1]
    return before.paragraph == s.paragraph and _IT_OPENING.match(before.text) is not None


def _subject_sentence(sentences: list[Sentence], index: int) -> int:
    """The sentence a sentence-initial 'It' of sentence `index` takes its subject from: the one
    before, or, when that one opens with a pronoun too, the one before it (up to three back)."""
    prev = index - 1
    if prev > 0 and _HEADING.match(sentences[prev].text):
        prev -= 1                   # a section heading between them ("**银行借款**") says nothing
    while prev > 0 and index - prev < 3 and _PRONOUN_OPENING.match(sentences[prev].text):
        prev -= 1
    return prev


#: A section heading: a short line without closing punctuation ("银行借款：以合同应收账款质押").
_HEADING = re.compile(r"[^。！？!?；;\n]{1,40}(?<![。！？!?.；;…”」）)])\s*$")


@lru_cache(maxsize=1)
def _issues_bonds() -> re.Pattern:
    """A bond issue told (sold, issued, priced; 发行): 发行 as a noun's modifier (发行文件, 发行人,
    发行利率; ``zh_issue_modifiers`` in cues.yaml) or pointing back at the issue told before
    (此次发行, 本次发行; ``zh_issue_anaphora``) tells no issue of its own."""
    back = "".join(f"(?<!{re.escape(w)})" for w in lexicon()["zh_issue_anaphora"])
    return re.compile(r"\b(?:sold|sells|issued|issues|priced|raised)\b(?:[^.;]|\.(?=\d)){0,40}\b(?:bonds|notes)\b|"
                      rf"{back}发行(?!{alternation(lexicon()['zh_issue_modifiers'])})", re.I)


def _lenders_back(frames: list[Frame]) -> list[Frame]:
    """'The loan, arranged by Tarrow Bank, …': a financing that names only its lenders, in a
    sentence about "the loan"/"the debt", adds them to the financing told up to three sentences
    before (when it has no lender yet) instead of standing alone."""
    out: list[Frame] = []
    for f in frames:
        back = f.rule.endswith(".lenders")      # a trigger frame naming lenders only
        if f.family in _FINANCINGS and set(f.roles) <= {"lender", "arranger"} \
                and (back or cue("deal_back").search(f.sentence.text)):
            earlier = [g for g in out if g.family in _FINANCINGS and g is not f
                       and f.sentence.index - 4 <= g.sentence.index <= f.sentence.index
                       and (g.sentence is not f.sentence or back)
                       and set(g.roles.get("lender", ())) <= set(f.roles.get("lender", ()))]
            if earlier:
                target = earlier[-1]
                for role, iris in f.roles.items():
                    target.roles.setdefault(role, [])
                    target.roles[role] += [i for i in iris if i not in target.roles[role]]
                target.extra_evidence.append(f.sentence)
                for key, value in f.figures.items():
                    target.figures.setdefault(key, value)
                continue
        if back:
            continue                            # no financing to join: no deal of its own
        out.append(f)
    return out


#: A buyer told by the book's role noun ("the largest buyer was X") joins only an issue told in
#: its own sentence or the one before: further back, the noun may be another raise's.
_BUYER_NOUN_RULES = frozenset({"en.bond.buyer.was"})
#: a sentence ended by a full stop (not a semicolon's part; a question, "**Who bought the
#: notes?**", tells nothing between an issue and its buyer)
_FULL_STOP = re.compile(r"[.!。！][\s\"'”’)）*_]*$")
#: an interview's question on the buyers of the notes ("**Who bought the notes?**"): the answer
#: after it tells the buyers of the issue told before, however far back
_ASKS_BUYERS = re.compile(r"\b(?:who|which)\b[^?]{0,40}\b(?:bonds|notes|issue|offering|paper)\b"
                          r"[^?]{0,20}\?", re.I)


#: The paper a buyer's own clause names ("took $2bn of the notes", 认购了其中3亿美元票据): a buyer of
#: the bonds, whatever offering of shares is told beside it.
_PAPER = re.compile(r"\b(?:bonds?|notes?|debentures?)\b|债券|票据|可转债|公司债", re.I)


def _bond_holders(frames: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """'sold $27.3bn of bonds; Pimco took about $18bn of them and BlackRock more than $3bn', 'The
    bonds were bought mainly by Caravel': buyers are holders of the one issue told last (up to
    six sentences before), not issues of their own; their portions are not the issue's value."""
    out: list[Frame] = []
    issues: list[Frame] = []
    for f in frames:
        if f.family != "Bond":
            out.append(f)
            continue
        holders = f.roles.get("holder", [])
        issue = next((g for g in reversed(issues) if f.sentence.index - 6 <= g.sentence.index
                      and set(f.roles.get("issuer", ())) <= set(g.roles.get("issuer", ()))), None)
        if issue is not None and issue.sentence is not f.sentence and any(
                _issues_bonds().search(x.text) or cue("share_offering").search(x.text)
                and not _PAPER.search(re.split(r"[，。；;]", f.sentence.text[f.span[0]:])[0])
                for x in sentences[issue.sentence.index + 1:f.sentence.index + 1]
                if all(x is not e for e in issue.extra_evidence)):
            issue = None           # another issue told since (its issuer not recognised), or an
            #                        offering of shares ("定向增发2亿股。Y认购了其中5000万股"); a
            #                        sentence read as retelling this issue ("X sells notes. X
            #                        sold $1bn of notes on Tuesday") is no other one
        if issue is not None and f.rule in _BUYER_NOUN_RULES and sum(
                bool(_FULL_STOP.search(x.text))
                for x in sentences[issue.sentence.index:f.sentence.index]) > 1 \
                and not (f.sentence.index > 0
                         and _ASKS_BUYERS.search(sentences[f.sentence.index - 1].text)):
            issue = None           # the role noun told further back than the sentence after
        if holders and issue is not None and f is not issue:
            issue.roles.setdefault("holder", [])
            issue.roles["holder"] += [h for h in holders if h not in issue.roles["holder"]]
            if f.sentence is not issue.sentence:
                issue.extra_evidence.append(f.sentence)
            continue
        if f.roles.get("issuer"):
            issues.append(f)
        elif holders:
            continue           # buyers of an issue whose issuer the text names as no firm
        out.append(f)
    return out


def _arrangers(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> None:
    """'a group of banks led by Graystone Bank', 'The loan, arranged by Tarrow Bank': the bank
    that leads a financing is its arranger (and a lender); the financing of the sentence, else
    the latest one up to two sentences before."""
    financings = [f for f in frames if f.family in _FINANCINGS]
    if not financings:
        return
    for s in sentences:
        firms = firms_of(s, ents)
        leading = [_told_leading(s, m) for m in firms]
        if not any(leading):
            continue
        # "arranged by A and B", "A and B are leading it"; "A and B, which arranged it": B's own
        shared = [on and not _own_clause(s, m) for m, on in zip(firms, leading)]
        mark_lists(s, firms, shared)
        for m, leads in zip(firms, [own or listed for own, listed in zip(leading, shared)]):
            if not leads or cue("arranger_not_after").search(s.text[m.end - s.start:m.end - s.start + 20]):
                continue
            here = financing_told_before(financings, s, sentences)
            if here and here[0].sentence is not s and _tells_another_deal(frames, s):
                continue        # "由X向Y供应GPU" after a loan: X supplies, arranges nothing
            # the first financing, and its twins: the other amounts of its match ("a $38bn
            # package split into two loans, $23.25bn … and $14.75bn …") lead by the same banks
            # (only when the leaders are told in the financing's own sentence)
            for f in here[:1] + [g for g in financings if here and here[0].sentence is s
                                 and g is not here[0] and _twin(g, here[0])]:
                if m.iri in f.roles.get("borrower", ()):
                    continue
                if f.family == "Bond" and not _UNDERWRITES.search(s.text):
                    continue        # a bond's arranger is its underwriter (由X担任承销商)
                f.roles.setdefault("arranger", [])
                if m.iri not in f.roles["arranger"]:
                    f.roles["arranger"].append(m.iri)
                    note_evidence(f, s)
                if f.family == "Bond":
                    continue        # it buys none of the bonds: no holder, no lender
                lenders = f.roles.setdefault("lender", [])
                if m.iri not in lenders:
                    lenders.append(m.iri)


_FINANCINGS = ("Loan", "Facility", "Financing", "Bond")


def _twin(g: Frame, f: Frame) -> bool:
    """Whether `g` is another amount of `f`'s match (its twin, same sentence and span) or a
    part a later sentence splits it into ("The money is split across two loans: $X …, $Y …")."""
    if g.family != f.family:
        return False
    if g.sentence is f.sentence and g.span == f.span:
        return True
    return g.rule == f.rule + ".continued" and all(
        set(g.roles.get(r, ())) == set(v) for r, v in f.roles.items() if r != "arranger")


def _told_leading(s: Sentence, m) -> bool:
    """Does an arranger cue stand right before or after the firm `m` of `s`?"""
    a, b = m.start - s.start, m.end - s.start
    return bool(cue("arranger_before").search(s.text[max(0, a - 30):a])
                or cue("arranger_after").search(s.text[b:b + 140])) \
        and not cue("arranger_not_after").search(s.text[b:b + 20])


def _own_clause(s: Sentence, m) -> bool:
    """Is the arranger cue of firm `m` of `s` only a relative clause after it (its own, not its
    list's)?"""
    a, b = m.start - s.start, m.end - s.start
    return bool(cue("arranger_own_clause").match(s.text[b:b + 12])) \
        and not cue("arranger_before").search(s.text[max(0, a - 30):a])


def _tells_another_deal(frames: list[Frame], s: Sentence) -> bool:
    """Does `s` tell a deal of its own that is no financing, and name no financing?"""
    return any(g.sentence.index == s.index and g.family not in _FINANCINGS for g in frames) \
        and not cue("names_financing").search(s.text)


_UNDERWRITES = re.compile(r"承销|\bunderwr|\bbookrunner", re.I)


def _named_next(sentences: list[Sentence], s: Sentence, ents: Entities, text: str) -> str | None:
    """The firm the next sentence names as a party told in `s` only by an indefinite description
    ("… said an AI developer would buy 1.5 GW. The buyer is X"; rules/descriptions.py)."""
    if s.index + 1 >= len(sentences):
        return None
    nxt = sentences[s.index + 1]
    if not nxt.text.lstrip().startswith(("The ", "Its ", "Their ")):
        return None
    first = min(ents.firms_in(nxt.start, nxt.end), key=lambda m: m.start, default=None)
    return first.iri if first is not None and names_party_later(text[nxt.start:first.start]) else None


def _pledged_frames(s: Sentence, ents: Entities, floor: int, last_pair, quantities):
    """'The loan is secured by Pellwood's letter of intent with Anthropic': the deal named in
    what secures a financing is a deal of its own (read with the pledged firms kept as slots;
    only non-financing frames lying inside the collateral clause)."""
    clauses = [m.span() for m in cue("collateral_clause").finditer(s.text)
               if not backed_by_a_loan(s.text, m.start())]
    if not clauses:
        return [], quantities
    # figures inside what secures a financing are the pledge's ("以若水智能120亿美元云合同为担保")
    outside = [q for q in quantities if not any(x <= q.start < _pledge_end(s.text, x, y)
                                                for x, y in clauses)]
    slotted = slot_sentence(s, ents, floor, last_pair, keep_pledged=True)
    inside = []
    for f in sentence_frames(s, slotted, ents, [], last_pair):
        a, b = f.span
        if f.family not in _FINANCINGS and any(x <= a and b <= y + 40 for x, y in clauses):
            inside.append(f)
    if not inside:
        return [], outside
    start = min(x for x, _ in clauses)   # figures from the clause on are the pledged deal's
    later = [q for q in quantities if q.start >= start]
    if later:
        from kg.load.rules.frames import _attach_quantities
        _attach_quantities(inside, s, later)
    return inside, [q for q in quantities if q.start < start]


_SIZE_AFTER = re.compile(r"\s(?:by|to)\s+(?:about\s+|around\s+)?(?:US)?\$")


def _pledge_end(text: str, a: int, b: int) -> int:
    """Where a collateral clause ends for figures: "secured by its shares by $2bn to $5bn" —
    the change in size is the loan's."""
    m = _SIZE_AFTER.search(text, a + 8, b)
    return m.start() if m else b


def _deal_figure_spans(frames: list[Frame], quantities) -> list[tuple[int, int]]:
    """Where a sentence's deals lie for metrics: each frame's span, less the figures in it that
    the frame does not hold ("X said third-quarter revenue doubled to $1.24bn and announced a
    $2.6bn loan": the $1.24bn inside the loan's match is revenue)."""
    spans = []
    for f in frames:
        a, b = f.span
        held = {fig.value for fig in f.figures.values()}
        free = [q for q in quantities if a <= q.start < b and q.unit in ("USD", "CNY")
                and q.value not in held and held]
        cuts = sorted((q.start, q.end) for q in free)
        for x, y in cuts:
            spans.append((a, x))
            a = y
        spans.append((a, b))
    return spans


def _first_at(ents: Entities, iri: str, s: Sentence) -> int:
    return next((m.start for m in ents.mentions if m.iri == iri and m.start >= s.start), 1 << 30)


def _date(s: Sentence, article: ArticleSource):
    try:
        from kg.load.text.dates import find_dates
    except ImportError:  # the dates module is optional until it lands
        return None
    try:
        found = find_dates(s.text, article.published, article.language)
    except (ValueError, OverflowError):
        return None
    days = [d for d in found if d.value is not None and d.precision == "day"]
    return days[0].value if days else None


_FINANCING_WORD = re.compile(r"融资|贷款|借款|债券|\b(?:loan|financing|facility|credit|bonds?|notes)\b",
                             re.I)


#: A sentence about the same relationship that tells another contract with its own figure.
_ANOTHER_CONTRACT = re.compile(r"\bwith an? (?:[\w$.-]+\s+){0,3}(?:contract|deal|agreement) worth\b", re.I)
_STAKE_WORD = re.compile(r"\bthe (?:investment|stake)\b|该(?:投资|股权)", re.I)
_CONTRACT_WORD = re.compile(r"\b(?:the|that|this) (?:contract|order|supply deal|cloud deal)\b|"
                            r"(?:该|这份|这一|上述)(?:合同|订单)", re.I)
_LEASE_WORD = re.compile(r"\b(?:the|that|this) lease\b|该租赁", re.I)


def _deal_back_target(frames: list[Frame], s: Sentence) -> Frame | None:
    """The deal a 'deal_back' sentence goes on about: the latest deal, or, when the sentence
    names a financing ("这笔融资", "the loan"), the latest financing (none: no target)."""
    if _FINANCING_WORD.search(s.text):
        return next((f for f in reversed(frames) if f.family in _FINANCINGS), None)
    if _STAKE_WORD.search(s.text):          # "The investment gives Pylon a stake of about 6%"
        return next((f for f in reversed(frames) if f.family in ("Investment", "Stake")), None)
    if _LEASE_WORD.search(s.text):
        return next((f for f in reversed(frames) if f.family == "Lease"), None)
    if _CONTRACT_WORD.search(s.text):       # "the contract is worth about $300bn over five
        return next((f for f in reversed(frames)   # years": no loan told just before, nor a
                     if f.family not in _FINANCINGS + ("Stake", "Warrant")), None)   # holding
    return frames[-1]


def _others_size(previous: Frame, s: Sentence, quantities, amounts) -> bool:
    """Whether a sentence going on about a deal sizes something else in dollars: it holds an
    amount, none of which is the deal's ("the contract is the latest in a string of commitments
    that add up to about $1.4trn, covering roughly 30 GW": the commitments' total). Its capacity
    is then that thing's too, not the deal's. A payment a year ("with X paying about $4bn a
    year") is the deal's own rent, and its figure retold rounded ("the roughly $22bn deal" after
    $22.4bn) is its own: review of 8e2a73d."""
    dollars = [q for q in quantities if q.unit == "USD" and q.value >= 1000
               and not a_year_after(s.text, q.end)]
    if not dollars:
        return False
    own = previous.figures.get("amountUSD")
    if own is None:
        return len(amounts) != 1               # the one amount becomes the deal's
    return not any(abs(q.value - own.value) * 10 <= own.value for q in dollars)


def _continue_deal(previous: Frame, s: Sentence, quantities) -> list[Frame]:
    """'这笔融资由两笔贷款组成: 232.5亿美元, 147.5亿美元': more about the deal just mentioned."""
    out = []
    amounts = [q for q in quantities if q.unit == "USD" and not METRIC_BEFORE.search(
        s.text[max(0, q.start - 40):q.start])   # "booked revenue of $410m, … the deal": no figure
        and not cue("running_total").search(s.text[max(0, q.start - 90):q.start])
        and (previous.family in ("Investment", "Stake")   # "…, a stake valued at $135bn": no
             or not cue("stake_value").search(s.text[max(0, q.start - 60):q.start]))  # contract's
        and q.value >= 1000                     # 每股23.28美元: a price, no deal's value; "brings
        and not a_year_after(s.text, q.end)]    # the total value of its deals to $9.7bn": none;
                                                # "the lease payments, about $70m a year": a rent
    years = [q for q in quantities if q.unit == "years" and not other_years(s, q)]
    if years and "termYears" not in previous.figures \
            and not _others_size(previous, s, quantities, amounts):   # "the loan replaces a three-year
                                                        # revolver": another financing's years
        from kg.load.extraction import Figure
        previous.figures["termYears"] = Figure(years[0].value)
        previous.extra_evidence.append(s)
    power = [q for q in quantities if q.unit == "GW"]
    if len(power) == 1 and "capacityGW" not in previous.figures \
            and previous.family in ("Compute", "Supply", "Cloud") \
            and not _others_size(previous, s, quantities, amounts):
        from kg.load.rules.frames import _figure  # "The purchases would need about 4.5 gigawatts"
        previous.figures["capacityGW"] = _figure(power[0])
        if s not in previous.extra_evidence:
            previous.extra_evidence.append(s)
    percents = [q for q in quantities if q.unit == "percent" and not q.direction]
    if len(percents) == 1 and previous.family in ("Investment", "Stake") \
            and previous.rule not in _OWN_PERCENT and "stakePercent" not in previous.figures and _STAKE_WORD.search(s.text) \
            and re.search(r"\bstake\b|股权|持股", s.text):
        from kg.load.rules.frames import _figure
        previous.figures["stakePercent"] = _figure(percents[0])
        if s not in previous.extra_evidence:
            previous.extra_evidence.append(s)
    if len(amounts) == 1 and "amountUSD" not in previous.figures and previous.family != "Warrant":
        from kg.load.rules.frames import _figure   # "The contract is worth about $22 billion."
        previous.figures["amountUSD"] = _figure(amounts[0])
        previous.extra_evidence.append(s)
    elif len(amounts) == 1 and (cue("deal_increment").search(s.text)
                                or _ANOTHER_CONTRACT.search(s.text)):
        from kg.load.rules.frames import _figure   # "That agreement was topped up by another
        figures = {"amountUSD": _figure(amounts[0])}   # $4bn", "began with a five-year contract
        if years and years[0].value <= 40:          # worth up to $11.9bn": a deal of its own
            figures["termYears"] = _figure(years[0])
        if figures["amountUSD"].value != previous.figures["amountUSD"].value:
            out.append(Frame(previous.family, set(previous.kinds),
                             {k: list(v) for k, v in previous.roles.items()}, s,
                             (amounts[0].start, amounts[0].end), previous.rule + ".another", 0.7,
                             figures))
    if len(amounts) >= 2:
        from kg.load.extraction import Figure
        for q in amounts:
            out.append(Frame(previous.family, set(previous.kinds),
                             {k: list(v) for k, v in previous.roles.items()}, s, (q.start, q.end),
                             previous.rule + ".continued", 0.7, {"amountUSD": Figure(q.value)}))
    return out


def _increment(frames: list[Frame], s: Sentence, slotted, quantities) -> list[Frame]:
    """'In May the two sides added a further $4bn.': a sentence without a deal of its own that
    adds an amount to the deal between the pair it names (one firm named: its latest deal, "The X
    relationship was expanded by $4bn"; naming none, the deal just told)
    is a further tranche of that deal: same kind and parties, its own amount. Not a further deal
    only hedged or denied ("has no plans to buy more"), nor one with someone else ("rent more
    capacity elsewhere")."""
    if cue("increment_unsettled").search(s.text) or cue("increment_other_party").search(s.text):
        return []
    amounts = [q for q in quantities if q.unit == "USD"   # "… and takes the total to $N"
               and not cue("running_total").search(s.text[max(0, q.start - 90):q.start])]
    if len({q.value for q in amounts}) != 1:    # one amount, maybe told twice (a timeline's
        return []                               # heading run into its entry)
    named = {i for slot in slotted.slots for i in slot}
    deals = [f for f in frames if f.is_fact and len(f.parties()) >= 2
             and (not named or f.parties() == named
                  or len(named) == 1 and named <= f.parties() and not cue("names_financing").search(s.text))]
    deals = [f for f in deals if f.family not in ("Stake", "Warrant")] or deals  # a side deal
    if not deals or (not named and deals[-1].sentence.index < s.index - 2):
        return []
    from kg.load.rules.frames import _figure
    last = deals[-1]
    if any(_figure(amounts[0]).value == f.figures.get("amountUSD", _NONE).value for f in deals
           if f.parties() == last.parties()):
        return []
    return [Frame(last.family, set(last.kinds), {k: list(v) for k, v in last.roles.items()}, s,
                  (amounts[0].start, amounts[0].end), last.rule + ".increment", 0.7,
                  {"amountUSD": _figure(amounts[0])})]


class _NONE:
    value = None


def _same_pair_figures(frames: list[Frame], s: Sentence, ents: Entities, quantities) -> None:
    """'Under the agreement, Lattice will pay Oracle roughly $6 billion.': a sentence without a
    deal of its own that names exactly the two parties of an earlier deal gives that deal the
    figures it still lacks (the latest such deal)."""
    firms = {m.iri for m in firms_of(s, ents)}
    if len(firms) != 2 or not quantities or not cue("deal_terms").search(s.text):
        return
    earlier = [f for f in frames if f.parties() == firms and f.sentence.index < s.index]
    if not earlier:
        return
    from kg.load.rules.frames import _figure
    target = earlier[-1]
    units = {"USD": "amountUSD", "GW": "capacityGW", "years": "termYears"}
    added = False
    for q in quantities:
        key = units.get(q.unit)
        if key and key not in target.figures and not (key == "termYears" and q.value > 40) \
                and not (key == "amountUSD" and target.family == "Warrant") \
                and not (key == "amountUSD" and target.family not in ("Investment", "Stake")
                         and cue("stake_value").search(s.text[max(0, q.start - 60):q.start])):
            target.figures[key] = _figure(q)   # a warrant's shares, a holding's value: no deal's
            added = True
    if added:
        target.extra_evidence.append(s)


def _tranches(frames: list[Frame], sentences: list[Sentence]) -> None:
    warrants = [f for f in frames if f.family == "Warrant"]
    if not warrants:
        return
    for s in sentences:
        if s.index < warrants[0].sentence.index or not cue("tranche").search(s.text):
            continue
        owner = max((w for w in warrants if w.sentence.index <= s.index),
                    key=lambda w: w.sentence.index)
        if s.index - owner.sentence.index > 3:
            continue
        for part in re.split(r"[;；:：]|(?<=\.)\s", s.text):
            if cue("tranche").search(part) and len(part.strip()) > 6:
                owner.tranches.append(Tranche(len(owner.tranches) + 1, part.strip(), s))


def _collateral(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> None:
    financings = [f for f in frames if f.family in ("Loan", "Facility", "Financing", "Bond")]
    if not financings:
        return
    for s in collateral_sentences(sentences, _secured):
        here = [f for f in financings if f.sentence.index <= s.index]
        if not here:
            continue
        parts = _former_latter(s, here)
        if parts:               # "前者以…合同为抵押，后者则以…GPU集群作抵押": each its own financing
            for target, part in parts:
                _secure(frames, target, part, {m.iri for m in firms_of(part, ents)}, ents, sentences)
            continue
        here = _of_kind_named(here, s)
        if not here:
            continue
        # "Both financings are backed by …": the latest two financings
        targets = here[-2:] if _PLURAL_FINANCINGS.search(s.text) and len(here) >= 2 else here[-1:]
        firms = {m.iri for m in firms_of(s, ents)}
        for target in targets:
            _secure(frames, target, s, firms, ents, sentences)


@lru_cache(maxsize=1)
def _financing_named() -> tuple[re.Pattern, re.Pattern]:
    """A financing named by its kind: bonds or notes, a loan or facility (``financing_named``)."""
    words = lexicon()["financing_named"]
    return re.compile(words["Bond"], re.I), re.compile(words["Loan"], re.I)


def _of_kind_named(here: list[Frame], s: Sentence) -> list[Frame]:
    """The financings a collateral sentence may secure: when it names a financing by one kind only
    ("That loan, provided last year by X, is backed by …" after a bond issue), those of that kind."""
    bond, loan = (bool(p.search(s.text)) for p in _financing_named())
    if bond == loan:
        return here
    return [f for f in here if (f.family == "Bond") == bond]


def _secured(text: str) -> bool:
    """Does the sentence say what secures a financing? Not when each of its cues is negated ("The
    loan is not secured by the letter of intent", "并未以该意向书作抵押")."""
    negated = cue("negated")
    return any(not negated.search(text[max(0, m.start() - 40):m.start()])
               for m in cue("secured").finditer(text))


_FORMER_LATTER = re.compile(r"前者|后者|\bthe (?:former|latter)\b", re.I)


def _former_latter(s: Sentence, here: list[Frame]) -> list[tuple[Frame, Sentence]]:
    """'前者以…为抵押，后者则以…作抵押', 'the former is secured by …, the latter by …': the sentence cut
    where each reference starts, each part for the earlier or the later of the two financings
    told last in one sentence (none when the sentence says neither or there are not two)."""
    marks = list(_FORMER_LATTER.finditer(s.text))
    last = [f for f in here if f.sentence.index == here[-1].sentence.index] if here else []
    if len(marks) < 2 or len(last) < 2:
        return []
    out = []
    for i, m in enumerate(marks):
        a = 0 if i == 0 else m.start()
        b = marks[i + 1].start() if i + 1 < len(marks) else len(s.text)
        former = m.group().lower() in ("前者", "the former")
        part = Sentence(s.index, s.paragraph, s.start + a, s.start + b, s.text[a:b])
        out.append((last[-2] if former else last[-1], part))
    return out


_PLURAL_FINANCINGS = re.compile(r"\b(?:both|the two|all (?:the|three)) (?:financings|facilities|"
                                r"loans|credit lines|debt packages)\b|两笔(?:贷款|融资)|"
                                r"^\W*each (?:is|was|one is)\b|\beach of (?:them|the two)\b|"
                                r"^\W*both (?:are|were)\b", re.I)


def _secure(frames: list[Frame], target: Frame, s: Sentence, firms: set[str],
            ents: Entities, sentences: list[Sentence] = ()) -> None:
    """What secures `target`, as sentence `s` tells it: a deal (told here or before), and an
    asset named outside that deal ("backed by the 40,000 GPUs it owns and by its lease with X")."""
    named = [f for f in deals_by_name(frames, s, ents) if f is not target]
    if len(named) >= 2:         # "the Ardent and Pinecrest agreements …, and it is those two
        for deal in named:      # contracts that the lenders hold as security for the loan"
            if deal not in target.collateral:
                target.collateral.append(deal)
        target.extra_evidence.append(s)
        return
    deal = None
    if cue("non_binding").search(s.text) or cue("deal_anaphora").search(s.text) \
            or cue("pledgeable").search(s.text):
        deal = _pledged_deal(frames, target, s, firms, sentences)
    if deal is not None and not cue("names_financing").search(s.text) and any(
            deal in f.collateral and not any(x is s for x in f.extra_evidence)
            for f in frames if f is not target):
        deal = None             # "作为抵押物的那份合同，对手方X是…": a pledge told before, retold
    text = _firms_blanked(s, ents)      # "曜石芯片": a firm's name names no asset (芯片)
    rest = text
    if deal is not None:
        if deal not in target.collateral:
            target.collateral.append(deal)
        target.extra_evidence.append(s)
        if deal.sentence is not s:
            # "以公司与澜图签订的算力服务合同以及相应的GPU集群作为抵押": an asset joined to the deal
            rest = "".join(m.group(0) for m in _AND_ASSET.finditer(text)) + " " + "".join(
                m.group("assets") for m in _ASSET_AND.finditer(text)) + " " + _clauses_without(
                s, ents, deal.parties() - owners(target), text)   # "…security is the accelerators it
                # buys together with the supply contract"; "一是对X的应收账款，二是新采购的GPU服务器"
        else:
            a, b = deal.span
            rest = text[:a] + " " * (b - a) + text[b:]
            if deal.rule != PLEDGED_RULE and not cue("secured").search(rest[:a]):
                return          # the asset words belong to the deal told after the cue
    for asset, words in _asset_words():
        if asset == "Asset" and not (_share_pledge().search(rest) and (
                target.sentence is s or _THAT_FINANCING.search(s.text))):
            continue            # shares named, but not as what is pledged ("pledged to buy …"),
                                # or pledged for a financing of their own ("扩大了以所持股票为抵押的
                                # 保证金贷款" after a bridge loan told before)
        if any(not _NOT_ASSET.search(rest[max(0, m.start() - 8):m.start()])
               and not _PAID_FOR.search(rest[max(0, m.start() - 30):m.start()])
               for m in re.finditer(words, rest, re.I)):
            target.collateral.append(("Asset", asset, s))
            target.extra_evidence.append(s)
            break


def owners(f: Frame) -> set[str]:
    """The firms whose financing `f` is (borrower, issuer)."""
    return set(f.roles.get("borrower", [])) | set(f.roles.get("issuer", []))


def _firms_blanked(s: Sentence, ents: Entities) -> str:
    """The sentence's text with each firm name blanked (same length)."""
    text = s.text
    for m in firms_of(s, ents):
        a, b = m.start - s.start, m.end - s.start
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _clauses_without(s: Sentence, ents: Entities, others: set[str], text: str | None = None) -> str:
    """The clauses of `s` from the one of its collateral cue on that name none of `others` (the
    pledged deal's counterparties): where an asset listed beside the deal is told ("担保有两层：
    一是对星穹的应收账款，二是新采购的GPU服务器"; not "X, which runs GPU data centres, has raised a
    loan secured by …")."""
    text = s.text if text is None else text
    cue_at = next((m.start() for m in cue("secured").finditer(s.text)), len(s.text))
    out, start = [], 0
    for cut in [*(m.end() for m in _CLAUSE_CUT.finditer(s.text)), len(s.text)]:
        if cut > cue_at and not any(s.start + start <= m.start < s.start + cut
                                    for m in ents.mentions if m.iri in others):
            out.append(text[start:cut])
        start = cut
    return " ".join(out)


_CLAUSE_CUT = re.compile(r"[，,；;：:]")


#: An asset joined to a pledged deal by a conjunction ("…合同以及相应的GPU集群", "…contract and the
#: chips it bought", "the X contract itself, assigned to the lender, and the servers"), and an asset denied ("担保并非厂房或设备", "not by the chips").
_AND_ASSET = re.compile(r"(?:合同|协议|租约|contracts?|agreements?|lease)(?:\s+itself)?(?:\s*,\s+(?:assigned|pledged|"
                        r"held|transferred|signed|worth)\b[^，,。;；]{0,40},)?\s*(?:以及|及其|及|和|,?\s*and|"
                        r"as well as|plus)\s*(?:by\s+)?(?:the\s+|its\s+|相应的?|其)?[^，,。;；]{0,30}", re.I)
#: Shares told as what secures a financing ("secured by Arm shares", "pledged its shares in X",
#: "以其持有的X 23%股权作质押").
#: The Chinese share words are ``pledged_shares_zh`` (lexicon/relations.yaml: 股份, or a count of
#: shares, "1.6亿股").
@lru_cache(maxsize=1)
def _share_pledge() -> re.Pattern:
    shares = lexicon()["words"]["pledged_shares_zh"]
    return re.compile(r"(?:secured|backed|collaterali[sz]ed)\s+(?:by|against|with)\s+(?:\S+\s+){0,4}?"
                      r"shares\b|\bpledg\w*\s+(?:\S+\s+){0,4}?(?:shares|stake)\b|\bshares\s+(?:\S+\s+){0,4}?"
                      rf"as\s+(?:collateral|security)\b|(?:{shares})\S{{0,4}}(?:作|作为|为)?(?:质押|抵押|担保)|"
                      rf"(?:质押|抵押)\S{{0,12}}(?:{shares})", re.I)


@lru_cache(maxsize=1)
def _shares_named() -> re.Pattern:
    """Shares named in a sentence telling what secures a financing (``shares_named`` in
    cues.yaml): the shares are pledged (an asset), and the holder's stake is no deal that secures
    it."""
    return word_cue(lexicon()["shares_named"])


_THAT_FINANCING = re.compile(r"(?:这笔|该|此笔|上述)(?:贷款|融资|授信|债券)|\b(?:the|that|this) (?:loan|facility|"
                             r"financing|credit line|bonds|notes)\b", re.I)
#: Assets named between what secures a financing and the pledged deal ("Their security is
#: twofold: its fleet of GPUs and the X contract", "以GPU集群及与X签订的合同作抵押", "a mortgage over
#: the campus and an assignment of the rent payable under the X lease").
_ASSET_AND = re.compile(r"(?:secured (?:by|against|on)|backed by|collaterali[sz]ed (?:by|with)|security (?:is|are|was|were)|"
                        r"(?:mortgage|claim|lien|charge) (?:on|over|against)|"
                        r"\bas security\b|以)(?P<assets>[^。;；]{0,80}?)\s*(?:以及|及其|及|和|,?\s*and|"
                        r"together with|as well as|along with|plus)\s+(?:by\s+)?(?:the\s+|its\s+|其|与)?"
                        r"[^，,。;；]{0,70}?(?:contracts?|agreements?|lease|合同|协议)", re.I)
_NOT_ASSET = re.compile(r"并非|不是|而非|并不是|\bnot\b|rather than|instead of", re.I)
#: Goods a payment is for ("a claim on the money X pays for its chips"): what is sold, not what
#: secures the financing (purchased goods may be pledged: 所采购的GPU集群也一并抵押).
_PAID_FOR = re.compile(r"\b(?:pays?|paid|paying)\s+(?:\w+\s+)?for\s+(?:its|their|the|those|these)?\s*"
                       r"(?:[\w-]+\s+)?$", re.I)


def _pledged_deal(frames: list[Frame], target: Frame, s: Sentence, firms: set[str],
                  sentences: list[Sentence] = ()):
    """The deal a financing is secured by: a non-financing deal mentioned up to this sentence
    that shares two firms with the sentence (the borrower counts as named: "secured by the letter
    of intent it signed with Anthropic"), or one firm when the sentence's kind word (letter of
    intent, 备忘录) fits the deal; the latest such deal wins."""
    named = firms | set(target.roles.get("borrower", [])) | set(target.roles.get("issuer", []))
    kind_word = bool(cue("anaphora_nonbinding_kind").search(s.text))
    owner = set(target.roles.get("borrower", [])) | set(target.roles.get("issuer", []))
    named_kind = False
    for words, kinds in _pledged_kinds():       # "拟以上述供货协议作为抵押", "its supply contract"
        m = next((x for x in words.finditer(s.text) if not cue("negated").search(
            s.text[max(0, x.start() - 40):x.start()])), None) if owner else None
        if m:                                   # not "亦未以上述框架协议作担保"
            named_kind = True
            fit = [f for f in frames if f.family in kinds and owner & f.parties()
                   and f.sentence.index <= s.index and f.status not in _NOT_FACT]
            if fit:
                return (own_kind_word(fit, m.group(0), sentences) or fit)[-1]
    if named_kind:
        return None     # "holds the Ravelin warrant as security": a warrant the rules did not
                        # read, not the supply deal of the same firms
    best = None
    contract_only = bool(_CONTRACT_NOUN.search(s.text)) and not _EQUITY_NOUN.search(s.text)
    for f in frames:
        if f is target or f.family in ("Loan", "Facility", "Financing", "Bond") \
                or f.status in ("Denied", "Rumoured", "Hypothetical"):
            continue
        if f.family in _EQUITY_FAMILIES and (contract_only or f.family != "Investment"
                                             and not _EQUITY_NOUN.search(s.text)
                                             or f.family == "Stake" and _shares_named().search(s.text)):
            continue               # "secured by its customer contract with X": not its stake in X;
                                   # "a claim on the money X pays for its chips": not X's warrant;
                                   # "a pledge over Y's shares held by X": an asset, not X's stake
        fits = kind_word and (f.binding is False or "LetterOfIntent" in f.kinds)
        shared = f.parties() & named
        if f.sentence.index > s.index and not (f.sentence.index <= s.index + 2 and (
                fits or len(shared & firms) >= 2 and _DEAL_NOUN.search(s.text)
                or len(shared) >= 2 and shared & firms and _OWN_CONTRACT_WITH.search(s.text))):
            continue               # "抵押物是其与X签署的意向书。根据该意向书，X拟租用…": told next
        if len(shared & firms) >= 2 or (len(shared) >= 2 and (shared & firms or fits)) \
                or (fits and shared & firms and _same_kind_word(s, f)):
            if best is None or best.sentence.index > s.index \
                    or s.index >= f.sentence.index >= best.sentence.index:
                best = f           # a deal told up to here wins over one told after
    return best


def _same_kind_word(s: Sentence, f: Frame) -> bool:
    """Does the deal's own text use a letter-kind word the collateral sentence uses? With one firm
    in common, "以…意向书…收益作担保" is not the 框架协议 of another counterparty the rules read."""
    words = cue("anaphora_nonbinding_kind")
    said = {m.group(0).lower() for m in words.finditer(s.text)}
    return any(m.group(0).lower() in said for x in (f.sentence, *f.extra_evidence)
               for m in words.finditer(x.text))


#: A deal named by its kind in what secures a financing ("以公司与青禾签订的算力服务合同作为抵押"):
#: the deal between the two firms may be told in full in the next sentences.
_DEAL_NOUN = re.compile(r"合同|协议|租约|意向书|备忘录|订单|应收账款|\b(?:contracts?|agreements?|deals?|lease|"
                        r"memorandum|letter of intent|order|receivables)\b", re.I)


#: The borrower's own contract with a firm the sentence names ("its customer agreement with X",
#: 其与X签订的合同): the borrower counts as named for a deal told in the next sentences.
_OWN_CONTRACT_WITH = re.compile(r"\b(?:its|their|the company's|the company’s)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:contracts?|agreements?|lease)\s+with\b|(?:其|公司)与", re.I)
_NOT_FACT = ("Denied", "Rumoured", "Hypothetical")
#: A contract named as what is pledged, with no equity word: no stake, investment or warrant
#: between the same firms is meant.
_CONTRACT_NOUN = re.compile(r"合同|协议|租约|\b(?:contracts?|agreements?|lease)\b", re.I)
_EQUITY_NOUN = re.compile(r"股权|股份|股票|认股权证|\b(?:stakes?|shares|equity|warrants?)\b", re.I)
_EQUITY_FAMILIES = ("Investment", "Stake", "Warrant")
@lru_cache(maxsize=1)
def _pledged_kinds() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """(words naming a pledged deal by its kind, the deal families they mean): ``pledged_kinds``
    in lexicon/cues.yaml ("拟以上述供货协议作为抵押", "its supply contract")."""
    return tuple((re.compile(entry["words"], re.I), tuple(entry["families"]))
                 for entry in lexicon()["pledged_kinds"])


@lru_cache(maxsize=1)
def _asset_words() -> tuple[tuple[str, str], ...]:
    """(asset class, its words) of ``asset_words`` (lexicon/cues.yaml), a ``<name>`` in the words
    being the word list ``name`` of relations.yaml."""
    words = lexicon()["words"]
    return tuple((asset, re.sub(r"<(\w+)>", lambda m: words[m.group(1)], pattern))
                 for asset, pattern in lexicon()["asset_words"].items())
