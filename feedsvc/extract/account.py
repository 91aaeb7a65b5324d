"""The posting account of a self-media page (大风号, 网易号, 头条号, 快资讯 …) beside the headline.

A platform shows the account that posted the story under the headline, as a link to the
account's home page (``/mediaShare/home/2583/media``, ``/dy/media/T14…``, ``/c/user/…``,
``/zmt?id=…``) or with a follow button (关注, 订阅) beside it. That account is the outlet, the
platform only the site, whether the account reads like an organisation (政能亮) or a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from bs4 import Tag

from .authormarkup import AUTHOR_HANDLE
from .authormarkup import NAME_CLASS
from .authormarkup import author_box_of
from .nameshape import FOLLOW_CALL
from .nameshape import UI_WORDS
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .text import attr_words
from .text import find_ancestor
from .text import find_tags
from .text import short_text
from .text import squash
from .text import tags_after

#: The home page of an account on a self-media platform.
ACCOUNT_HREF = re.compile(
    r"mediashare|/dy/media/|/media(?:/\d+)?/?(?:$|[?#])|[/?]zmt\b|/c/user/|author\.baidu\.com/home|"
    r"baijiahao\.baidu\.com/u\b|mp\.sohu\.com/profile|/omn/author/|/user_(?:interaction_)?\d+(?:$|[?#])|weibo\.com/u/\d|"
    r"douban\.com/people/|/mediaDocList\b|(?:^|\.com|\.cn)/u/\d{6,}/?(?:$|[?#])|"
    # a review or community platform's member space by its numeric id (/space/index/6635933647/)
    r"/space/(?:index/)?\d{6,}/?(?:$|[?#])",
    re.I,
)

#: A follow button: its text (关注, ＋订阅) or its class (follow, attention, subscribe).
FOLLOW_TEXT = re.compile(r"[+＋]?\s*(?:已)?(?:关注|關注|订阅|訂閱)")
FOLLOW_CLASS = re.compile(r"follow|attention|guanzhu|subscribe|dingyue", re.I)


#: A date, a time of day or a count: never an account's name.
NOT_NAME = re.compile(r"\d{4}|\d{1,2}:\d{2}|^\d+$|[:：|｜丨/]|来自|來自|IP属地")

#: 3.2万订阅, 1,024 粉丝, 12万播放: the account's count shown between its name and the button.
COUNT = re.compile(
    r"\d[\d.,]*\s*[万萬千亿億wWkK]?\s*(?:人)?(?:粉丝|粉絲|订阅|訂閱|关注|關注|播放|获赞|獲讚|作品|视频|影片)?"
)
ACCOUNT_MARK = re.compile(r"\s*(?:企鹅号|头条号|百家号|网易号|搜狐号|澎湃号|大风号|一点号)$")

#: How far after the headline the account may stand, in elements.
REACH = 80


def _usable(name: str) -> bool:
    return (
        2 <= len(name) <= 16
        and not NOT_NAME.search(name)
        and not UI_WORDS.match(name)
        and (looks_like_outlet(name) or looks_like_person(name))
    )


def _is_follow(tag: Tag) -> bool:
    """A follow button: 关注 or ＋订阅, or a follow-classed element with an icon or a few words."""
    text = short_text(tag, 12)  # a longer text is neither a follow word nor a button's
    if text is None:
        return False
    if FOLLOW_TEXT.fullmatch(text):
        return True
    return FOLLOW_CLASS.search(attr_words(tag)) is not None


def _named_follow(link: Tag) -> bool:
    """A link classed both as the follow target and as a name (``follow-nickName``): the
    account's name itself, linked to its home page, not a button."""
    words = attr_words(link)
    return FOLLOW_CLASS.search(words) is not None and NAME_CLASS.search(words) is not None


def _among_follows(button: Tag) -> bool:
    """A follow button among others in one block (影音訂閱： A ＋訂閱 B ＋訂閱): a widget to
    subscribe to the site's channels, not the account that posted the page."""
    for block in (button.parent, button.parent.parent if button.parent else None):
        if isinstance(block, Tag) and block.name not in ("body", "html"):
            buttons = [t for t in find_tags(block, (button.name,), limit=200) if _is_follow(t)]
            if len(buttons) > 1:
                return True
    return False


