"""The writers a line of its own names before 報導 (法律白話文運動｜白廷奕、楊貴智報導): a
Taiwanese or Hong Kong site's credit, the outlet before a bar, then its reporters."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .nameshape import looks_like_person
from .nameshape import split_names
from .originalby import original_by
from .wechathead import header_writers

#: [outlet｜]甲、乙報導: the names, then 報導, the whole line (an outlet before a bar at most).
NAMES_REPORTED = re.compile(
    r"^\s*(?:[^\s｜|]{2,16}\s*[｜|]\s*)?"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3})"
    r"\s*(?:報導|报道|報道)\s*$"
)


def reported_line_writers(texts: Sequence[str]) -> list[str]:
    """The reporters a short line names before 報導, every name a person's."""
    names: list[str] = []
    for text in texts:
        m = NAMES_REPORTED.match(text) if len(text) <= 40 else None
        people = split_names(m["n"]) if m else []
        names += people if people and all(looks_like_person(n) for n in people) else []
    return names


def window_writers(texts: Sequence[str]) -> list[str]:
    """The writers of the lines around the text no labelled byline names: an account's header
    (原创 …), a spaced site credit (文 某网 某人), a line of names before 報導, a community's
    credit for an original post (本文由X原创发布)."""
    return header_writers(texts) + reported_line_writers(texts) + original_by(texts)
