"""Compile the relation templates of ``lexicon/relations.yaml`` into regular expressions.

A sentence is matched in *slot form*: each firm mention (or list of firms) is replaced by a token
``⟦n⟧``; ``{A}`` in a template matches one token and captures its number.

>>> compile_template("{A}~投资{B}", {})
'⟦(?P<A>\\\\d+)⟧[^⟦⟧。；;，,]{0,40}?投资⟦(?P<B>\\\\d+)⟧'
"""
from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parser
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import LoadError
from kg.load.vocab import lexicon

SHORT_GAP = r"[^⟦⟧。；;，,]{0,40}?"
LONG_GAP = r"[^。；;]{0,90}?"


@dataclass(frozen=True)
class Pattern:
    id: str
    family: str
    kinds: tuple[str, ...]
    regex: re.Pattern
    roles: tuple[tuple[str, str], ...]
    inherit_only: bool
    optional_subject: bool
    takers: bool = False      # roles by type may fall back on the family's `takers`
    by_type: dict | None = None   # the pattern's own role split by type (a leaseback's lessor)
    pair_only: bool = False   # its one `auto` slot must name two firms ("the two sides signed")
    #: its deal is told in a relative clause of its own on a firm of the main clause ("… from Y,
    #: in which X holds a stake", ``own_clause: true`` in relations.yaml): a holding told in
    #: passing, so its frame spans the clause (``(?P<own>…)``), it takes only the figures inside
    #: the clause (frames.py) and no later sentence's "that agreement" means it (cues.py)
    own_clause: bool = False
    #: the firm tokens (⟦n⟧) any match holds at least: a sentence with fewer cannot match
    min_slots: int = 0
    #: literal words (lower case) any match holds one of: a sentence with none cannot match
    #: (:func:`_required_words`); empty when the template requires none
    needs: frozenset[str] = frozenset()

    @property
    def script(self) -> str:
        """'en' or 'zh': the writing its words are in (the id's prefix). A sentence with no
        letter of that script cannot match, so :func:`patterns_for` skips the pattern there."""
        return self.id.split(".", 1)[0]


def compile_template(template: str, words) -> str:
    out = template
    for name, alternatives in words.items():
        out = out.replace(f"<{name}>", alternatives)
    out = _relative_subject(out, words.get("relative_en"))
    out = re.sub(r"\{([A-C])\?\}(~~|~)?",
                 lambda m: "(?:⟦(?P<%s>\\d+)⟧%s)?" % (
                     m.group(1), {"~~": LONG_GAP, "~": SHORT_GAP}.get(m.group(2) or "", "")),
                 out)
    out = re.sub(r"\{([A-C])\}", r"⟦(?P<\1>\\d+)⟧", out)
    out = out.replace("~~", LONG_GAP).replace("~", SHORT_GAP)
    return out


def _relative_subject(template: str, relative: str | None) -> str:
    """A slot before a short gap in an English template may be told with a relative pronoun
    after it ("X, which last month signed …", "X, who holds …"): the clause's verb is the
    firm's own (``relative_en`` in relations.yaml). The long gap crosses commas already."""
    if not relative or _HAN.search(template):
        return template
    return re.sub(r"\{([A-C])\}~(?!~)",
                  lambda m: "{%s}(?:,\\s+(?:%s)\\s+)?~" % (m.group(1), relative), template)


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    lex = lexicon()
    words = lex["words"]
    out = []
    shared: dict[frozenset[str], frozenset[str]] = {}   # one object per word set (patterns_for)
    for spec in lex["patterns"]:
        try:
            regex = re.compile(compile_template(spec["re"], words), re.IGNORECASE)
        except re.error as exc:
            raise LoadError(f"lexicon pattern {spec['id']}: {exc}") from exc
        parsed = _sre_parser.parse(regex.pattern, regex.flags)
        needs = _required_words(parsed)
        out.append(Pattern(spec["id"], spec["family"], tuple(spec["kinds"]), regex,
                           tuple(spec["roles"].items()), bool(spec.get("inherit_only")),
                           "{A?}" in spec["re"], bool(spec.get("takers")), spec.get("by_type"),
                           bool(spec.get("pair_only")), bool(spec.get("own_clause")),
                           _min_tokens(parsed), shared.setdefault(needs, needs)))
    return tuple(out)


