"""A heading in an app's download banner over a mobile page's headline.

Share pages of news apps open with a bar that names the app and offers to open or install it:
``<div class="openapp-header"><h1>某某新闻APP 专注时政</h1><a>打开</a></div>``. The bar's
heading reads as the app's slogan, never the story's headline.
"""

from __future__ import annotations

import re

from bs4 import Tag

from .text import squash

#: The app a slogan names: 某某新闻APP, 某某客户端.
APP_NAME = re.compile(r"APP|App|客户端|客戶端")
#: The bar's button: 打开, 立即打开, 下载, 打开APP.
APP_BUTTON = re.compile(r"打开|打開|下载|下載")
#: A bar holds the slogan and a button, no more text than this.
BAR_TEXT = 60


def in_app_banner(tag: Tag, text: str) -> bool:
    """Whether the heading *tag* reading *text* is an app's slogan in its download bar: it
    names the app, and its short parent holds an open or download button beside it."""
    parent = tag.parent
    if not APP_NAME.search(text) or not isinstance(parent, Tag):
        return False
    shown = squash(parent.get_text(" "))
    if len(shown) > BAR_TEXT:
        return False
    return APP_BUTTON.search(shown.replace(squash(tag.get_text(" ")), "", 1)) is not None
