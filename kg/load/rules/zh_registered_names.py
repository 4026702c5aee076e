"""A Chinese firm's registered name given with the short name the text uses from then on
("北京北辰大模型科技有限公司（下称“北辰大模型”）", "云霁科技有限公司（以下简称"云霁科技"）"): the firm is
the short name, and its mention covers the registered name (words in ``lexicon/core.yaml``,
``zh_alias``)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.load.rules.patterns import alternation
from kg.load.vocab import lexicon

_BREAK = re.compile(r"[。！？；，,\n]")
#: How far before the alias the registered name may start (characters).
_REACH = 30


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern]:
    spec = lexicon()["zh_alias"]
    places = alternation(spec["place_prefixes"])
    return re.compile(spec["alias"]), re.compile(rf"(?:{places})$")


def registered_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, short name): the span from the registered name (where the short name starts
    inside it, with a place name before it: 北京北辰…) to the closing bracket."""
    alias, place = _rules()
    generic = frozenset(lexicon()["zh_alias"].get("generic_shorts") or ())
    for m in alias.finditer(text):
        short = m.group("short")
        before = text[max(0, m.start() - _REACH):m.start()]
        at = before.rfind(short)
        if at < 0 or short in generic:
            continue                 # an abbreviation not inside the name: not read here; nor
                                     # "X（以下简称“公司”）": the firm itself, no new name
        start = m.start() - len(before) + at
        if _BREAK.search(text, start, m.start()):
            continue                 # a registered name holds no sentence or line break
        head = place.search(text, max(0, start - 4), start)
        yield (head.start() if head else start), m.end(), short
