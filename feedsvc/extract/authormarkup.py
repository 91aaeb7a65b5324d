"""Authors named by markup beside the headline: an author-classed element, a rel="author" link."""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import unquote

from bs4 import Tag

from .nameshape import ORG_HINT
from .nameshape import UI_WORDS
from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person
from .nameshape import split_names
from .text import attr_words
from .text import find_ancestor
from .text import find_tags
from .text import is_comment_box
from .text import squash
from .text import tags_after

#: avatar__name: a Docusaurus blog's author card (``<div class="avatar"><div class="avatar__intro">
#: <h4 class="avatar__name"><a>…</a></h4><small class="avatar__subtitle">…团队</small>``).
AUTHOR_CLASS = re.compile(r"author|zuozhe|writer|byline|avatar__name", re.I)
#: Author-classed widgets of a comment box: ``tie-author-login`` holds a "马上发表" button; the
#: writers of other stories the page recommends: ``editor_choice_author``, ``related-author``.
NOT_AUTHOR_CLASS = re.compile(
    r"login|logout|reply|\btie\b|\btie[-_]|comment|choice|recommend|relat", re.I
)


#: 陈一鸣 为FT中文网撰稿: a contributor writing for the site; the name is the writer.
WRITES_FOR = re.compile(r"(?<=[\u4e00-\u9fff])\s*为\S{2,16}?(?:撰稿|供稿|特约撰稿)$")

#: 伊万· 彼得罗夫 所有资料: an author card's link to the writer's page, no part of the name.
MORE_BY = re.compile(r"\s*(?:所有资料|所有文章|全部文章|更多文章|TA的文章|他的文章|查看全部)$")


def class_author_texts(title_el: Tag | None, commenters: bool = True) -> list[str]:
    """The texts of the author-classed elements beside the headline; with *commenters* false,
    none in a comment or reply list (a commenter is no writer of the story)."""
    if title_el is None or title_el.parent is None:
        return []
    texts: list[str] = []
    for scope in (title_el.parent, title_el.parent.parent):
        if not isinstance(scope, Tag) or scope.name in ("body", "html"):
            break
        for tag in find_tags(scope, None, limit=400):
            words = attr_words(tag) if isinstance(tag, Tag) else ""
            if AUTHOR_CLASS.search(words) and not NOT_AUTHOR_CLASS.search(words):
                if not commenters and in_comment_box(tag, scope):
                    continue
                text = WRITES_FOR.sub("", MORE_BY.sub("", _without_times(tag)))
                if text and len(text) <= 20:
                    texts.append(text)
                elif text:
                    texts += _linked_name(tag)
        if texts:
            break
    return texts or _author_block_after(title_el)


#: A person icon (Font Awesome's fa-user, Bootstrap's glyphicon-user) before the writer's name.
USER_ICON = re.compile(
    r"(?:^|\s)(?:fa-user(?:-o|-circle)?|icon-user|glyphicon-user|bi-person)(?:\s|$)"
)


def _icon_names(title_el: Tag | None) -> list[str]:
    """The names a person icon marks in the headline's block: <span><i class="fa fa-user">
    </i>老鲫鱼</span>, a theme's post meta (a pen name too)."""
    scope = title_el.parent if title_el is not None else None
    if title_el is None or scope is None or scope.name in ("body", "html"):
        return []
    icons = (
        t
        for t in find_tags(scope, ("i", "span", "em"), limit=200)
        if USER_ICON.search(attr_words(t))
    )
    parents = [icon.parent for icon in icons if icon.parent is not None]
    texts = [squash(parent.get_text(" ")) for parent in parents if parent is not scope]
    if not texts:
        return []
    root = list(scope.parents)[-1] if scope.parent is not None else scope
    head = root.find("title") if isinstance(root, Tag) else None
    site = squash(head.get_text()).replace(squash(title_el.get_text()), "") if head else ""
    # not the site's own account, named as the site is (尋夢園 on 标题 – 尋夢旅遊)
    return [t for t in texts if 2 <= len(t) <= 20 and t[:2] not in site]


def in_comment_box(tag: Tag, scope: Tag) -> bool:
    """Whether *tag* sits in a comment or reply list under *scope* (``<div class="comments">
    <div class="comment"><a class="author">``): a commenter, never the story's writer."""
    for parent in tag.parents:
        if parent is scope or not isinstance(parent, Tag):
            return False
        if ("class" in parent.attrs or "id" in parent.attrs) and is_comment_box(parent):
            return True
    return False


#: A glyph of an icon font (the Private Use Area: <i class="f-icon">&#xe607;</i>刘永).
ICON_GLYPH = re.compile("[\ue000-\uf8ff]")


