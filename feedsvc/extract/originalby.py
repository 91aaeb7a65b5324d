"""The member a community site credits for an original post, on a line of its own after the
text: ``本文由Alpha原创发布`` (the copyright note of a security or product community), before
the note on reposting."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .nameshape import ORG_HINT
from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person

#: 本文由 Alpha 原创发布, 本文由@蓝溪原创发布: the whole line, no platform after it (本文由 X 原创
#: 发布于Y is :mod:`.platformcredit`'s).
ORIGINAL_BY = re.compile(
    r"^\s*本文由\s*[@＠]?\s*(?P<n>[^\s@＠，,。：:]{2,20}?)\s*(?:原创|原創)(?:发布|發布)\s*$"
)
#: 本文由作者 John Mark Walker 发表在 Opensource.com 上：…, 本文作者李四，首发于…: a translated or
#: reposted post's note naming the writer of the original, then where it was first published.
FIRST_PUBLISHED_BY = re.compile(
    r"^\s*本文(?:由|的)?(?:原)?作者\s*"
    r"(?P<n>[A-Z][A-Za-z.\'-]+(?: [A-Z][A-Za-z.\'-]+){1,3}|[^\s，,。：:]{2,12}?)"
    r"\s*[，,]?\s*(?:发表|發表|首发|首發|刊登|发布|發布)(?:在|于|於)"
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
    return names + first_published_by(texts)


def first_published_by(texts: Sequence[str]) -> list[str]:
    """The writer of the original a note on where the post was first published names: a
    person's name in Latin script (John Mark Walker) or Chinese; no organisation."""
    for text in texts:
        m = FIRST_PUBLISHED_BY.match(text) if len(text) <= 300 else None
        name = m["n"].strip() if m else ""
        latin = re.fullmatch(r"[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,3}", name) is not None
        if name and not ORG_HINT.search(name) and (latin or looks_like_person(name)):
            return [name]
    return []
