"""A note a portal sets alone over a story's text, not its start: the copyright note that the
piece is the site's own (本文系本网原创，转载请注明出处)."""

from __future__ import annotations

import re

#: 本文系本网原创，转载请注明出处, 本文为某某网原创，未经授权不得转载, （本文系某某独家稿件，
#: 如需转载请联系授权）: the site's note that the piece is its own, with the terms of a reprint.
COPYRIGHT_NOTE = re.compile(
    r"^[(（【\[]?\s*(?:本文|此文|本稿|本篇|该文|該文)?\s*(?:系|为|為|是|属|屬)?\s*"
    r"[^，,。；;！？\s]{0,16}?(?:原创|原創|独家|獨家)(?:稿件|文章|作品|内容|內容|稿)?\s*"
    r"[，,。；;、\s]\s*(?:转载|轉載|未经|未經|如需|如要|請勿|请勿|禁止|严禁|嚴禁|欢迎|歡迎)"
    r"[^。！？]{0,30}?(?:转载|轉載|出处|出處|来源|來源|授权|授權|联系|聯繫)[^。！？]{0,12}?"
    r"[。！!]?\s*[)）】\]]?$"
)


def copyright_note(text: str) -> bool:
    """Whether *text* is only the site's note that the piece is its own and how to reprint it."""
    return len(text) <= 60 and COPYRIGHT_NOTE.match(text.strip()) is not None
