"""An outlet named without a label beside the publish time under the headline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo

from bs4 import Tag
from bs4.element import NavigableString
from bs4.element import PreformattedString

from ..outlets import is_known
from ..outlets import is_known_channel
from ..outlets import outlet_for_host
from .authormarkup import COLUMNIST
from .crumbs import menu_section
from .dates import find_times
from .lexicon import COLUMN_NAME
from .lexicon import COUNTERS
from .lexicon import INFO_LABELS
from .lexicon import PLACES
from .lexicon import SHORT_EDITOR
from .lexicon import alternation
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .text import Line
from .text import attr_words
from .text import find_tag
from .text import find_tags
from .text import squash

NOT_OUTLET_PIECE = re.compile(
    rf"{alternation(*INFO_LABELS, *SHORT_EDITOR, *COUNTERS)}|"
    r"原创|分享|收藏|评论|举报|字体|打印|关注|转发|转载|微博|微信|QQ|参与|"
    # 市场 is a market note or link, but a paper ending in 报 (市场星报, 消费市场报) is an outlet
    r"我要|登录|订阅|扫码|二维码|手机|客户端下载|纠错|人气|有限公司$|市场(?![^报報]*[报報]$)|"
    r"^来自|^來自|IP属地|"
    # 进入新闻频道, 返回首页: a link to the channel closing the info line, no outlet
    r"^进入|^返回|"
    r"^(?:" + PLACES + r")$|^[\u4e00-\u9fff]{1,3}[省市县区]$|^(?:報導|报道|報道)$"
    # 社會, 社区: the section beside the time, though 社 and 会 read like an organisation's
    r"|^(?:社會|社会|社區|社区)$"
    # FT中文网专栏作家 周明远: a columnist's credit, the site before the role
    r"|"
    + COLUMNIST
    # 周慧 北京报道: the reporter and the place of the report, a byline
    + r"|^[\u4e00-\u9fff·]{2,4}\s+[\u4e00-\u9fff]{0,4}(?:報導|报道|報道)$"
    # 生活中心 陳映如: a newsroom desk and its reporter
    r"|^[\u4e00-\u9fff]{2,4}中心\s*[／/\s]\s*[\u4e00-\u9fff·]{2,4}$"
    # 編譯中心, 國際中心: a newsroom's desk alone, not the outlet
    r"|^(?:編譯|编译|國際|国际|生活|社會|社会|地方|政治|財經|财经|娛樂|娱乐|綜合|综合|即時|即时"
    r"|體育|体育|大陸|大陆|兩岸|两岸|影音)(?:中心|組|组)$"
    # 2023-11-18 | 公司新闻, 2023年11月18日 · 社区动态: the site's column, not its outlet
    rf"|^(?:{COLUMN_NAME.pattern})$"
)


#: Classes of an element naming the outlet alone; an aggregator's publisher block
#: (LINE TODAY's entityPublishInfo-publisher) names the newsroom it carries. A site's
#: resources menu (block-resources) is no source.
SOURCE_CLASS = re.compile(
    r"(?<!re)source|laiyuan|\bly\b|media-?name|\bfrom\b|copyfrom|publisher\b", re.I
)


#: 2010年08月12日 09:14 [新京报]: a name in square brackets beside the time.
BRACKETED = re.compile(r"[\[【]\s*(?P<n>[^\s\[\]【】]{2,16})\s*[\]】]")


BLOCKS = frozenset(("div", "p", "ol", "ul", "table", "section", "form", "h1", "h2", "h3", "h4"))


def _pieces(tag: Tag) -> list[tuple[str, Tag | None]]:
    """The texts of *tag*'s inline children, splitting children that hold several pieces."""
    out: list[tuple[str, Tag | None]] = []
    for child in tag.children:
        if isinstance(child, Tag):
            if child.name in ("script", "style") or child.name in BLOCKS:
                continue  # a block is a line of its own (the text, the comments), not a piece
            inner = [
                c.get_text() if isinstance(c, Tag) else str(c)
                for c in child.children
                if not isinstance(c, PreformattedString)
            ]
            bracketed = BRACKETED.fullmatch(squash(child.get_text("")))
            if bracketed:
                out.append((bracketed["n"], child))  # [<a>新京报</a>]: the outlet in brackets
            elif len([text for text in inner if squash(text)]) > 1:
                out += _pieces(child)
            else:
                out.append((squash(child.get_text(" ")), child))
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            out += [(part, None) for part in squash(str(child)).split(" ") if part]
    return [(text, el) for text, el in out if text]


#: 原创 GameForce 2019-09-04 22:18: a self-media account named after the 原创 mark.
ORIGINAL_ACCOUNT = re.compile(
    r"^原创\s+(?P<n>[^\s:：|｜丨/]{2,16})\s+(?=(?:19|20)\d{2}[-年/.]\d{1,2})"
)

