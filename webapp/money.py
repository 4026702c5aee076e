"""US-dollar amounts as people read them: "$1.2 bn" in English, "12亿美元" in Chinese.

>>> usd("300000000", "en"), usd("300000000", "zh")
('$300 m', '3亿美元')
>>> usd(100e9, "en"), usd(100e9, "zh"), usd("38000000000", "zh")
('$100 bn', '1000亿美元', '380亿美元')
>>> usd("2500000", "zh"), usd("not a number", "en"), usd(None, "en")
('250万美元', 'not a number', '')
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation


def _short(number: Decimal) -> str:
    text = f"{number:.1f}".rstrip("0").rstrip(".")
    return text


def usd(value, lang: str = "en") -> str:
    """`value` (a number or its text) formatted as an amount in US dollars."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if lang == "zh":
        if abs(number) >= Decimal(10) ** 8:
            return f"{_short(number / Decimal(10) ** 8)}亿美元"
        if abs(number) >= Decimal(10) ** 4:
            return f"{_short(number / Decimal(10) ** 4)}万美元"
        return f"{_short(number)}美元"
    if abs(number) >= Decimal(10) ** 9:
        return f"${_short(number / Decimal(10) ** 9)} bn"
    if abs(number) >= Decimal(10) ** 6:
        return f"${_short(number / Decimal(10) ** 6)} m"
    return f"${_short(number)}"
