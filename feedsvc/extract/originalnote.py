"""A note opening a post that it first appeared elsewhere, as translated and moved posts carry
it: 原文：Phasing out old mirrors (a link to the English original), This was originally posted
on blogger here. A note about the text, not its first paragraph."""

from __future__ import annotations

import re

#: 原文： Some English Title, 英文原文：https://…, 原文連結： …: the original's title or address
#: in Latin letters after the label (a Chinese value may be a quoted classic's text: 原文：子曰…).
ORIGINAL_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(?:英文)?原文(?:標題|标题|連結|链接|網址|网址|地址|出處|出处)?\s*[:：]\s*"
    r"(?P<v>[A-Za-z0-9\"“‘'(\[][^\u4e00-\u9fff。！？]{1,120}?)\s*[\]】)）]?\s*$"
)

#: This was originally posted on blogger here., Originally published at example.org: the
#: post's first home, named in English.
FIRST_POSTED = re.compile(
    r"^\s*(?:(?:This|The) (?:post |article |story |entry )?(?:was|is) |It was )?"
    r"(?:originally|first) (?:posted|published|appeared|written)\b[^。！？\u4e00-\u9fff]{0,150}$",
    re.I,
)


def original_note(text: str) -> bool:
    """Whether *text* is only a note naming where the post first appeared."""
    return ORIGINAL_LABEL.match(text) is not None or FIRST_POSTED.match(text) is not None
