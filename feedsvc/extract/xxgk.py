"""The headline of a government 信息公开 page: the 标题 cell of its table of particulars."""

from __future__ import annotations

import re

from bs4 import Tag

from .text import TagIndex
from .text import compact
from .text import find_ancestor
from .text import squash

XXGK_LABELS = re.compile(r"索引号|发文字号|成文日期|发文机关|发布机构|主题分类|文号")

TITLE_LABEL = re.compile(r"^(?:标题|名称|文件名称|文件标题)[:：]?$")


def labelled_title(index: TagIndex) -> str | None:
    """The 标题 / 名称 cell of a 信息公开 table (索引号, 发文机关, 成文日期, 标题, …)."""
    for tag in index.named("td", "th", "dt", "b", "strong", "span", "label", "em"):
        if not isinstance(tag, Tag) or not TITLE_LABEL.match(compact(tag.get_text())):
            continue
        cell = tag if tag.name in ("td", "th", "dt") else find_ancestor(tag, "td", "th", "dt")
        value = ""
        sibling = (cell or tag).find_next_sibling()
        if isinstance(sibling, Tag):
            value = squash(sibling.get_text(" "))
        if not value and tag.parent is not None:
            whole = squash(tag.parent.get_text(" "))
            label = squash(tag.get_text(" "))
            value = whole[whole.find(label) + len(label) :].strip(" :：") if label in whole else ""
        block = find_ancestor(tag, "table", "ul", "dl", "div")
        context = compact(block.get_text()) if block is not None else ""
        if 4 <= len(compact(value)) <= 150 and XXGK_LABELS.search(context):
            return value
    return None