def _without_times(tag: Tag) -> str:
    """The text of a byline element without the <time> it holds (``<div class="byline">
    <address>储百亮 报道</address><time>2015年3月5日</time>``)."""
    text = squash(ICON_GLYPH.sub(" ", tag.get_text(" ")))  # an icon font's glyph before it
    for time in find_tags(tag, ("time",), limit=3):
        shown = squash(time.get_text(" "))
        text = squash(text.replace(shown, " ")) if shown else text
    return text


def _linked_name(block: Tag) -> list[str]:
    """A column's author box (``<div class="author-intro"><a>张浩然</a><p>作者简介：…``):
    the name linked to the writer's page, not the biography beside it, nor the desk before
    it."""
    for link in find_tags(block, ("a",), limit=6):
        name = DESK_BEFORE.sub("", squash(link.get_text(" ")))
        if 2 <= len(name) <= 8 and looks_like_person(name):
            return [name]
    return []


#: The child of an author block that holds the name: <span class="name">, nickname.
NAME_CLASS = re.compile(r"(?:^|[-_\s])(?:name|nick|nickname|uname)(?:$|[-_\s])", re.I)


def _author_block_after(title_el: Tag) -> list[str]:
    """The name in an author block following the headline further off (its own section
    under the header): ``<div class="author"><img><span class="name">谢若含</span>
    <span class="date">…``, the name child's text."""
    for tag in islice(tags_after(title_el), 40):
        words = attr_words(tag)
        if not AUTHOR_CLASS.search(words) or NOT_AUTHOR_CLASS.search(words):
            continue
        if find_ancestor(tag, "li", "dd", "dt") is not None:
            continue
        for child in find_tags(tag, None, limit=20):
            text = squash(child.get_text(" ")) if NAME_CLASS.search(attr_words(child)) else ""
            if text and len(text) <= 20:
                return [text]
    return []


#: 专栏作家, 特約撰稿人: a columnist's role, as a site credits the writers of its columns.
COLUMNIST = "專欄作家|专栏作家|專欄作者|专栏作者|特約撰稿人|特约撰稿人"
#: 英国《金融时报》 科林·肖 华盛顿报道: the paper before the writer's name and the place the
#: story was filed from after it, as foreign papers' Chinese editions credit their writers.
PAPER_BEFORE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}《[^》]{2,12}》\s*(?:[\u4e00-\u9fff]{0,4}(?:记者|專欄作家|专栏作家))?\s*"
    # FT中文网专栏作家 周明远: the site, unbracketed, before its columnist
    r"|^[\u4e00-\u9fffA-Za-z]{2,12}?(?:" + COLUMNIST + r")\s*"
)
PLACE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s+[\u4e00-\u9fff]{2,5}(?:报道|報導|報道)$")
#: 莊庭瑞(trc): a CMS's author field giving the writer's account name in brackets after the name;
#: 段威（段少）, 蔡铭霞（铭少，@MandssS）: a blog's author card, a nickname (and handle) after it.
HANDLE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（][^()（）]{1,24}[)）]$")
#: 生活中心 陳映如, 上報快訊／鍾知諭: the newsroom desk before the reporter's name, as
#: Taiwanese sites credit.
DESK_BEFORE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:中心|快訊|快讯)\s*[／/\s]\s*(?=[\u4e00-\u9fff·]{2,4}$)"
)
#: 記者 徐庭揚 -, By 王小明 -: a blog theme's author box, a role word before the name and a
#: dash before the date; 孙悦 特约评论员, 特约评论员 孙悦: an opinion page's columnist card,
#: the name and the writer's post in spans of their own; 岑望舒 专栏作家, a columnist's card.
ROLE_AROUND = re.compile(
    r"^(?:(?:記者|记者|作者|撰文)\s*[:：/／]?|文\s*[:：/／]|[Bb]y\s)\s*|\s+[-–—|｜]$"
    r"|^(?:本报|本報|特约|特約)?(?:评论员|評論員)\s*[:：/／|｜]?\s*"
    r"|\s+(?:本报|本報|特约|特約)?(?:评论员|評論員)$"
    r"|(?<=[\u4e00-\u9fff])\s+(?:" + COLUMNIST + r")$"
)


#: 涵柳／vintage vibe 時尚簡史: an opinion platform's writer, a slash, then the column they
#: write; not a dateline (王家俊／台北報導, 劉屏／華盛頓4日電).
WRITER_COLUMN = re.compile(r"^(?P<n>[\u4e00-\u9fff]{2,4})\s*[／/╱]\s*\S.{1,30}$")
REPORTED_END = re.compile(r"(?:報導|报道|報道|電|电|編譯|编译|整理|攝影|摄影|攝|摄)$")


#: A platform account's name on an author card: 阿青不加糖, 化学心情下2, Kai_Z, Peggy_.
CARD_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}\d{0,3}|[A-Za-z][A-Za-z0-9._-]{1,19}")


