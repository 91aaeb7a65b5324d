"""The writers a reprinted post's first line names: the header an account's post opens with.

A post copied from a writing account onto a portal keeps the account's header as its first
paragraph: ``原创 吴某 王某 某某必读`` (the writers, then the account), at times after the post's
own headline (``某某这才是最大闹剧 原创 鱼叔 某某电影``); a news site's column opens with its
credit set off by spaces, not a slash: ``► 文 观察者网 陶梦`` (文, the site, the writer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bylineforms import original_header_writer
from .lexicon import ORIGINAL_HEADER
from .nameshape import ORG_HINT
from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person

_NAME = r"[\u4e00-\u9fff·]{2,5}"
_GAP = r"[ \u3000\u00a0]+"

#: ► 文 观察者网 陶梦: 文, a site or a paper (…网, …报, …社), the writer; a line of its own.
WEN_OUTLET_NAME = re.compile(
    rf"^\s*[►▶■□●◆]?\s*文{_GAP}(?P<o>[\u4e00-\u9fff]{{1,8}}(?:网|網|报|報|社)){_GAP}"
    rf"(?P<n>{_NAME}(?:[、，,]{_NAME}){{0,3}})\s*$"
)


def _people(run: str) -> list[str]:
    names = [n for n in re.split(r"[、，,\s\u3000\u00a0]+", run) if n]
    if any(ORG_HINT.search(n) for n in names):
        return []
    if len(names) == 1:
        return names if looks_like_person(names[0]) or looks_like_pen_name(names[0]) else []
    return names if all(looks_like_person(n) for n in names) else []


def header_writers(texts: Sequence[str]) -> list[str]:
    """The writers an account's header (原创 …) or a spaced site credit (文 某网 某人) names."""
    found = original_header_writer(texts)
    if found:
        return found
    for text in texts:
        if len(text) > 80:
            continue
        m = ORIGINAL_HEADER.match(text) or WEN_OUTLET_NAME.match(text)
        if m and m["n"] != m["o"]:
            found += _people(m["n"])
    return list(dict.fromkeys(found))
