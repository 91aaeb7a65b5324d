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


#: 来源：电影《某某》, 图源：电视剧《某某》: a film's or a series' still under a picture, the
#: work named in its title marks.
WORK_STILL = re.compile(
    r"\s*(?:电影|電影|影片|电视剧|電視劇|剧集|劇集|纪录片|紀錄片|动画|動畫|动画片|動畫片|综艺|綜藝|"
    r"短片|网剧|網劇|MV)\s*《"
)


def photo_credit(label: re.Match[str]) -> bool:
    """Whether the 来源 *label* credits a picture: a caption word before it (资料图 来源：…),
    a picture agency as its value (来源：视觉中国) or a film's still (来源：电影《某某》)."""
    before, rest = label.string[: label.start()], label.string[label.end() :]
    if PICTURE_WORD.search(before) is not None:
        return True
    return PICTURE_AGENCY.match(rest) is not None or WORK_STILL.match(rest) is not None