BARE_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")

SEPARATOR = re.compile(r"[·•|｜丨/／\-–—]")

#: 游民星空[整理], 某某网[原创], 易车原创: the way a site marks its own edit of a story.
EDIT_MARK = re.compile(r"\s*[\[【(（](?:整理|原创|转载|编译|综合)[\]】)）]$|(?<=..)原创$")

#: 新周刊 总第550期, 三联生活周刊 2023年第24期: a magazine's issue after its name.
ISSUE_TAIL = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:总|總)?第\s*\d{1,5}\s*期$")

#: china.com.cn, ent.sina.com.cn beside the time: the site's host name, not an outlet's.
HOST_NAME = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}")

#: 首发于极目新闻 beside the time: a news client's mark of where the story first appeared.
FIRST_PUBLISHED = re.compile(r"^(?:首发于|首發於|首发自)\s*")


def _next_item(lines: Sequence[Line], at: int) -> list[tuple[str, Tag | None]]:
    """The item after the time's in an info bar of list items: ``<li>2014-04-05 01:28</li>
    <li>中國時報</li>``, the next line when the time's line is an item and the next one too."""
    line = lines[at]
    after = lines[at + 1] if at + 1 < len(lines) else None
    if after is None or line.element.name != "li" or after.element.name != "li":
        return []
    return [(after.text, after.element)] if len(after.text) <= 16 else []


#: 中国青年网 07-20 09:12: a mobile info row shows the time without its year; any year reads it
ANY_YEAR = 2000


def adjacent_outlet(
    lines: Sequence[Line],
    title_at: int | None,
    zone: tzinfo,
    site: str | None = None,
    lead: str | None = None,
) -> str | None:
    """An outlet named without a label beside the publish time under the headline:
    ``2019年09月07日 04:04 <a class="source">北京日报</a>``, ``原创 南方都市报 2019-09-09``,
    ``2019-09-05 11:10 游民星空[整理]`` (the site named in the <title>), ``<span>2023-04-18
    08:52 东岚都市报</span>`` (unless the story's lead names an outlet, *lead*)."""
    if title_at is None:
        return None
    # 2005.03.18　中國時報 over the headline: an old paper's line above, when none is below
    over = [title_at - 1] if title_at > 0 else []
    for at in [*range(title_at + 1, min(title_at + 6, len(lines))), *over]:
        line = lines[at]
        if line.in_comments or len(line.text) > 80 or not find_times(line.text, zone, ANY_YEAR):
            continue
        account = ORIGINAL_ACCOUNT.match(line.text)
        if (
            account
            and looks_like_outlet(account["n"])
            and not NOT_OUTLET_PIECE.search(account["n"])
        ):
            return account["n"]
        found = _row_outlet(lines, at, title_at, zone, site, lead)
        if found:
            return found
        # <p>新华社</p><p>2020-01-03 18:13</p>: the outlet alone on the line above the time
        above = lines[at - 1].text if at == title_at + 2 else ""
        return above if _lone_outlet(above, zone) else None
    return None


def _row_outlet(
    lines: Sequence[Line], at: int, title_at: int, zone: tzinfo, site: str | None, lead: str | None
) -> str | None:
    """The outlet named beside a time among the pieces of line *at* (and the next list item)."""
    line, head = lines[at], lines[title_at]
    pieces = _pieces(line.element) + _next_item(lines, at)
    for k, (text, _) in enumerate(pieces):
        hits = find_times(text, zone, ANY_YEAR)
        if not hits:
            continue
        rest = EDIT_MARK.sub("", text[hits[-1].end :].strip())
        if site and rest == site:
            return rest  # 2019-09-05 11:10 游民星空[整理]
        # <span>2023-04-18 08:52 东岚都市报</span>: the name after the time, in its element
        glued = (rest.split(" ")[0], None)
        row = [*pieces[: k + 1], glued, *pieces[k + 1 :]] if rest and not lead else pieces
        after = k + 1
        if after < len(row) and BARE_TIME.fullmatch(row[after][0]):
            after += 1  # 2024-05-01 | 10:00 | 界面新闻: the date and time apart
        if after < len(row) and SEPARATOR.fullmatch(row[after][0]):
            after += 1  # 2024-05-20 14:33 · 新华社: a dot between the time and the outlet
        # 中國時報 <cite>呂佳穎</cite>／綜合報導 2025年06月29日: the paper before the byline
        for j in (after, k - 1, k - 2, k - 3):
            if not 0 <= j < len(row) or _archive_link(row[j][1]):
                continue  # 公司新闻 linking to its category's archive: a section
            name = _piece_name(row[j][0])
            if line.element is head.element and name in head.text:
                continue  # <td>标题<br><span>2015-03-09 (11:24)</span>: the headline's piece
            if 2 <= len(name) <= 16 and name == site:
                return name  # the site's own name, as its <title> ends
            if at < title_at and not is_known(name):
                continue  # over the headline, only a paper the outlet table knows
            if _outlet_piece(name, head.text, line, zone):
                return name
    return None


