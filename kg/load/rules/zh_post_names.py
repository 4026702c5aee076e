"""Chinese firm names told by the post of one of their people: a coined name with no suffix right
before a post word ("对话灵犀矩阵CFO许蔓", "专访了澄岳矩阵联合创始人、首席财务官…", "青禾无限董事长…")
is a firm when the same name stands elsewhere in the article right after a break (a punctuation
mark, a line start, markup), so that its left edge is known. The longest such name before the post
wins; a dictionary word, a stop word or a run holding a function character is none.

Post words are the Chinese ones of ``posts`` in ``lexicon/core.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.zh_name_heads import common_word, jieba_tokens
from kg.load.vocab import lexicon

HAN = "\u4e00-\u9fff"
_MIN, _MAX = 3, 6


@lru_cache(maxsize=1)
def _post_before() -> re.Pattern:
    """A run of Han characters right before a Chinese post word."""
    words = sorted({w for ws in lexicon()["posts"].values() for w in ws if not w.isascii()}
                   | {"CEO", "CFO", "CTO", "COO"}, key=len, reverse=True)
    posts = "|".join(map(re.escape, words))
    return re.compile(rf"(?P<run>[{HAN}]{{{_MIN},{_MAX + 4}}})(?=(?:{posts}))")


def _after_break(text: str, name: str) -> bool:
    """`name` stands somewhere in `text` right after no Han character (its left edge is seen)."""
    i = text.find(name)
    while i >= 0:
        if i == 0 or not re.match(rf"[{HAN}]", text[i - 1]):
            return True
        i = text.find(name, i + 1)
    return False


def _no_name(name: str, stop: tuple[str, ...], not_name: frozenset[str]) -> bool:
    import jieba

    jieba.initialize()
    tokens = jieba_tokens(name)
    return (name in stop or bool(jieba.get_FREQ(name)) or bool(set(name) & not_name)
            or any(w in stop for w, _ in tokens)
            or all(common_word(w, f) or len(w) == 1 for w, f in tokens))


def post_names(text: str, stop: tuple[str, ...], not_name: frozenset[str]):
    """(start, end, name) of each mention of a coined name told before a post (module docstring)."""
    seen: set[str] = set()
    for m in _post_before().finditer(text):
        run = m.group("run")
        for n in range(min(_MAX, len(run)), _MIN - 1, -1):
            name = run[-n:]
            if name in seen or text.count(name) < 2 or not _after_break(text, name):
                continue
            if _no_name(name, stop, not_name):
                continue
            seen.add(name)
            i = text.find(name)
            while i >= 0:
                yield i, i + len(name), name
                i = text.find(name, i + 1)
            break
