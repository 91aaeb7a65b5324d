"""A byline line of 文 and a colon: 文：某某（某某大学副教授）, as Taiwanese and Hong Kong
sites open a contributed piece, the writer's post in brackets after the name; or of the name
before 文: 某某/文, 亚当·史密斯（Adam Smith）/文 《某刊》副编辑, as magazines and their
reprints open a piece, the writer's post after it."""

from __future__ import annotations

import re

from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person

#: 文：楊某某, 文：某某（某某研究所副教授）: the whole line, the writer's post in brackets.
COLON_WEN = re.compile(
    r"^\s*文\s*[:：]\s*(?P<n>[\u4e00-\u9fff·]{2,8})\s*(?:[（(][^（）()]{2,40}[）)])?\s*$"
)

#: 某某/文, 某·某（Latin Name）/文 《某刊》副编辑: the name, its original in brackets, the slash
#: and 文, then the writer's post (no sentence of the text).
NAME_SLASH_WEN = re.compile(
    r"^\s*(?P<n>[\u4e00-\u9fff·]{2,8})\s*(?:[（(][A-Za-z][A-Za-z .'’-]*[）)])?\s*[/／]\s*文"
    r"(?:\s+[^\s，。！？,!?][^，。！？,!?]{1,30})?\s*$"
)


def colon_wen_writer(text: str) -> list[str]:
    """The writer a 文： or a …/文 byline line names, or nothing."""
    m = (COLON_WEN.match(text) or NAME_SLASH_WEN.match(text)) if len(text) <= 60 else None
    if m is None:
        return []
    # 群狼合作/文 alone on its line: a pen name, whatever its first character
    alone = re.fullmatch(r"\s*[\u4e00-\u9fff]{2,6}\s*[/／]\s*文\s*", text) is not None
    return [m["n"]] if looks_like_person(m["n"]) or (alone and looks_like_pen_name(m["n"])) else []


def colon_wen_writers(texts: list[str]) -> list[str]:
    """The writers the 文： byline lines among *texts* name."""
    return [n for t in texts for n in colon_wen_writer(t)]
