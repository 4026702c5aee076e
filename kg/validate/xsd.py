"""The lexical spaces of XML Schema's built-in datatypes (XSD 1.1 Part 2), for ``sh:datatype``.

A literal is well-formed for its datatype when its lexical form is in the datatype's lexical
space (and, for the bounded integer types, its value is in range). SHACL's ``sh:datatype``
fails ill-formed literals, so ``"c"^^xsd:byte`` and ``"300"^^xsd:byte`` are violations.

>>> is_valid("12", XSD + "int"), is_valid("c", XSD + "byte"), is_valid("300", XSD + "byte")
(True, False, False)
>>> is_valid("+07", XSD + "nonNegativeInteger"), is_valid("-1", XSD + "nonNegativeInteger")
(True, False)
>>> is_valid("0", XSD + "positiveInteger"), is_valid("-0", XSD + "nonPositiveInteger")
(False, True)
>>> is_valid("1.", XSD + "decimal"), is_valid("5e-10", XSD + "decimal"), is_valid("-INF", XSD + "double")
(True, False, True)
>>> is_valid("1", XSD + "boolean"), is_valid("yes", XSD + "boolean")
(True, False)
>>> is_valid("2024-02-30", XSD + "date"), is_valid("2024-02-29Z", XSD + "date")
(False, True)
>>> is_valid("2024-01-01T24:00:00", XSD + "dateTime"), is_valid("2024-01-01T10:00:00", XSD + "dateTimeStamp")
(True, False)
>>> is_valid("P1Y2M", XSD + "yearMonthDuration"), is_valid("P1D", XSD + "yearMonthDuration"), is_valid("P", XSD + "duration")
(True, False, False)
>>> is_valid("0FB7", XSD + "hexBinary"), is_valid("0FB", XSD + "hexBinary"), is_valid("aGk=", XSD + "base64Binary")
(True, False, True)
>>> is_valid("en-GB", XSD + "language"), is_valid("a b", XSD + "token"), is_valid(" a", XSD + "token")
(True, True, False)
>>> is_valid("a:b", XSD + "NCName"), is_valid("a:b", XSD + "Name"), is_valid("1a", XSD + "NMTOKEN")
(False, True, True)

Oxigraph rewrites some literals when it stores them: an integer of any type derived from
xsd:integer becomes ``xsd:integer`` (``"12"^^xsd:int`` is stored as ``"12"^^xsd:integer``), an
``xsd:dateTimeStamp`` becomes ``xsd:dateTime``, and numbers and booleans get their canonical
form. :data:`STORED_AS` records the datatype changes: a stored ``xsd:integer`` that is a valid
``xsd:int`` may have been written as either, so ``sh:datatype xsd:int`` cannot be decided on it.

>>> stored_as(XSD + "unsignedShort"), stored_as(XSD + "dateTimeStamp"), stored_as(XSD + "string")
('http://www.w3.org/2001/XMLSchema#integer', 'http://www.w3.org/2001/XMLSchema#dateTime', None)
"""
from __future__ import annotations

import calendar
import re

from kg.written_forms import STORED_AS

XSD = "http://www.w3.org/2001/XMLSchema#"

_INT = r"[+-]?[0-9]+"
_DEC = r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"
_FLOAT = r"([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee][+-]?[0-9]+)?|[+-]?INF|NaN)"
_TZ = r"(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))"
_YEAR = r"-?([1-9][0-9]{3,}|0[0-9]{3})"
_MONTH, _DAY = r"(0[1-9]|1[0-2])", r"(0[1-9]|[12][0-9]|3[01])"
_TIME = r"(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)"
_DUR_YM = r"([0-9]+Y([0-9]+M)?|[0-9]+M)"
_DUR_DT = (r"([0-9]+D(T([0-9]+H([0-9]+M)?([0-9]+(\.[0-9]+)?S)?|[0-9]+M([0-9]+(\.[0-9]+)?S)?"
           r"|[0-9]+(\.[0-9]+)?S))?|T([0-9]+H([0-9]+M)?([0-9]+(\.[0-9]+)?S)?"
           r"|[0-9]+M([0-9]+(\.[0-9]+)?S)?|[0-9]+(\.[0-9]+)?S))")
_NAME_START = r"A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF" \
              r"\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
_NAME_CHAR = _NAME_START + r"\-.0-9\u00B7\u0300-\u036F\u203F-\u2040"

