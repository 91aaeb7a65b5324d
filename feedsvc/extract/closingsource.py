"""A regional portal's story carried from its paper: the info line under the headline names
the portal itself (来源：某某网), and a credit line of its own after the last paragraph names
the paper the story comes from (来源：某某晚报). That closing line names the outlet. So does
the source tag a portal or a company's news page closes a paragraph with
(``…。（方海） (本文来源：金羊网-新快报 )``, ``…超过5%。（来源：新浪美股）``), when the info line
names only the portal (来源：网易) or the site, or names no source at all."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..outlets import is_known
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .owncredit import own_name
from .text import Line

#: 来源：某某晚报 as a whole line: a credit line of its own, not a sentence.
CREDIT_LINE = re.compile(r"^\s*(?:来源|來源)\s*[:：]\s*(?P<o>[^\s:：，。]{2,16})\s*$")


#: (本文来源：金羊网-新快报 ), （来源：新浪美股）: a source tag closing a paragraph.
SOURCE_TAG = re.compile(r"[（(]\s*(?:本文)?来源\s*[:：]\s*(?P<o>[^（）()：:]{2,20}?)\s*[）)]\s*$")

#: The portals whose own name an info line gives for a story they carry from an outlet.
PORTALS = frozenset(
    {"网易", "网易新闻", "新浪", "新浪网", "新浪新闻", "腾讯", "腾讯网", "腾讯新闻"}
    | {"搜狐", "搜狐网", "搜狐新闻", "凤凰网", "凤凰新闻"}
)


def closing_paper(
    found: Sequence[tuple[float, str, int, str]],
    lines: Sequence[Line],
    title_at: int | None,
    site: str | None,
) -> str | None:
    """The outlet of a closing 来源 line of its own after the text, when the best candidate
    is only the site's own name, or there is none."""
    if found and not (own_name(found[0][1], site) or found[0][1] in PORTALS):
        return None
    anchor = title_at if title_at is not None else 0
    tagged = _source_tag(lines, anchor, site)
    if tagged:
        return tagged
    for _, name, at, rule in found[1:]:
        if rule != "来源 label" or at - anchor <= 6 or lines[at].in_comments:
            continue
        m = CREDIT_LINE.match(lines[at].text)
        if (
            m
            and m["o"] == name
            and not own_name(name, site)
            and looks_like_outlet(name)
            and (ORG_HINT.search(name) is not None or is_known(name))
        ):
            return name
    return None


def _source_tag(lines: Sequence[Line], anchor: int, site: str | None) -> str | None:
    """The outlet a portal's source tag names at the end of a paragraph after the headline."""
    for line in lines[anchor + 1 :]:
        m = SOURCE_TAG.search(line.text) if not line.in_comments else None
        name = m["o"] if m else ""
        if name and not own_name(name, site) and name not in PORTALS and looks_like_outlet(name):
            return name
        m = AUTHOR_OUTLET_TAG.match(line.text) if not line.in_comments else None
        if m and is_known(m["o"]) and not own_name(m["o"], site):
            return m["o"]  # （作者：央广网）: a repost crediting the outlet as its author
    return None


#: （作者：央广网）, （作者：中国青年网 邓某某）: a closing credit naming an outlet the table
#: knows as the writer, or before the writer.
AUTHOR_OUTLET_TAG = re.compile(
    r"^\s*[（(]\s*作者\s*[:：]\s*(?P<o>[^（）()：:\s]{2,12})(?:\s+[\u4e00-\u9fff·]{2,4})?\s*[）)]\s*$"
)
