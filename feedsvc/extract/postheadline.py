"""The headline element of a writing account's post (公众号): ``<h2 id="activity-name">``.

A post on a writing platform shows its headline in the platform's own headline element
(``<h2 class="rich_media_title" id="activity-name">``). A saved copy's <title> often holds only
the account's name (the platform's script sets the headline later), and the post may open with
a line that begins with that name (``某某文摘出品``): the headline element still shows the post's
own headline.
"""

from __future__ import annotations

from bs4 import Tag


def account_headline(tag: Tag | None) -> bool:
    """Whether *tag* is a 公众号 post's headline element (#activity-name, .rich_media_title)."""
    if tag is None:
        return False
    classes = tag.get_attribute_list("class")
    return tag.get("id") == "activity-name" or "rich_media_title" in classes
