"""Lines over a post's text that credit or stamp it, not its text: a translator's credit set
over a translated piece (译者：郑乐言, <strong>翻译</strong>张冬君, 编译 | 李明 审校 | 王芳), as
tech media and translation columns set it, and a date stamp over the post, as blog themes and
portals print it with the day of the week (30 Aug 2012, Thursday, August 30, 2012,
2019年3月5日 星期二)."""

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
_YEAR = r"(?:19|20)\d{2}"
#: 30 Aug 2012, Aug 30 2012, August 30, 2012 at 10:20 am: an English date, the day before or
#: after the month's name, and maybe its time.
ENGLISH_DATE = re.compile(
    rf"^(?:\d{{1,2}}\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+\d{{1,2}},?\s+{_YEAR})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$",
    re.I,
)
#: 星期四, 周二, (星期日), Thursday,: the day of the week a date stamp names beside the date.
WEEKDAY = re.compile(
    r"[(（]?(?:星期|禮拜|礼拜|周|週)[一二三四五六日天][)）]?"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\b\.?,?"
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


def without_weekday(text: str) -> str:
    """*text* without the day of the week it names (2019年3月5日 星期二: 2019年3月5日)."""
    if not WEEKDAY.search(text):
        return text
    return re.sub(r"\s+", " ", WEEKDAY.sub(" ", text)).strip(" ,，")


def english_date(text: str) -> bool:
    """Whether *text* is an English date alone (30 Aug 2012): a blog's stamp over the post."""
    return ENGLISH_DATE.match(text.strip()) is not None
