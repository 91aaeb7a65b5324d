"""Notes a portal sets alone over a story's text, neither of them its start: the copyright note
that the piece is the site's own (本文系本网原创，转载请注明出处) and the source tag in brackets
naming the outlet it comes from (（央视新闻客户端）), which names the story's outlet when nothing
else on the page does."""

from __future__ import annotations

import re

from .nameshape import looks_like_outlet

#: 本文系本网原创，转载请注明出处, 本文为某某网原创，未经授权不得转载, （本文系某某独家稿件，
#: 如需转载请联系授权）: the site's note that the piece is its own, with the terms of a reprint.
COPYRIGHT_NOTE = re.compile(
    r"^[(（【\[]?\s*(?:本文|此文|本稿|本篇|该文|該文)?\s*(?:系|为|為|是|属|屬)?\s*"
    r"[^，,。；;！？\s]{0,16}?(?:原创|原創|独家|獨家)(?:稿件|文章|作品|内容|內容|稿)?\s*"
    r"[，,。；;、\s]\s*(?:转载|轉載|未经|未經|如需|如要|請勿|请勿|禁止|严禁|嚴禁|欢迎|歡迎)"
    r"[^。！？]{0,30}?(?:转载|轉載|出处|出處|来源|來源|授权|授權|联系|聯繫)[^。！？]{0,12}?"
    r"[。！!]?\s*[)）】\]]?$"
)

#: （央视新闻客户端）, （江城日报）, (某某网): an outlet's name alone in brackets, a line over the
#: text telling where the portal took the story from.
SOURCE_TAG = re.compile(
    r"^[（(]\s*(?P<o>[\u4e00-\u9fff]{1,12}?(?:客户端|客戶端|新闻|新聞|日报|日報|晚报|晚報|早报|早報"
    r"|都市报|都市報|时报|時報|商报|商報|[报報网網]|电视台|電視台|广播电视台|廣播電視台|通讯社|通訊社))"
    r"\s*[）)]$"
)


def copyright_note(text: str) -> bool:
    """Whether *text* is only the site's note that the piece is its own and how to reprint it."""
    return len(text) <= 60 and COPYRIGHT_NOTE.match(text.strip()) is not None


def source_tag(text: str) -> str | None:
    """The outlet a source tag alone on its line names (（央视新闻客户端）), if it is one."""
    m = SOURCE_TAG.match(text.strip())
    name = m["o"] if m else ""
    if not name or re.match(r"[本我][报報台网網刊]", name) or not looks_like_outlet(name):
        return None
    return name
