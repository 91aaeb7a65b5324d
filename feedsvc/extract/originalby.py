"""The member a community site credits for an original post, on a line of its own after the
text: ``本文由Alpha原创发布`` (the copyright note of a security or product community), before
the note on reposting."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .nameshape import ORG_HINT
from .nameshape import looks_like_pen_name

#: 本文由 Alpha 原创发布, 本文由@蓝溪原创发布: the whole line, no platform after it (本文由 X 原创
#: 发布于Y is :mod:`.platformcredit`'s).
ORIGINAL_BY = re.compile(
    r"^\s*本文由\s*[@＠]?\s*(?P<n>[^\s@＠，,。：:]{2,20}?)\s*(?:原创|原創)(?:发布|發布)\s*$"
)
#: A member's handle: Alpha, sn_0w, lan.xi.
HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{1,19}")


def original_by(texts: Sequence[str]) -> list[str]:
    """The writers the original-post credits among *texts* name: a handle or a pen name, no
    organisation."""
    names: list[str] = []
    for text in texts:
        m = ORIGINAL_BY.match(text) if len(text) <= 40 else None
        name = m["n"] if m else ""
        if (
            name
            and not ORG_HINT.search(name)
            and (HANDLE.fullmatch(name) or looks_like_pen_name(name))
        ):
            names.append(name)
    return names
