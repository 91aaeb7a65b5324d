"""Lines over a post's text that credit or stamp it, not its text: a translator's credit set
over a translated piece (译者：郑乐言, <strong>翻译</strong>张冬君, 编译 | 李明 审校 | 王芳), as
tech media and translation columns set it, and a blog theme's day-first date stamp
(30 Aug 2012, Thu 14 Mar 2015) over the post."""

from __future__ import annotations

import re

from .nameshape import looks_like_person

#: The role a credit line over a translated piece names: translator, compiler, reviser.
_ROLE = r"(?:译者|譯者|翻译|翻譯|编译|編譯|审校|審校|校对|校對)"
_SEP = r"(?P<sep>\s*[:：/／|｜丨]?\s*)"
_NAMES = r"[\u4e00-\u9fff·]{2,8}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,8}){0,2}"
#: 译者：郑乐言, 翻译 张冬君, 编译 | 李明 审校 | 王芳: roles and the names after them, nothing else.
CREDIT_PART = re.compile(rf"{_ROLE}{_SEP}(?P<v>{_NAMES})\s*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
#: 30 Aug 2012, Thu, 14 March 2015 10:20: the day before the month's English name.
DAY_MONTH_DATE = re.compile(
    rf"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}}\.?,?\s+)?\d{{1,2}}\s+{_MONTH},?\s+"
    r"(?:19|20)\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


#: The role set in bold, the name glued to it: <strong>翻译</strong>张冬君.
BOLD_ROLE = re.compile(rf"<(?:strong|b)>\s*{_ROLE}\s*</(?:strong|b)>")


def translator_credit(text: str, html: str) -> bool:
    """Whether *text* (its markup *html*) is a line of translation credits alone, each name a
    person's; a role glued to the name (翻译张冬君) only when the role is set in bold."""
    if len(text) > 40:
        return False
    pos = 0
    while m := CREDIT_PART.match(text, pos):
        names = re.split(r"\s*[、，,]\s*", m["v"])
        if not all(looks_like_person(n) for n in names):
            return False
        if not m["sep"] and not BOLD_ROLE.search(html):
            return False
        pos = m.end()
    return pos > 0 and pos == len(text)


def day_month_date(text: str) -> bool:
    """Whether *text* is a day-first English date alone: a blog's stamp over the post."""
    return DAY_MONTH_DATE.match(text.strip()) is not None
