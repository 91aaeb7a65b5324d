"""A 来源 field naming the paper and then its reporters: 来源：《扬子晚报》、张三 李四,
来源：环球网/赵建东; a Latin brand and its writer: 来源：36Kr,雨柔."""

from __future__ import annotations

import re

from ..outlets import is_known
from .nameshape import ORG_HINT
from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person

#: 扬子晚报、张三 (the 《》 already taken off), 环球网/赵建东: the outlet, then the first of its
#: writers.
OUTLET_THEN_WRITER = re.compile(
    r"(?P<o>[^、，,/／\s]{2,16})\s*[、，,/／]\s*(?P<w>[\u4e00-\u9fff·]{2,4})"
)


def without_writers(value: str) -> str:
    """The outlet of a 来源 value that names its writers after it, or the value unchanged when
    the part after the 、 is another outlet (甲体育、乙体育)."""
    m = OUTLET_THEN_WRITER.fullmatch(value.strip())
    if m is None:
        return value
    writer = m["w"]
    latin = LATIN_OUTLET.fullmatch(m["o"]) is not None and looks_like_pen_name(writer)
    if not (looks_like_person(writer) or latin) or ORG_HINT.search(writer) or is_known(writer):
        return value
    return m["o"]


#: 36Kr, cnBeta: a Latin brand, after which a Han name can only be its writer's.
LATIN_OUTLET = re.compile(r"(?=[0-9.]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.]{1,15}")

#: 来源：36Kr,雨柔: a Latin brand, then its writer's name, pen names too.
LATIN_THEN_WRITER = re.compile(
    rf"(?:来源|來源)\s*[:：]\s*{LATIN_OUTLET.pattern}\s*[、，,]\s*(?P<n>[\u4e00-\u9fff]{{2,4}})(?=\s|$)"
)


#: 来源：《扬子晚报》、费某 宋某: the writers after the paper in title marks, in the 来源 field;
#: 来源：环球网/赵建东: after a known paper or portal and a slash.
SOURCE_PAPER_WRITERS = re.compile(
    r"(?:来源|來源)\s*[:：]\s*(?:《[^《》]{2,16}》\s*[、，,]|(?P<o>[^/／\s:：]{2,16})\s*[/／])\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:(?:\s*[、，,]\s*|[ \u3000]+)[\u4e00-\u9fff·]{2,4}){0,5})\s*$"
)


def source_writers(text: str) -> list[str]:
    """The writers a 来源 field names after the paper, when every one reads as a person."""
    m = SOURCE_PAPER_WRITERS.search(text)
    m = None if m and m["o"] and not (is_known(m["o"]) or ORG_HINT.search(m["o"])) else m
    found = re.split(r"\s*[、，,]\s*|[ \u3000]+", m["n"]) if m else []
    ok = all(looks_like_person(n) and not ORG_HINT.search(n) for n in found)
    latin = LATIN_THEN_WRITER.search(text) if not found else None
    if latin and looks_like_pen_name(latin["n"]) and not is_known(latin["n"]):
        return [latin["n"]]
    return found if found and ok else []
