"""A picture's 来源 line: the credit of a photo, never the story's outlet."""

from __future__ import annotations

import re

#: 资料图 来源：东方IC, 配图 来源：…, 图 来源：…: a caption word before the label, a space between
#: (图片来源： glued is no 来源 label at all).
PICTURE_WORD = re.compile(
    r"(?:资料图|資料圖|配图|配圖|图|圖|照片|图片|圖片|视频|視頻)\s*[|｜丨:：]?\s*$"
)

#: The picture agencies: a 来源 naming one credits a photo (来源：视觉中国, 来源：东方IC).
PICTURE_AGENCY = re.compile(
    r"\s*(?:视觉中国|視覺中國|东方IC|東方IC|IC\s*photo|图虫创意|圖蟲創意|全景视觉|站酷海洛|"
    r"Getty\s*Images|壹图网|千图网|摄图网|包图网|CFP)(?![A-Za-z0-9\u4e00-\u9fff])",
    re.I,
)


def photo_credit(label: re.Match[str]) -> bool:
    """Whether the 来源 *label* credits a picture: a caption word before it (资料图 来源：…)
    or a picture agency as its value (来源：视觉中国)."""
    before, rest = label.string[: label.start()], label.string[label.end() :]
    return PICTURE_WORD.search(before) is not None or PICTURE_AGENCY.match(rest) is not None
