"""The chosen outlet's name, without what a page sets around it: the separator before the
time (``By 某某网· 2019年…``), and a view count in the next span
(``来源: 某某网`` ``2715``), and the address after a bar (``某某中心|www.example.cn``)."""

from __future__ import annotations

import re

from ..models import Source
from ..outlets import known_outlet

#: 某某网· / 某某网 |: a separator left at the end, before the time or the next field
TRAILING_MARK = re.compile(r"[\s·•|｜/／_\-－—–]+$")

#: 某某中心|www.example.cn: the site's address a meta sets after the name
TRAILING_HOST = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[|｜]\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$", re.I
)

#: 某某网 2715: a count (views) that the next inline element sets after the name
TRAILING_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])\s+\d{1,9}$")

#: [某某学院: a bracket opening the name that nothing in it closes, left from the page's markup
OPEN_BRACKET = re.compile(r"^[\[［【〔(（]\s*")
CLOSE_BRACKET = re.compile(r"[\]］】〕)）]")


def tidy_outlet(source: Source | None) -> Source | None:
    """*source* with its name cleaned; the same Source when there is nothing to clean."""
    if source is None:
        return None
    name = TRAILING_COUNT.sub("", TRAILING_MARK.sub("", TRAILING_HOST.sub("", source.name)))
    name = OPEN_BRACKET.sub("", name) if not CLOSE_BRACKET.search(name) else name
    if not name or name == source.name:
        return source
    return known_outlet(name)