def author_cards(title_el: Tag | None) -> list[str]:
    """The names of the author cards beside the headline, in page order: each author-classed
    element's name child (``<div class="author-card"><img><span class="user-nickname">Momo``),
    as a platform lists a story's main author and co-authors; no organisation's account."""
    if title_el is None or title_el.parent is None:
        return []
    names: list[str] = []
    for scope in (title_el.parent, title_el.parent.parent):
        if not isinstance(scope, Tag) or scope.name in ("body", "html"):
            break
        for tag in find_tags(scope, None, limit=600):
            words = attr_words(tag)
            if not AUTHOR_CLASS.search(words) or NOT_AUTHOR_CLASS.search(words):
                continue
            if in_comment_box(tag, scope):
                continue
            kids = find_tags(tag, None, limit=40)
            child = next((c for c in kids if NAME_CLASS.search(attr_words(c))), None)
            name = squash(child.get_text(" ")) if child is not None else ""
            if CARD_NAME.fullmatch(name) and not ORG_HINT.search(name) and not UI_WORDS.match(name):
                names.append(name)
        if names:
            break
    return list(dict.fromkeys(names))


def class_authors(title_el: Tag | None, host: str = "") -> list[str]:
    """People in an author-classed element beside the headline: ``<span class="author">王利阳
    </span><span class="date">...``, a byline without a label; else the pen names of
    ``<a rel="author">`` links there (a blog engine's author link: 十三, 小婷). Several author
    cards there (a main author and co-authors) name them all."""
    cards = author_cards(title_el)
    if len(cards) >= 2:
        return cards
    texts = [
        DESK_BEFORE.sub("", PAPER_BEFORE.sub("", PLACE_AFTER.sub("", ROLE_AROUND.sub("", t))))
        for t in (HANDLE_AFTER.sub("", t) for t in class_author_texts(title_el, commenters=False))
    ]
    names = [t for t in texts if looks_like_person(t) or CAPS_NAME.fullmatch(t)]
    names += [t for t in _icon_names(title_el) if looks_like_pen_name(t)]
    for text in texts:
        credit = REPORTED_TRANSLATED.match(text)
        names += [n for n in split_names(credit["n"]) if looks_like_person(n)] if credit else []
        column = WRITER_COLUMN.match(text)
        if column and looks_like_pen_name(column["n"]) and not REPORTED_END.search(text):
            names.append(column["n"])  # 涵柳／vintage vibe 時尚簡史: a pen name and its column
    return list(dict.fromkeys(names or _rel_authors(title_el, host)))


#: 储百亮 报道 | 王相宜 译, 储百亮、王霜舟 报道: the writers of a foreign paper's Chinese edition
#: before 报道, the translator after a bar (no writer).
REPORTED_TRANSLATED = re.compile(
    r"^(?P<n>[\u4e00-\u9fff·、 ]{2,20}?)\s*(?:报道|報導|報道)"
    r"(?:\s*[|｜丨]\s*[\u4e00-\u9fff·、 ]{2,20}?\s*(?:译|譯|翻译|翻譯))?$"
)


#: KEITH BRADSHER: a foreign paper's Chinese edition names its English writer in capitals in
#: the byline element; not an agency or a paper (THE NEW YORK TIMES, AP NEWS).
CAPS_NAME = re.compile(
    r"(?!.*\b(?:THE|NEWS|TIMES|PRESS|POST|DAILY|REUTERS|AFP|AP|BBC|CNN|STAFF|EDITOR|GETTY)\b)"
    r"[A-Z][A-Z'’-]{1,20}(?: [A-Z][A-Z.'’-]{0,20}){1,2}"
)


#: A pen name: two to six Han characters, or a Latin handle.
PEN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z0-9 ._-]{1,19}")

#: /author/Alpha_x1, /author/lin-yu/, /authors/lin-yu/ (Hugo themes): a link to the page of
#: an author's posts.
AUTHOR_PAGE = re.compile(r"/authors?/(?P<h>[^/?#]{2,30})/?(?:[?#].*)?$")


def _author_page(link: Tag) -> bool:
    """Whether *link* goes to the page of the author it names (``<a href="/author/Alpha_x1">
    Alpha_x1</a>``): a blog engine's author link without its rel."""
    href = link.get("href")
    m = AUTHOR_PAGE.search(href) if isinstance(href, str) else None
    if m is None:
        return False
    text = squash(link.get_text(" "))
    # /author/ou-yang-da-guan-ren for 欧阳大官人: a Chinese name's page under its romanization
    romanized = ROMAN_SLUG.fullmatch(m["h"]) and HAN_NAME.fullmatch(text)
    return unquote(m["h"]) == text or bool(romanized)


#: /u/10086, /user/2271, /people/lanxi: a community's page of one member.
MEMBER_PAGE = re.compile(r"/(?:u|user|users|people|member|members|space)/[\w.-]{1,40}/?$")


