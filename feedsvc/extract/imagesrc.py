"""A picture's address in the body: lazy-loading attributes, icons and tiny images left out."""

from __future__ import annotations

import re

from bs4 import Tag

from .addresses import join_url
from .addresses import web_address

ICON_SRC = re.compile(
    r"logo|icon|share|qrcode|erweima|ewm|weixin|wx_|spacer|blank|loading|arrow|btn|button|"
    r"pixel|1x1|clear\.gif|dot\.gif|print|close|\bbg\b|code\.(?:png|jpg)",
    re.I,
)

LAZY_SRC = (
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-echo",
    "data-url",
    "original",
    "_src",
    "src",
)


def image_src(img: Tag, base: str | None) -> str | None:
    """The web address of *img*'s picture, from its lazy-loading attributes; none for an icon."""
    for attr in LAZY_SRC:
        value = img.get(attr)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        # the file's name, without the query: WeChat's wx_fmt=png is no icon
        name = value.split("?", 1)[0].rsplit("/", 1)[-1]
        if value.startswith("data:") or ICON_SRC.search(name):
            return None
        absolute = (join_url(base, value) if base else value) or ""
        if absolute.startswith("//"):
            absolute = "https:" + absolute
        return web_address(absolute)
    return None


def tiny(img: Tag) -> bool:
    """Whether *img* is set under 60 pixels wide or high: an icon, no photo."""
    for attr in ("width", "height"):
        value = str(img.get(attr) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < 60:
            return True
    return False
