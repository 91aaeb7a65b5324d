"""A photo credit led by its role under the text: 摄影/本报记者 杨小嘉, 图：记者 王某. The
reporter named there took the pictures; the line names no writer unless it credits one too
(摄影/李四 文/张三)."""

from __future__ import annotations

import re

#: 摄影/, 攝影：, 图/, 圖｜: the photographer's role opening the line, with its separator.
PHOTO_LED = re.compile(r"^[（(]?\s*(?:摄影|攝影|图片|圖片|图|圖)\s*[/／:：|｜丨]")
#: 文/, 撰文：, 作者｜, ｜撰稿：: a writer's role in the same line, after a space or a bar.
WRITER_ROLE = re.compile(r"(?:^|[\s\u3000|｜丨])(?:文|撰文|撰稿|文字|作者)\s*[/／:：|｜丨]")


def photo_led(text: str) -> bool:
    """Whether a short line is a photo credit led by its role, with no writer's role in it."""
    return PHOTO_LED.match(text) is not None and WRITER_ROLE.search(text) is None