def _outlet_piece(name: str, headline: str, line: Line, zone: tzinfo) -> bool:
    """Whether *name*, a piece of the time's row, reads as an outlet: no headline, time or
    label, and not 社会服务, a section the site's menu links to."""
    return (
        2 <= len(name) <= 16
        and name != headline  # the headline, in the time's block
        and not find_times(name, zone)
        and not re.search(r"[:：|｜丨/／╱]", name)
        and not NOT_OUTLET_PIECE.search(name)
        and looks_like_outlet(name)
        and bool(ORG_HINT.search(name) or is_known(name) or is_known_channel(name))
        and not _menu_section(name, line.element)
    )


#: A link to a blog's category or tag archive (/category/news/, ?cat=3, rel="category tag").
ARCHIVE_HREF = re.compile(r"/(?:category|categories|tag|tags)/|[?&](?:cat|tag)=", re.I)


def _archive_link(piece: Tag | None) -> bool:
    """Whether the piece *piece* is, or holds only, a link to a category or tag archive."""
    if piece is None:
        return False
    links = [piece] if piece.name == "a" else piece.find_all("a", limit=2)
    if len(links) != 1:
        return False
    rel: str | list[str] = links[0].get("rel") or []
    words = " ".join([rel] if isinstance(rel, str) else rel).lower().split()
    return (
        "category" in words
        or "tag" in words
        or bool(ARCHIVE_HREF.search(str(links[0].get("href") or "")))
    )


def _menu_section(name: str, element: Tag) -> bool:
    """Whether *name*, no outlet the table knows, is a section the site's menu links to."""
    return not (is_known(name) or is_known_channel(name)) and menu_section(name, element)


def _piece_name(text: str) -> str:
    """The name a piece beside the time reads as: its edit mark, first-published mark and
    magazine issue cut; a host name (中国网 china.com.cn) read as the site it names."""
    name = FIRST_PUBLISHED.sub("", EDIT_MARK.sub("", text))
    name = ISSUE_TAIL.sub("", name) or name
    if HOST_NAME.fullmatch(name):
        return outlet_for_host(f"http://{name}") or ""
    return name


def _lone_outlet(text: str, zone: tzinfo) -> bool:
    """Whether a whole line is one outlet's name (新华社, 某某日报), nothing else."""
    return (
        2 <= len(text) <= 16
        and not re.search(r"[\s:：|｜丨/／╱]", text)
        and not find_times(text, zone)
        and not NOT_OUTLET_PIECE.search(text)
        and looks_like_outlet(text)
        and (ORG_HINT.search(text) is not None or is_known(text))
    )


def logo_alt(element: Tag) -> str | None:
    """新聞來源：<img alt="華視">: the outlet's logo after the label, named by its alt text."""
    img = element.find("img", alt=True)
    alt = squash(str(img.get("alt") or "")) if isinstance(img, Tag) else ""
    return alt if 2 <= len(alt) <= 16 and looks_like_outlet(alt) else None


def logo_link(element: Tag) -> str | None:
    """新聞來源：<a href="https://www.pts.org.tw/"><img></a>: the outlet's logo without alt
    text, named by the host it links to."""
    for link in element.find_all("a", href=True):
        if isinstance(link, Tag) and find_tag(link, "img") is not None:
            return outlet_for_host(str(link.get("href") or ""))
    return None


def classed_outlet(line: Line) -> list[str]:
    """The outlet a source-classed piece of an info line names without a label, whatever the
    time beside it: ``<span class="source">潮新闻客户端</span><span>记者 X</span>``; a name that
    reads as no person's there is a portal's self-media account (老周聊车SUV) or column."""
    out: list[str] = []
    # the line's own element too: <p class="s-source">某某纪录</p> over the time, an account
    for tag in [line.element, *find_tags(line.element, None, limit=16)]:
        if not isinstance(tag, Tag) or not SOURCE_CLASS.search(attr_words(tag)):
            continue
        name = FIRST_PUBLISHED.sub("", EDIT_MARK.sub("", squash(tag.get_text(" "))))
        if (
            2 <= len(name) <= 16
            and not re.search(r"[\s:：|｜丨/／╱]", name)
            and not NOT_OUTLET_PIECE.search(name)
            and looks_like_outlet(name)
            and (
                ORG_HINT.search(name)
                or is_known(name)
                or is_known_channel(name)
                or not looks_like_person(name)
            )
        ):
            out.append(name)
    return out
