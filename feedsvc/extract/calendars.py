"""Dates written outside the Gregorian year in Arabic digits, as Chinese pages still write them.

* Full-width digits (``２０１９年３月１２日　１４：２０``) and the ratio sign some CMSs type for a
  colon (``2023-08-19 10∶08``): read as ASCII, one character for one, so that positions in the
  text stay where they were.
* Republic of China years, as Taiwanese government, school and news pages write them
  (``民國108年3月12日``, ``108年3月12日``, ``發布日期：108-03-12``, ``108/03/12 14:20``):
  year 108 is 2019. A bare three-digit year is read only for 100-119 (2011-2030), with the
  same separator twice and two-digit month and day, so that other numbers are not taken.
* Chinese numerals, as papers' edition headers and the dates under documents write them
  (``二〇一九年三月十二日 星期二``): a date without a time.
"""

from __future__ import annotations

import re

#: Year, month, day, the time's groups (H, M, S, ampm), start, end.
CalendarDate = tuple[int, int, int, dict[str, str | None], int, int]

ROC_OFFSET = 1911

FULLWIDTH_DIGIT = re.compile("[０-９∶]")
_ASCII = str.maketrans("０１２３４５６７８９／－．∶", "0123456789/-.:")

_CLOCK = (
    r"(?:\s*(?:[(（]?\s*(?:星期.|[周週].|禮拜.)\s*[)）]?)?\s*(?P<ampm>上午|下午|晚上|凌晨|中午|早上)?\s*"
    r"(?P<H>[01]?\d|2[0-3])\s*[:：]\s*(?P<M>[0-5]\d)(?:\s*[:：]\s*(?P<S>[0-5]\d))?(?!\d))?"
)
ROC_DATE = re.compile(
    r"(?:(?:民國|民国)\s*(?P<era>\d{2,3})|(?<![\d.,/-])(?P<bare>1[01]\d))\s*年\s*"
    r"(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日"
    + _CLOCK
    + r"|(?<![\d.,/:-])(?P<y2>1[01]\d)(?P<sep>[-/.])(?P<m2>1[0-2]|0[1-9])(?P=sep)"
    r"(?P<d2>3[01]|[12]\d|0[1-9])(?![\d/.-])" + _CLOCK.replace("?P<", "?P<t_")
)

_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0}
_CJK_DIGIT = "[〇○零Ｏ一二三四五六七八九]"
CJK_DATE = re.compile(
    rf"(?P<y>[一二]{_CJK_DIGIT}{{3}})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"
)


def ascii_digits(text: str) -> str:
    """*text* with full-width digits (and the separators between them, ∶ too) as ASCII."""
    return text.translate(_ASCII) if FULLWIDTH_DIGIT.search(text) else text


def _cjk_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 三十一 → 31."""
    if "十" not in text:
        return int("".join(str(_CJK_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CJK_DIGITS[tens] if tens else 1) * 10 + (_CJK_DIGITS[ones] if ones else 0)


#: What the dates above contain; most lines have neither and skip the searches.
_ROC_HINT = re.compile(r"民[國国]|(?<!\d)1[01]\d\s*[年/.-]")
_CJK_HINT = re.compile(rf"{_CJK_DIGIT}\s*年")


def calendar_dates(text: str) -> list[CalendarDate]:
    """The ROC-year and Chinese-numeral dates in *text* (full-width digits as ASCII)."""
    found: list[CalendarDate] = []
    for m in ROC_DATE.finditer(text) if _ROC_HINT.search(text) else ():
        if m["y2"]:
            y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
            clock = {k[2:]: v for k, v in m.groupdict().items() if k.startswith("t_")}
        else:
            y, mo, d = int(m["era"] or m["bare"]), int(m["m"]), int(m["d"])
            clock = {k: m[k] for k in ("H", "M", "S", "ampm")}
        found.append((y + ROC_OFFSET, mo, d, clock, m.start(), m.end()))
    if "年" in text and _CJK_HINT.search(text):
        for m in CJK_DATE.finditer(text):
            y, mo, d = _cjk_number(m["y"]), _cjk_number(m["m"]), _cjk_number(m["d"])
            found.append((y, mo, d, {}, m.start(), m.end()))
    return found