#: Datatype local name -> regular expression for its whole lexical form.
LEXICAL: dict[str, str] = {
    "string": r"[^\x00-\x08\x0B\x0C\x0E-\x1F]*",
    "normalizedString": r"[^\x00-\x1F]*",
    "token": r"([^\s\x00-\x1F]+( [^\s\x00-\x1F]+)*)?",
    "language": r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*",
    "NMTOKEN": f"[{_NAME_CHAR}:]+",
    "Name": f"[{_NAME_START}:][{_NAME_CHAR}:]*",
    "NCName": f"[{_NAME_START}][{_NAME_CHAR}]*",
    "anyURI": r"[^\x00-\x1F<>\"{}|\\^`\s]*",
    "boolean": r"(true|false|1|0)",
    "decimal": _DEC,
    "integer": _INT,
    "float": _FLOAT,
    "double": _FLOAT,
    "date": f"{_YEAR}-{_MONTH}-{_DAY}{_TZ}?",
    "dateTime": f"{_YEAR}-{_MONTH}-{_DAY}T{_TIME}{_TZ}?",
    "dateTimeStamp": f"{_YEAR}-{_MONTH}-{_DAY}T{_TIME}{_TZ}",
    "time": f"{_TIME}{_TZ}?",
    "gYear": f"{_YEAR}{_TZ}?",
    "gYearMonth": f"{_YEAR}-{_MONTH}{_TZ}?",
    "gMonth": f"--{_MONTH}{_TZ}?",
    "gMonthDay": f"--{_MONTH}-{_DAY}{_TZ}?",
    "gDay": f"---{_DAY}{_TZ}?",
    # at least one field and no bare "T": checked by is_valid / sparql_test (no lookahead)
    "duration": r"-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?",
    "yearMonthDuration": f"-?P{_DUR_YM}",
    "dayTimeDuration": f"-?P{_DUR_DT}",
    "hexBinary": r"([0-9a-fA-F]{2})*",
    "base64Binary": r"(([A-Za-z0-9+/] ?){4})*(([A-Za-z0-9+/] ?){3}[A-Za-z0-9+/]"
                    r"|([A-Za-z0-9+/] ?){2}[AEIMQUYcgkosw048] ?="
                    r"|[A-Za-z0-9+/] ?[AQgw] ?= ?=)?",
}
#: Integer types derived from xsd:integer, with their inclusive (min, max); None: unbounded.
INTEGER_RANGES: dict[str, tuple[int | None, int | None]] = {
    "long": (-2**63, 2**63 - 1), "int": (-2**31, 2**31 - 1), "short": (-2**15, 2**15 - 1),
    "byte": (-128, 127), "unsignedLong": (0, 2**64 - 1), "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1), "unsignedByte": (0, 255),
    "nonNegativeInteger": (0, None), "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0), "negativeInteger": (None, -1),
}
LEXICAL.update({name: _INT for name in INTEGER_RANGES})
#: What Oxigraph stores a well-formed literal of these datatypes as.
_COMPILED = {name: re.compile(pattern) for name, pattern in LEXICAL.items()}


def known(datatype: str) -> bool:
    """Is `datatype` an XSD built-in whose lexical space this module knows?"""
    return datatype.startswith(XSD) and datatype[len(XSD):] in _COMPILED


def is_valid(lexical: str, datatype: str) -> bool:
    """Is `lexical` a well-formed literal of the XSD `datatype`? (True for unknown datatypes.)"""
    if not known(datatype):
        return True
    name = datatype[len(XSD):]
    if not _COMPILED[name].fullmatch(lexical):
        return False
    if name in INTEGER_RANGES:
        low, high = INTEGER_RANGES[name]
        value = int(lexical)
        return (low is None or value >= low) and (high is None or value <= high)
    if name == "duration":
        return not lexical.endswith(("T", "P"))
    if name in ("date", "dateTime", "dateTimeStamp"):
        return _day_exists(lexical)
    return True


def _day_exists(lexical: str) -> bool:
    match = re.match(r"(-?\d{4,})-(\d\d)-(\d\d)", lexical)
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    leap = calendar.isleap(year if year > 0 else year + 1) if year != 0 else True
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return day <= days


def stored_as(datatype: str) -> str | None:
    """The datatype Oxigraph stores well-formed `datatype` literals as, when it differs."""
    return STORED_AS.get(datatype)


def sparql_test(v: str, datatype: str) -> str | None:
    """A SPARQL expression true when the literal in `v` has a well-formed lexical form for
    `datatype` (regular expression and integer range; calendar days are left to the regex), or
    None for a datatype this module does not know."""
    if not known(datatype):
        return None
    name = datatype[len(XSD):]
    pattern = LEXICAL[name].replace("\\", "\\\\").replace('"', '\\"')
    test = f'REGEX(STR({v}), "^(?:{pattern})$")'
    if name in INTEGER_RANGES:
        low, high = INTEGER_RANGES[name]
        number = f"<{XSD}decimal>(STR({v}))"  # decimals: Oxigraph's integers stop at 2^63
        if low is not None:
            test += f" && {number} >= {low}.0"
        if high is not None:
            test += f" && {number} <= {high}.0"
    if name == "duration":
        test += f' && !STRENDS(STR({v}), "T") && !STRENDS(STR({v}), "P")'
    return f"({test})"
