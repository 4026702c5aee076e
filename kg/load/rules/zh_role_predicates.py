"""A role word with no name after it: the words that follow a bare Chinese role word are the
clause's predicate, not a firm's name, when they read as such and the article names no firm so
anywhere else.

Two shapes (issue 10, twenty-second pass):

- a one-character preposition, adverb, conjunction or pronoun opens the words after the role
  word ("设备商给云厂商钱": 给|云厂商; "设备商则替云厂商垫付": 则|替);
- one word jieba tags as common (a noun, a verb, an adjective), with no organisation suffix, that
  ends the clause ("养老基金进场？", a heading's "【地方资本进场】"), is followed by an adjective
  ("运营商负债偏高") or by 或 and another verb ("芯片公司借钱或入股").

A coined name jieba cuts into pieces ("锐|矽", "若木|智能"), one carrying an organisation suffix,
one that recurs in the article, or one word followed by what follows a firm's name (a verb: 表示,
签署; a partner word: 与; 的; a comma) is left alone ("云厂商星图表示", "云服务商川流与…"). Called by
:mod:`kg.load.rules.entities` for names found after a role word; flags and words come from
``zh_role_predicate`` in ``lexicon/core.yaml``.
"""
from __future__ import annotations

from functools import lru_cache

from kg.load.rules.zh_name_heads import jieba_tokens
from kg.load.vocab import lexicon

_AFTER = 6     # characters read after the word


@lru_cache(maxsize=1)
def _cfg() -> dict:
    cfg = lexicon()["zh_role_predicate"]
    return {"opening": frozenset(cfg["opening_flags"]), "word": frozenset(cfg["word_flags"]),
            "ends": tuple(cfg["clause_ends"]), "degree": frozenset(cfg["degree_words"]),
            "adjective": frozenset(cfg["adjective_flags"]), "or": tuple(cfg["or_words"]),
            "verb": frozenset(cfg["verb_flags"])}


def predicate_after_role(text: str, name: str, end: int, suffixes: tuple[str, ...]) -> bool:
    """True when `name`, found right after a role word in `text` and ending at `end`, is the
    clause's predicate."""
    if not name or name.isascii() or text.count(name) > 1:
        return False
    tokens = jieba_tokens(name)
    if not tokens:
        return False
    cfg = _cfg()
    first, flag = tokens[0]
    if len(first) == 1 and flag in cfg["opening"] and len(name) > 1:
        return True                # "给|模型", "则|替|模型"
    if len(tokens) != 1 or len(first) < 2 or flag not in cfg["word"] or name.endswith(suffixes):
        return False
    return _predicate_follows(text[end:end + _AFTER], cfg)


def _predicate_follows(after: str, cfg: dict) -> bool:
    """What follows one word that makes it a predicate: the clause's end, an adjective (after a
    degree word: 过|高, 较|高), or 或 and a verb."""
    if not after or after.startswith(cfg["ends"]):
        return True
    words = jieba_tokens(after)
    if words and words[0][0] in cfg["degree"]:
        words = words[1:]
    if words and words[0][1] in cfg["adjective"]:
        return True
    return len(words) >= 2 and words[0][0] in cfg["or"] and words[1][1] in cfg["verb"]
