"""Rows of labels over the text: a press release's header (發稿單位：… 發稿日期：… 聯絡人：…),
the source it credits on a line of its own (資料來源：X), and an info row left in the text's box
with its values empty or taken out as furniture (时间： 来源： 浏览：963)."""

from __future__ import annotations

import re

from .lexicon import COUNTERS
from .lexicon import INFO_LABELS
from .lexicon import SOURCE_LABELS
from .lexicon import alternation

#: 發稿單位, 發稿日期, 聯 絡 人, 資料來源: a press release's header labels and the source line a
#: government office sets over its text (the characters of a label at times spaced out).
HEADER_LABELS = (
    "發稿單位",
    "发稿单位",
    "發布單位",
    "发布单位",
    "發稿日期",
    "发稿日期",
    "發稿時間",
    "发稿时间",
    "聯絡人",
    "联络人",
    "聯絡電話",
    "联络电话",
    "新聞聯絡人",
    "新闻联络人",
    "資料來源",
    "资料来源",
    "來源",
)
_SPACED = "|".join(r"\s?".join(map(re.escape, word)) for word in HEADER_LABELS)
_ANY_LABEL = rf"(?:{_SPACED}|{alternation(*INFO_LABELS, *COUNTERS)})\s*[:：]"
#: One label and its value (short, with no colon of its own), as a header row sets them.
_PAIR = rf"{_ANY_LABEL}[^:：。！？]{{0,60}}?"
ROW = re.compile(rf"^\s*(?:{_PAIR}\s*){{2,6}}$")
#: 新闻来源:某某科技 too: a repost's source on the first line of its text (<p>新闻来源:X<br><br>…).
HEADER_LINE = re.compile(
    rf"^\s*(?:{_SPACED}|{alternation(*SOURCE_LABELS)})\s*[:：][^:：。！？]{{0,60}}$"
)


def label_row(text: str) -> bool:
    """Whether a line before the text is a row of two or more info labels with short values
    (empty ones too), or a press release's header label alone with its value."""
    if len(text) > 150:
        return False
    return ROW.match(text) is not None or HEADER_LINE.match(text) is not None
