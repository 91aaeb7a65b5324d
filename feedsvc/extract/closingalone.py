"""The outlet named in brackets on a line of its own closing the text (``（北医三院）`` after the
last paragraph or caption), as institutions' news sites credit the unit a story came from."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..outlets import is_known
from .closing import CREDIT_WORDS
from .closing import in_figure
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .text import Line

#: （南医附院）; （人民日报·海外版）, （《中国青年报》·冰点）: a paper with its edition or page.
BRACKET_LINE = re.compile(
    r"[（(]\s*(?P<o>《?[\u4e00-\u9fffA-Za-z0-9]{2,12}》?(?:[·・][\u4e00-\u9fff]{2,6})?)\s*[）)]"
)
#: A government document's disclosure note under its sign-off: （此件公开发布）, （此件主动公开）,
#: （本件依申请公开）; it says how the paper is released, it names no one.
DISCLOSURE_NOTE = re.compile(r"^(?:此件|本件|此文|本文件?)\S*公开")

#: （本文来自某某日报）, （摘自某某晚报）: the words before the paper's name, no part of it.
FROM_WORDS = re.compile(
    r"^(?:本文|文章|全文)?(?:来自|來自|来源于|來源於|摘自|选自|選自|转自|轉自|转载自|轉載自)"
)


def bracket_line(lines: Sequence[Line], anchor: int) -> list[tuple[float, str, int]]:
    """The last organisation named alone in brackets on a line after the headline's first
    paragraphs and before no further paragraph, scored as a closing bracket; with the index
    of its line."""
    found: list[tuple[float, str, int]] = []
    for i, line in enumerate(lines[anchor + 2 : anchor + 80], anchor + 2):
        m = BRACKET_LINE.fullmatch(line.text.strip())
        if m is None or line.in_comments or in_figure(line.element):
            continue
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        if len(after) >= 30 or re.search(r"綜合|综合|報道|报道", m["o"]):
            continue  # （疫情下的某某）over paragraphs: a heading; （綜合報道）: no outlet
        name = FROM_WORDS.sub("", re.sub("[《》]", "", m["o"]))
        if CREDIT_WORDS.search(name) or DISCLOSURE_NOTE.match(name) or not looks_like_outlet(name):
            continue
        if ORG_HINT.search(name) is not None or is_known(name):
            found = [(50.0, name, i)]
    return found