def _member_link(link: Tag, host: str = "") -> bool:
    """Whether *link* is an author-classed link to a member's page (``<a class="author-link"
    href="/u/10086">一只鱼</a>``), or to the profile its handle names (``<a class="author-link"
    href="https://code.example.com/lin-yu">lin-yu</a>``): a community credits a post so; not
    the site's own account (``dsosc`` on ``dsosc.example.org``: the club, no writer)."""
    href = link.get("href")
    if not isinstance(href, str) or AUTHOR_CLASS.search(attr_words(link)) is None:
        return False
    path = href.split("?")[0].split("#")[0].rstrip("/")
    handle = squash(link.get_text(" "))
    return MEMBER_PAGE.search(path) is not None or (
        len(handle) >= 2
        and path.rsplit("/", 1)[-1] == handle
        and handle.lower() not in host.lower().split(".")
    )


#: A writer's handle: one Latin word, digits allowed (errorrik, Felix021), no staff account.
AUTHOR_HANDLE = re.compile(
    r"(?!(?:admin|administrator|editor|staff|guest|anonymous|unknown|root|webmaster)$)"
    r"[A-Za-z][A-Za-z0-9_.-]{2,19}",
    re.I,
)
#: A nickname of Latin letters and Han characters run together (JK小白菜, 阿K): a tech blog's
#: writer, credited so only in an author-classed element.
MIXED_PEN_NAME = re.compile(r"[A-Za-z]{1,8}[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{1,6}[A-Za-z]{1,8}")


def author_box_of(link: Tag) -> Tag | None:
    """The author-classed element (of up to three levels) that *link* is the whole of, once a
    role word and a time are set aside: ``<span class="article-author"><i></i><a>errorrik</a>
    </span>`` (a Hexo theme), ``<div class="td-byline">By <b><a>Felix021</a></b> | <time>``
    (Hugo's Docsy); or the author-classed link itself on a short info line (``by <a class=
    "post-author">JK小白菜</a> on 2019-04-12``), not a poster's among a thread's replies."""
    text = squash(link.get_text(" "))
    line = squash(link.parent.get_text(" ")) if link.parent is not None else ""
    own = [link] if len(line) <= 40 else []
    for parent in (*own, *islice(link.parents, 3)):
        words = attr_words(parent)
        if AUTHOR_CLASS.search(words) and not NOT_AUTHOR_CLASS.search(words):
            return parent if ROLE_AROUND.sub("", _without_times(parent)) == text else None
    return None


def _handle_of_author_box(link: Tag, host: str = "") -> bool:
    """Whether *link* is a writer's handle, the whole of an author-classed element beside the
    headline (a tech blog's theme credits its writer so); not the site's own account."""
    handle = squash(link.get_text(" "))
    return (
        (AUTHOR_HANDLE.fullmatch(handle) or MIXED_PEN_NAME.fullmatch(handle)) is not None
        and handle.lower() not in host.lower().split(".")
        and author_box_of(link) is not None
    )


#: ou-yang-da-guan-ren, zhangsan: a name romanized for a URL, lower case with hyphens.
ROMAN_SLUG = re.compile(r"[a-z]+(?:-[a-z]+)*")
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")


#: 本文由 X 转载发布在…, 由 X 搬运: the member who reposted someone else's piece on the site.
REPOSTED = re.compile(r"^\s*(?:转载|轉載|搬运|搬運)")


def _reposter(link: Tag) -> bool:
    """Whether the author link names who reposted the piece (本文由 <a rel="author">X</a>
    转载发布在…, a copyright note), not who wrote it."""
    after = link.next_sibling
    return isinstance(after, str) and REPOSTED.match(after) is not None


def _rel_authors(title_el: Tag | None, host: str = "") -> list[str]:
    """The ``<a rel="author">`` links of the headline's block, else of the block around it
    (``<header><h1>…</header><div class="reporter"><cite><a rel="author">張立勳</a></cite>``)."""
    if title_el is None or title_el.parent is None:
        return []
    for scope in (title_el.parent, title_el.parent.parent):
        if not isinstance(scope, Tag) or scope.name in ("body", "html"):
            break
        found = [
            a
            for a in scope.descendants
            if isinstance(a, Tag)
            and a.name == "a"
            and (
                "author" in (a.get("rel") or ())
                or _author_page(a)
                or _member_link(a, host)
                or _handle_of_author_box(a, host)
                and not in_comment_box(a, scope)
            )
            and not _reposter(a)
        ][:5]
        texts = [squash(a.get_text(" ")) for a in found]
        names = [
            t
            for t, a in zip(texts, found, strict=True)
            if (PEN_NAME.fullmatch(t) or MIXED_PEN_NAME.fullmatch(t) and author_box_of(a))
            and not ORG_HINT.search(t)
        ]
        if names:
            return names
    return []
