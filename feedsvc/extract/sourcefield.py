"""What follows a 来源 label before the outlet's name: a paper's print date, or the next label
of a field left empty."""

from __future__ import annotations

import re

from .lexicon import COUNTERS
from .lexicon import DATE
from .lexicon import INFO_LABELS
from .lexicon import TIME
from .lexicon import alternation

#: 访问量：, 訪問次數：: a counter's label (not a counter word alone: 出访问题 is prose).
VISITS = ("访问", "訪問")

#: 作者：, 发布时间：, 浏览次数：, 访问量：: the next label of an info line, after a 来源 left
#: empty; 发稿时间：, 更新日期：: a time label of any verb.
EMPTY_FIELD = re.compile(
    rf"(?:{alternation(*INFO_LABELS, *COUNTERS, *VISITS)})[\u4e00-\u9fff]{{0,2}}\s*[:：]"
    rf"|[\u4e00-\u9fff]{{1,4}}(?:{alternation(*TIME, *DATE)})\s*[:：]"
)

#: 【字体： 大 中 小】: the font-size buttons that follow a 来源 left empty.
FONT_WIDGET = re.compile(r"^【?\s*(?:字体|字體|字級|字级)\s*(?:[:：]|$)")

#: 2019年05月12日 某某日报 第3版: the day of the print edition, before the paper's name.
LEADING_DATE = re.compile(
    r"^(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*"
)


def source_field(text: str) -> str | None:
    """The value after a 来源 label, a print date before the name dropped (来源：2019年05月12日
    某某日报 第3版: the paper, not the day); None when the field is left empty (the next label
    follows it: 来源： 发稿时间：…) or holds only a date."""
    text = LEADING_DATE.sub("", text, count=1)
    if not text or EMPTY_FIELD.match(text) or FONT_WIDGET.match(text):
        return None
    return text
