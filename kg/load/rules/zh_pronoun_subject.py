"""它 as the subject of a Chinese clause ("X自己不建机房，它与Y签订了…合同"): where it stands; the
firm it means is chosen in rules/zh_company_referent.py."""
from __future__ import annotations

import re

#: 它 opening the sentence or a clause (not 它们, not 其它, not the possessive 它的).
_IT = re.compile(r"(?:^|(?<=[，,；;：:]))\s*它(?![们的])")


def it_spans(text: str) -> list[tuple[int, int]]:
    """Spans of 它 as a clause's subject in sentence `text`."""
    return [m.span() for m in _IT.finditer(text)] if "它" in text else []
