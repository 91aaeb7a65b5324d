"""The reporters of a story told in sections, each signed on a line of its own.

A paper's roundup from several countries or cities gives every section its subheads and then
its reporter's byline, centred above the section's text (本报驻美国记者 甲, … 本报驻韩国记者
乙): all of them wrote the story, in the order the page signs them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block
from .nameshape import looks_like_person
from .nameshape import split_names

#: 本报驻美国记者 廖某, 本报驻德国特约记者 甲 乙, 本報駐東京記者 丙: a byline alone on its line.
SECTION_BYLINE = re.compile(
    r"(?:本报|本報)(?:驻|駐)[\u4e00-\u9fff]{1,8}?(?:特约|特約|特派)?(?:记者|記者)"
    r"[\s\u3000]*(?P<n>[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3})"
)


def section_reporters(blocks: Sequence[Block]) -> list[str]:
    """The reporters signing two or more sections of the text, in page order; else none."""
    lines = [m for b in blocks if len(b.text) <= 30 and (m := SECTION_BYLINE.fullmatch(b.text))]
    if len(lines) < 2:
        return []
    names = [n for m in lines for n in split_names(m["n"]) if looks_like_person(n)]
    return list(dict.fromkeys(names))
