"""The translator a page credits (译者：黄嘉宁, 翻译/林南): its writer when no one else is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .nameshape import looks_like_person
from .nameshape import split_names

#: 译者：黄嘉宁, 翻译/林南, （翻譯：陳怡）: the translator of a foreign writer's piece, named on
#: an info line or a closing line, with a colon or a slash.
TRANSLATED_BY = re.compile(
    r"(?<![\u4e00-\u9fff])(?:译者|譯者|翻译|翻譯)\s*[:：/／]\s*"
    r"(?P<v>[\u4e00-\u9fff·]{2,8}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,8}){0,2})"
    r"(?=$|[\s)）】|｜丨]|(?:审校|審校|校对|校對|编辑|編輯))"
)

#: 刘某 译, （林南、陈怡 譯）: a line of its own naming the translators before 译, as a
#: translated piece credits them under its headline or after its text.
NAMES_THEN_YI = re.compile(
    r"^\s*[（(]?\s*(?P<v>[\u4e00-\u9fff·]{2,8}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,8}){0,2})"
    r"(?<![翻编編])\s*[译譯]\s*[）)]?\s*$"
)


def translated_by(texts: Sequence[str]) -> list[str]:
    """The translators the lines *texts* name, in order (a label, then the names)."""
    names: list[str] = []
    for text in texts:
        if len(text) > 80:
            continue
        for m in [*TRANSLATED_BY.finditer(text), NAMES_THEN_YI.match(text)]:
            names += [n for n in split_names(m["v"]) if looks_like_person(n)] if m else []
    return list(dict.fromkeys(names))
