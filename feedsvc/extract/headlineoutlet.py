"""The outlet a press-coverage headline opens with: 《江南晚报》：标题, 【人民日报】标题,
[人民网]标题, 河南日报：标题."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..outlets import is_known
from .nameshape import looks_like_outlet
from .text import Line

#: 《某某晚报》：标题 (the colon is needed: 《某剧》热播 names a work), 【某某日报】标题;
#: 某某日报：标题 bare, for a paper's name or an outlet the table knows only (a speaker's name
#: opens a quote's headline so).
HEADLINE_OUTLET = re.compile(
    r"^\s*(?:《(?P<q>[^《》【】]{2,12})》\s*[:：]|[【\[](?P<b>[^《》【】\[\]]{2,12})[】\]]\s*[:：]?"
    r"|(?P<k>[\u4e00-\u9fff]{2,10})\s*[:：])\s*\S"
)

#: 某某日报, 某某晚报, 某某新闻网: a paper's name, bare before the colon (not 喜报：, a label).
BARE_PAPER_END = re.compile(
    r"(?:日报|日報|晚报|晚報|早报|早報|商报|商報|时报|時報|新闻网|新聞網|通讯社|通訊社|电视台|電視台)$"
)

#: 晚报, 日報, 新闻网, 电视台, 通讯社, 周刊: how a paper's, a site's or a broadcaster's name ends
#: (【精准脱贫在三湘】, a column's name, does not).
MEDIA_END = re.compile(r"(?:报|報|网|網|台|社|刊|杂志|雜誌|新闻|新聞|电视|電視|频道|頻道)$")

#: In 【】, where a column's name is the rule (【县域新闻】, 【图片新闻】): a paper, a site or a
#: news agency only.
BRACKET_MEDIA_END = re.compile(r"(?:报|報|网|網|通讯社|通訊社|新闻社|新聞社|电视台|電視台)$")


def headline_outlet(lines: Sequence[Line], anchor: int) -> list[tuple[float, str, int]]:
    """The outlet a headline names before its own words, as an institution's 媒体报道 page
    reposts a paper's story; scored as a closing 来源 line, below any labelled 来源."""
    if not 0 <= anchor < len(lines) or lines[anchor].in_comments:
        return []
    m = HEADLINE_OUTLET.match(lines[anchor].text)
    if m and m["k"]:
        paper = len(m["k"]) >= 4 and BARE_PAPER_END.search(m["k"]) is not None
        return [(60.0, m["k"], anchor)] if is_known(m["k"]) or paper else []
    name = (m["q"] or m["b"]).strip() if m else ""
    ends = BRACKET_MEDIA_END if m and m["b"] else MEDIA_END
    if m and m["b"] and len(name) < 3:
        return []  # 【喜报】, 【捷报】, 【通报】: an institution's label for its own news, no paper
    if name and (ends.search(name) or is_known(name)) and looks_like_outlet(name):
        return [(60.0, name, anchor)]
    return []
