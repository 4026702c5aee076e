"""The regex shape of a person's name written in Latin script, shared by the post and founder
rules: two or three capitalised words, each possibly with an accented capital ("Élodie"), an
apostrophe ("O'Neil") or a hyphenated second part ("Okonkwo-Reyes", "Jean-Paul")."""
from __future__ import annotations

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
#: One word of a name: "Marchetti", "Élodie", "O'Neil", "McAllister", "Okonkwo-Reyes".
_WORD = rf"[{_UPPER}](?:[{_LOWER}]+|['’](?=[{_UPPER}]))(?:[{_UPPER}]?[{_LOWER}]+)?(?:-[{_UPPER}]?[{_LOWER}]+)?"

#: A whole name (no group): two or three such words.
EN_NAME = rf"{_WORD}(?:\s{_WORD}){{1,2}}(?![{_LOWER}{_UPPER}-])"
