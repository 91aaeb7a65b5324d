"""A line of its own naming where the story comes from, set as the text's first paragraph:
信息来源：某某融媒体中心, 稿源：某某日报, 转载自某某网, 来源 | 某某发布. An info line, not the
article's first sentence; its outlet is read as any labelled 来源."""

from __future__ import annotations

import re

from .sourcevalue import SOURCE_LABEL

#: The brackets an origin line may sit in: [来源：X], 【稿源：X】.
OPEN_BRACKETS = "[【（(\u3000 "
#: A sentence's punctuation: an origin line names, it does not tell.
SENTENCE = re.compile(r"[。！？!?；;，,]")


def origin_line(text: str) -> bool:
    """Whether *text* is only a source label and its short value (文章来源：某某晚报)."""
    line = text.strip().lstrip(OPEN_BRACKETS)
    if len(line) > 40:
        return False
    label = SOURCE_LABEL.match(line)
    if label is None:
        return False
    value = line[label.end() :].strip().rstrip("]】)）")
    return 2 <= len(value) <= 30 and SENTENCE.search(value) is None
