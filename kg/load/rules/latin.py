"""Latin-script names inside any text: a name's letters are word characters but no Han ones, so
"实体Beignet Investor LLC发行" holds the name "Beignet Investor LLC" (Python's \\w takes Han)."""
from __future__ import annotations

#: A letter or digit of a Latin name.
LATIN = r"[^\W\u3400-\u9fff\uf900-\ufaff]"
#: One capitalised word of a name ("Beignet", "O'Neil", "A.I.").
WORD = rf"[A-Z](?:{LATIN}|['’-]|\.(?={LATIN}))*"
