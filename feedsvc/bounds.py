"""Integers that come from outside, bounded before they reach ``int()`` or SQLite.

``int()`` refuses strings of more than 4,300 digits (a ValueError) and SQLite refuses
integers outside 64 bits (an OverflowError): both would be a 500, not the 400 or 404 a
client deserves, so every number from a request or a URL passes through here.
"""

from __future__ import annotations

#: The largest integer SQLite stores (and binds as a parameter).
SQLITE_MAX_INT = 2**63 - 1


def parse_int(text: str, low: int, high: int, *, clamp: bool = False) -> int | None:
    """*text* (ASCII digits only) as an integer from *low* to *high*, else None.

    With *clamp*, a number above *high* (however long) counts as *high* instead.
    """
    if not text.isascii() or not text.isdigit():
        return None
    digits = text.lstrip("0") or "0"
    if len(digits) > len(str(high)):
        return high if clamp else None
    value = int(digits)
    if value > high and clamp:
        return high
    return value if low <= value <= high else None


def sql_int(value: int) -> int:
    """*value* clamped into what SQLite can bind as a LIMIT or OFFSET (0 to 2**63-1)."""
    return max(0, min(value, SQLITE_MAX_INT))