def _follow_call(button: Tag) -> bool:
    """Whether a follow word is part of a call in the text (点击上方蓝字关注X)."""
    block = find_ancestor(button, "p", "section", "div")
    text = squash(block.get_text("")) if block is not None else ""
    return len(text) <= 60 and FOLLOW_CALL.search(text.replace(" ", "")) is not None


def _is_action(tag: Tag) -> bool:
    """Another button of the same bar (好文要顶 关注我 收藏该文, each a ``javascript:`` link
    or a <button>): an action, never the account's name."""
    href = str(tag.get("href") or "")
    return tag.name == "button" or href.lower().startswith("javascript")


def _before_follow(button: Tag) -> str | None:
    """The name shown just before a follow button: its previous sibling, or its parent's."""
    for tag in (button, button.parent):
        if not isinstance(tag, Tag):
            continue
        sibling = tag.find_previous_sibling(True)
        while isinstance(sibling, Tag) and COUNT.fullmatch(squash(sibling.get_text(""))):
            sibling = sibling.find_previous_sibling(True)  # the account's count: its name before
        if isinstance(sibling, Tag) and _is_action(sibling):
            return None  # a bar of the article's buttons, the account named elsewhere
        if isinstance(sibling, Tag):
            name = _name_in(sibling) or squash(sibling.get_text(" "))
            if name:
                return name
    return None


def _name_in(block: Tag) -> str | None:
    """The name in an author block that also shows a badge or a bio (陈一帆 交通工程师): its
    name-classed child, else its first link with text."""
    for tag in find_tags(block, None, limit=30):
        if NAME_CLASS.search(attr_words(tag)) and squash(tag.get_text(" ")):
            return squash(tag.get_text(" "))
    for link in find_tags(block, ("a",), limit=5):
        if squash(link.get_text(" ")):
            return squash(link.get_text(" "))
    return None


def account_name(title_el: Tag | None, links: Sequence[Tag] = ()) -> str | None:
    """The account that posted the page, named right after the headline (see the module);
    *links* are the page's <a> tags."""
    if title_el is None:
        return None
    for tag in islice(tags_after(title_el), REACH):
        if not isinstance(tag, Tag) or find_ancestor(tag, "li", "dd", "dt") is not None:
            continue
        name: str | None = None
        if tag.name == "a" and _writer_profile(tag):
            return None  # a blog credits its writer there: no account posted the page
        if tag.name == "a" and ACCOUNT_HREF.search(str(tag.get("href") or "")):
            # 某某网 广州某某公司: the name-classed part, when the link shows the bio too
            name = _name_in(tag) or squash(tag.get_text(" "))
        elif tag.name == "a" and _named_follow(tag):
            name = squash(tag.get_text(" "))  # CSDN's <a class="follow-nickName">蓝溪</a>
        elif tag.name in ("div", "span", "a", "button", "em", "i") and _is_follow(tag):
            name = None if _among_follows(tag) or _follow_call(tag) else _before_follow(tag)
        name = ACCOUNT_MARK.sub("", name or "").strip()  # 城市晚报 企鹅号: the platform's mark
        if _usable(name):
            return name
    return _linked_elsewhere(title_el, links)


def _writer_profile(link: Tag) -> bool:
    """Whether *link* is a blog writer's handle, the whole of the post's author element, linked
    to the writer's profile on a social site (``<span class="article-author"><a href=
    "https://weibo.com/u/1403623137">diysimon</a></span>``): the writer, no posting account."""
    handle = squash(link.get_text(" "))
    return AUTHOR_HANDLE.fullmatch(handle) is not None and author_box_of(link) is not None


def _linked_elsewhere(title_el: Tag, links: Sequence[Tag]) -> str | None:
    """A name shown alone right after the headline (华夏人文 beside the time) that the page
    also links to an account's home page elsewhere (a user card in the side column)."""
    near: set[str] = set()
    for tag in islice(tags_after(title_el, "span", "a", "em", "div", "p"), 12):
        text = squash(tag.get_text(" "))
        if len(text) > 40:
            break  # the text has begun
        if _usable(text):
            near.add(text)
    if not near:
        return None
    for link in links:
        if not ACCOUNT_HREF.search(str(link.get("href") or "")) or _writer_profile(link):
            continue
        name = ACCOUNT_MARK.sub("", squash(link.get_text(" "))).lstrip("@＠").strip()
        if name in near:
            return name
    return None
