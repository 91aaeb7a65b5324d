"""A translated writer's name alone on a line at the head of the text.

Chinese editions of foreign outlets (church and UN news sites, translated features) set the
writer of a piece as a bare line over its first paragraph: the transliterated name, its parts
joined by a middle dot (乔恩·邓巴, 古德伦・塞勒), often with the original name in brackets after
it (古德伦・塞勒（Gudrun Sailer）). No label, no time: the middle dot and the line standing alone
are what mark it as a byline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .nameshape import looks_like_person

#: 乔恩·邓巴, 古德伦・塞勒（Gudrun Sailer）, 菲莉芭・H・史都华: Han parts joined by a middle dot
#: (one Latin initial may stand between them), then the original name in brackets, if any.
DOTTED_NAME = re.compile(
    r"^(?P<n>[\u4e00-\u9fff]{1,8}(?:[·•‧・][A-Z])?[·•‧・][\u4e00-\u9fff]{1,10})"
    r"\s*(?:[（(][A-Za-z][A-Za-z .'’-]{1,40}[）)])?$"
)


def dotted_byline(texts: Sequence[str]) -> list[str]:
    """The writer whose transliterated name stands alone on one of *texts* (the first lines
    under the headline), or nothing."""
    for text in texts:
        m = DOTTED_NAME.match(text.strip())
        if m and looks_like_person(m["n"]):
            return [m["n"]]
    return []
