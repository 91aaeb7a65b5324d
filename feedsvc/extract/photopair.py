"""A byline line that credits the photographer after the writer: ``报道：陈家豪　摄影：李志明``,
``文：张三 图：李四``, as Malaysian and Singapore papers and many portals open their text."""

from __future__ import annotations

import re

#: 摄影：李志明, 图：李四, 攝影／林俊耀: the photographer's credit closing a byline line.
PHOTO_AFTER = re.compile(
    r"[ \u3000]+(?:摄影|攝影|图片|圖片|图|圖|摄|攝)\s*[:：/／|｜丨]\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[、，, ][\u4e00-\u9fff·]{2,4}){0,3}\s*$"
)


def without_photo(text: str) -> str:
    """*text* without the photographer's credit that closes it, if any."""
    return PHOTO_AFTER.sub("", text)