def _min_tokens(items) -> int:
    """How many token openers (⟦) a match of the parsed regex `items` holds at least: its
    mandatory ``{A}`` slots, the fewest of a branch's, none in a lookaround or a character
    class (a lower bound, so the filter of :func:`patterns_for` drops no match)."""
    n = 0
    for op, av in items:
        if op is _sre.LITERAL:
            n += av == ord("⟦")
        elif op is _sre.SUBPATTERN:
            n += _min_tokens(av[3])
        elif op is _sre.BRANCH:
            n += min(_min_tokens(b) for b in av[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            n += av[0] * _min_tokens(av[2])
    return n


def _required_words(items) -> frozenset[str]:
    """Literal words, in lower case, of which any match of the parsed regex `items` holds one:
    the most telling such set (its shortest word the longest) of the template's literal runs
    and alternatives of runs (a verb list), or an empty set. A run is only of characters
    :func:`_folded` keeps, so looking for it in the lower-cased text finds every match."""
    sets = _literal_sets(items)
    return max(sets, key=lambda words: (min(map(len, words)), -len(words)), default=frozenset())


def _literal_sets(items) -> list[frozenset[str]]:
    """Each set of literal words one of which any match of `items` holds: its runs of
    literal characters, those of its groups and of repeats taken at least once, and the union
    of the alternatives' sets when every alternative has one (lookarounds and classes: none)."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        char = _folded(av) if op is _sre.LITERAL else None
        if char is not None:
            run += char
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if op is _sre.SUBPATTERN:
            found += _literal_sets(av[3])
        elif op is _sre.BRANCH:
            branches = [_required_words(b) for b in av[1]]
            if all(branches):
                found.append(frozenset().union(*branches))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            found += _literal_sets(av[2])
    return found


def _folded(code: int) -> str | None:
    """A template's literal character as it stands in lower-cased text: an ASCII letter in lower
    case, a character without case (Han, digits, punctuation) as it is (a case-insensitive
    regex matches it alone); None for any other, whose case variants are not all its lower case."""
    char = chr(code)
    if char.isascii() and char.isalpha():
        return char.lower()
    return None if char.lower() != char or char.upper() != char else char


@lru_cache(maxsize=1)
def _own_clause_ids() -> frozenset[str]:
    return frozenset(p.id for p in patterns() if p.own_clause)


def own_clause(rule: str) -> bool:
    """Whether the frame of rule `rule` is told in a relative clause of its own
    (:attr:`Pattern.own_clause`)."""
    return rule in _own_clause_ids()


_LATIN = re.compile(r"[A-Za-z]")
#: letters a case-insensitive regex matches to an ASCII letter although their lower case is
#: another (İ, ı and ſ to i and s; the Kelvin sign to k)
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def patterns_for(text: str) -> tuple[Pattern, ...]:
    """The patterns that can match sentence `text` in slot form: none without a firm token
    (every template has a slot), none needing more firm tokens than the sentence has (a
    two-party template in a sentence naming one firm), the English ones only where a Latin
    letter is left, the Chinese ones only where a Han character is, none needing a word
    (:attr:`Pattern.needs`) the sentence lacks. The same frames as trying all of them, in about
    half the time (bench/loader_bench)."""
    tokens = text.count("⟦")
    if not tokens:
        return ()
    chosen = _by_script(bool(_LATIN.search(text)), bool(_HAN.search(text)), tokens)
    if _ODD_CASE.search(text):
        return chosen      # a letter a case-insensitive regex reads as i, s or k: try them all
    lower = text.lower()
    held: dict[frozenset[str], bool] = {}
    return tuple(p for p in chosen if not p.needs or held.setdefault(
        p.needs, any(w in lower for w in p.needs)))


@lru_cache(maxsize=64)
def _by_script(latin: bool, han: bool, tokens: int) -> tuple[Pattern, ...]:
    return tuple(p for p in patterns() if ((p.script == "en" and latin) or (p.script == "zh" and han))
                 and p.min_slots <= tokens)


@lru_cache(maxsize=1)
def families():
    return lexicon()["families"]


@lru_cache(maxsize=1)
def kind_extras() -> tuple[tuple[str, str, re.Pattern], ...]:
    lex = lexicon()
    return tuple((e["family"], e["add"], re.compile(lex["words"][e["words"]], re.I))
                 for e in lex["kind_extras"])


@lru_cache(maxsize=1)
def family_switches() -> tuple[tuple[str, str, re.Pattern], ...]:
    lex = lexicon()
    return tuple((e["family"], e["to"], re.compile(lex["words"][e["words"]], re.I))
                 for e in lex.get("family_switch") or ())


@lru_cache(maxsize=None)
def cue(name: str) -> re.Pattern:
    """A cue of ``lexicon/cues.yaml`` as one compiled, case-insensitive regex."""
    value = lexicon()[name]
    text = "|".join(f"(?:{v})" for v in value) if isinstance(value, tuple) else value
    return re.compile(text, re.IGNORECASE)


def alternation(words) -> str:
    """Literal words or phrases of a lexicon list as one regex alternation, in their order."""
    return "|".join(re.escape(w) for w in words)


def word_cue(words) -> re.Pattern:
    """A lexicon entry ``{en: [...], zh: [...]}`` as one case-insensitive regex: the English words
    as whole words, the Chinese ones anywhere."""
    return re.compile(rf"\b(?:{alternation(words['en'])})\b|{alternation(words['zh'])}", re.I)


@lru_cache(maxsize=1)
def compute_words() -> re.Pattern:
    return re.compile(lexicon()["words"]["compute_words"], re.I)


@lru_cache(maxsize=1)
def drawn_over_time() -> re.Pattern:
    """Words of a facility drawn over time ("delayed-draw", "revolving", 循环贷款)."""
    return re.compile(lexicon()["words"]["drawn_over_time"], re.I)


@lru_cache(maxsize=1)
def deal_clause_end() -> re.Pattern:
    """The end of a deal's clause: a stop, a colon or a comma, but not a comma that opens the
    deal's terms ("签的是意向书，涉及约1.2吉瓦的加速卡", "a term sheet, covering 150 MW of chips";
    ``deal_terms_openers`` in relations.yaml)."""
    openers = lexicon()["words"]["deal_terms_openers"]
    return re.compile(rf"[;；。:：]|[,，](?!\s*(?:{openers}))", re.I)


@lru_cache(maxsize=1)
def supply_goods() -> re.Pattern:
    return re.compile(lexicon()["words"]["supply_goods"], re.I)


@lru_cache(maxsize=1)
def service_named() -> re.Pattern:
    """A service named in a signing's own clause (``service_named_zh`` in relations.yaml)."""
    return re.compile(lexicon()["words"]["service_named_zh"])


@lru_cache(maxsize=1)
def chip_supply_verbs() -> re.Pattern:
    return re.compile(lexicon()["words"]["chip_supply_verbs"], re.I)
