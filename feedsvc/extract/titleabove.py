"""A headline nothing marks: the heading or short block right above the info line (发布时间,
来源, a date) or above the text, for pages whose <title> names only the site or a section."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4 import Tag
from bs4.element import NavigableString
from bs4.element import PageElement
from bs4.element import PreformattedString

from .bylineforms import SLASH_BYLINE
from .columntitle import label_heading
from .lexicon import AUTHOR
from .lexicon import DATE_START
from .lexicon import INFO_OR_COUNTER
from .lexicon import PUBLISH_LABELS
from .lexicon import SOURCE_LABELS
from .lexicon import TIME
from .lexicon import alternation
from .salutation import salutation
from .shown import DAY
from .subtitle import subtitle_after
from .text import attr_words
from .text import compact
from .text import find_ancestor
from .text import find_tag
from .text import find_tags
from .text import squash
from .text import tags_before
from .titlestack import ranked_row
from .titlestack import row_below

TITLE_WORDS = re.compile(
    r"title|headline|tit\b|biaoti|\bbt\b|art_?tit|news_?tit|(?<![\w-])heading(?![\w-])"
    r"|[一二三]级标题",  # an Axure export's styles (_一级标题, _二级标题)
    re.I,
)


def heading_lines(tag: Tag) -> list[str]:
    """The lines of a heading, split at <br>: the headline (joined if wrapped), then any
    —— subtitle line."""
    lines = _lines(tag.descendants)
    if lines and (
        INFO_INSIDE.search(lines[0]) or DATE_EDGE.search(lines[0]) or find_tag(tag, "small")
    ):
        lines = _lines(_heading_nodes(tag)) or lines
    if lines:  # 标题 [ 2016-06-18 ], [行业资讯] 2016-03-23 标题: a list item's shape
        lines[0] = COLUMN_DATE_LEAD.sub("", BRACKETED_DATE.sub("", lines[0])) or lines[0]
    return lines


#: A date in square brackets closing a heading's text (标题 [ 2016-06-18 ]); a briefing's
#: date in round ones is its headline's (例行新闻发布会（2022年6月9日）).
BRACKETED_DATE = re.compile(rf"\s*[\[【]\s*{DAY.pattern}\s*[\]】]\s*$")
#: A column in square brackets and a date opening a heading's text ([行业资讯] 2016-03-23 标题).
COLUMN_DATE_LEAD = re.compile(rf"^\s*[\[【][^\]】]{{2,8}}[\]】]\s*{DAY.pattern}\s+")


#: A date at either end of a heading's text, which a <span class="date"> of its own may hold
#: (<h4><span class="date">2017-12-12</span>标题</h4>, a list's shape on a story's page).
DATE_EDGE = re.compile(rf"^\s*{DATE_START}|{DAY.pattern}\s*$")


#: An info label run onto the headline's text (标题文章来源：某某 发布时间：…).
INFO_INSIDE = re.compile(r"(?:来源|发布时间|发布日期|作者)\s*[:：]")


def _lines(nodes: Iterable[PageElement]) -> list[str]:
    """The lines of the nodes of a heading (see :func:`heading_lines`)."""
    lines: list[str] = []
    buf: list[str] = []
    blocks: set[int] = set()  # the lines that open a block of their own (<p>, <div>)
    for node in nodes:
        if isinstance(node, Tag) and node.name in LINE_BLOCKS and squash("".join(buf)):
            lines.append(squash("".join(buf)))
            blocks.add(len(lines))
            buf = []
        elif isinstance(node, Tag) and node.name == "br":
            lines.append(squash("".join(buf)))
            buf = []
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            # PreformattedString: comments (<!--<$[标题]>begin-->), CDATA, doctypes.
            buf.append(str(node))
    lines.append(squash("".join(buf)))
    kept = [i for i, line in enumerate(lines) if line]
    # <h1>标题<br><br>副题</h1>: a blank line between sets the deck apart from the headline
    gaps = {n for n, i in enumerate(kept) if n and i - kept[n - 1] > 1}
    blocks = {kept.index(i) for i in blocks if i in kept}
    lines = [lines[i] for i in kept]
    # A headline wrapped with <br> is one headline; a —— line after it is the subtitle; an
    # info line after it (<h1>标题<br /><span>2024-03-05 10:20 浏览次数：…</span></h1>) ends it.
    head: list[str] = []
    for i, line in enumerate(lines):
        if i and (line.startswith(("——", "—", "--")) or i in gaps):
            return [_join(head), *lines[i:]]
        if i and (INFO_START.match(line) or COUNTER_LINE.match(line) or i in blocks):
            break  # an info line, or a block of its own under the headline's
        head.append(line)
    return [_join(head)] if head else []


#: Blocks inside a heading's wrapper that set a line of their own.
LINE_BLOCKS = frozenset(("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li"))


def _heading_nodes(tag: Tag) -> Iterator[PageElement]:
    """The nodes of a heading, without a block of its own that is the info line: <div
    class="zsy_cotitle">标题<p>文章来源：… 发布时间：…</p></div>, <h2>标题 <small>2023-08-19
    <span>来源：某某日报</span></small></h2> (Bootstrap's secondary text)."""
    for child in tag.children:
        if (
            isinstance(child, Tag)
            and child.name in ("p", "div", "span", "small")
            and INFO_START.match(child.get_text(" ").lstrip(" (（"))  # <small>( 2024-05-11)
            and squash(tag.get_text(" ")) != squash(child.get_text(" "))
        ):
            continue
        yield child
        if isinstance(child, Tag):
            yield from child.descendants


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and re.match(r"[A-Za-z0-9]", part) and re.search(r"[A-Za-z0-9]$", out):
            out += " "
        out += part
    return out


#: 文章作者：, and 栏目：, 所属栏目：, 文章所在栏目：: the column label an info line may open with.
OPENING_LABELS = ("文章作者", "文章所在栏目", "所在栏目", "所属栏目", "栏目")

INFO_START = re.compile(
    # 文章作者：佚名 文章来源：本站原创: the author label of old CMSs' info lines too
    # 時間：2023/08/27 12:41:08 on Taiwanese and Hong Kong sites, as 时间： on mainland ones
    # 文章所在栏目：政务公开 来源：… 发布时间：…: a government CMS's line opening with the column
    rf"^\s*(?:{alternation(*PUBLISH_LABELS, *TIME, *SOURCE_LABELS, *AUTHOR, *OPENING_LABELS)})"
    r"\s*[:：]"
    rf"|^\s*{DATE_START}"
    # www.gov.cn 2012年05月08日 来源：新华社, http://news.sina.com.cn 2002年05月12日09:30: the host
    rf"|^\s*(?:https?://)?(?:www|news)\.[a-z0-9.-]+\.(?:cn|com|net|org)/?\s+{DATE_START}"
)


#: A line of a CMS's info block that opens with a staff label or a counter, not a date.
COUNTER_LINE = re.compile(
    r"^\s*(?:责任编辑|编辑|责编|撰稿|文字|文|记者|通讯员|审核|摄影|浏览次数|阅读次数|点击数|点击)\s*[:：]"
)


def heading_above_info(soup: BeautifulSoup, plain: bool = False) -> Tag | None:
    """A heading (h1-h6, strong, b, a title-classed block; with *plain*, when the <title> is
    only the site's name, any short block of its own) right before the info line (发布时间 /
    来源 / a date):
    the headline of a page whose <title> names only the section and that has no metas."""
    for node in soup.find_all(string=INFO_START, limit=50):
        if isinstance(node, PreformattedString) or find_ancestor(node, "script", "style"):
            continue
        info = find_ancestor(node, "p", "div", "span", "td", "li")
        if info is None or find_ancestor(info, "a") is not None:
            continue
        own = squash(info.get_text(" "))
        if not own or len(own) > 80 or not INFO_START.search(own):
            continue
        if find_ancestor(info, "li", "dd", "dt") is not None:
            continue
        heading = _heading_before(info, plain)
        if heading is None or find_ancestor(heading, "a") is not None or find_tag(heading, "a"):
            continue
        heading = _over_deck(heading)
        lines = heading_lines(heading)
        if not lines or not 6 <= len(compact(lines[0])) <= 80 or label_heading(compact(lines[0])):
            continue  # (您所在的位置：首页>>资讯中心: the breadcrumb over the info line)
        if find_ancestor(heading, "li", "dd", "dt") is not None:
            continue
        if _text_between(heading, info) <= 20:
            return heading
        return None
    return None


def _over_deck(heading: Tag) -> Tag:
    """The headline right above *heading* when *heading* is the deck it carries (——副题, a
    subtitle class, an <h3>), else *heading*: 标题, then ——副题, then the info line."""
    upper = _heading_before(heading)
    if upper is None or _text_between(upper, heading) > 0:
        return heading
    lines = heading_lines(upper)
    deck = subtitle_after(upper)
    if not lines or not 6 <= len(compact(lines[0])) <= 80 or deck is None:
        return heading
    return upper if compact(deck) == compact(heading.get_text()).lstrip("—-") else heading


#: Why the block right above the info line is the headline.
BLOCK_OVER_INFO = "the <title> names another thing: the block right above the info line"


def block_over_info(soup: BeautifulSoup, doc_head: str) -> Tag | None:
    """The short block right above the info line when it says another thing than the head
    of the <title> (a brand or a slogan: <title>某某装饰</title> over <p>标题</p><p>2019-5-30
    | 浏览数118</p>), neither holding the other."""
    above = heading_above_info(soup, plain=True)
    if above is None or not doc_head:
        return above
    words, head = compact(heading_lines(above)[0]), compact(doc_head)
    return None if words in head or head in words else above


def plain_above_text(soup: BeautifulSoup) -> Tag | None:
    """The short unmarked block right above the first paragraph of text (a sentence of 40
    characters or more), on a page whose <title> and metas name only the site."""
    for para in find_tags(soup, ("p", "div", "td"), limit=400):
        text = squash(para.get_text(" "))
        if len(text) < 40 or not re.search(r"[，。]", text) or find_tag(para, "p", "div", "td"):
            continue
        if find_ancestor(para, "li", "a") is not None:
            return None
        heading = _heading_before(para, plain=True)
        if heading is not None and _salutation(heading):
            heading = _heading_before(heading, plain=True)  # 各科研单位： the notice's, in bold
        if heading is None or find_ancestor(heading, "li", "a") is not None:
            return None
        words = squash(heading.get_text(" "))
        if len(compact(words)) < 6 or label_heading(compact(words)):
            return None  # 分享, 正文, 2018-09-03: a label or a date, not a headline
        if INFO_OR_COUNTER.search(words) and re.search(r"[:：]", words):
            return None  # 发布者 : 某某 浏览次数 : 1000: the info row, not a headline
        return heading if _text_between(heading, para) <= 20 else None
    return None


def _salutation(heading: Tag) -> bool:
    """Whether *heading* is a notice's salutation: <b>各科研单位</b>： in the block of its own."""
    block = find_ancestor(heading, "p", "div", "td") if heading.name not in ("p", "div") else None
    return salutation(squash((block or heading).get_text(" ")))


def _heading_before(info: Tag, plain: bool = False) -> Tag | None:
    """The nearest heading before *info* that does not hold it (a title-classed wrapper)."""
    around = {id(parent) for parent in info.parents}
    for tag in tags_before(info):
        if not isinstance(tag, Tag) or id(tag) in around:
            continue
        if _headingish(tag) and tag.get_text(strip=True):  # not an empty <strong></strong>
            return _bold_line(tag)
        if plain and _plain_heading(tag):
            return ranked_row(tag, _plain_heading)
    return None


def _bold_line(tag: Tag) -> Tag:
    """The paragraph a bold *tag* is one run of when all its text is bold (<p><b>山东开展…活动
    </b><b> </b><b>倡树…新风</b></p>, as word processors save a headline), else *tag*."""
    parent = tag.parent
    if tag.name not in ("b", "strong") or parent is None or parent.name not in ("p", "div", "td"):
        return tag
    runs = [c for c in parent.children if isinstance(c, Tag) and c.name in ("b", "strong")]
    bold, whole = "".join(compact(b.get_text()) for b in runs), compact(parent.get_text())
    return parent if len(runs) > 1 and bold == whole and len(whole) <= 80 else tag


def subtitle_below(head: Tag) -> str | None:
    """The subtitle row stacked under a headline row that a numbered class marks (font02 under
    font01), or None."""
    return row_below(head, _plain_heading)


def _plain_heading(tag: Tag) -> bool:
    """A block that reads like a headline though nothing marks it: <div class="t31">标题</div>,
    <th class="f24">标题</th>, one short line, no sentence, no blocks or links inside."""
    if tag.name not in ("div", "p", "td", "th") or find_tag(tag, "div", "p", "table", "a", "br"):
        return False
    text = squash(tag.get_text(" "))
    byline = SLASH_BYLINE.match(text)  # 林美玲／台北報導 right under the headline: not one
    if INFO_START.match(text) or DATED_CLOCK.search(text):
        return False  # 2024年05月27日16:40 来源：…, a header's 2024-06-02 10:15:33 欢迎访问…
    return 6 <= len(compact(text)) <= 60 and not byline and not re.search(r"[。！？；]", text)


#: A day with its time of day (2024-06-02 10:15:33, 2024年05月27日16:40): an info line's or
#: a clock's, never a headline's.
DATED_CLOCK = re.compile(rf"{DATE_START}\s*日?\s*\d{{1,2}}:\d{{2}}")


def _headingish(tag: Tag) -> bool:
    """A heading, bold text, or a title-classed block (<div class="rumor-title">)."""
    if tag.name in ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"):
        return True
    return tag.name in ("div", "p", "span", "td") and bool(TITLE_WORDS.search(attr_words(tag)))


def _text_between(first: Tag, second: Tag) -> int:
    """How many visible characters stand between the end of *first* and *second* (capped)."""
    count = 0
    for node in first.find_all_next(string=True, limit=200):
        if second in node.parents:
            return count
        if first in node.parents or isinstance(node, PreformattedString):
            continue
        if find_ancestor(node, "script", "style") is None:
            count += len(compact(str(node)))
        if count > 20:
            break
    return 1000


def opening_bold(soup: BeautifulSoup) -> Tag | None:
    """A short bold line that opens the page before any other text, as a crawler's fragment of
    an article keeps its headline (<div style="text-align: center;"><strong>标题</strong></div>
    over the text): the headline of a page that has no other."""
    for node in soup.descendants:
        if isinstance(node, Tag) and node.name in ("b", "strong"):
            text = compact(node.get_text())
            inside = find_ancestor(node, "a", "li") is not None
            return node if 6 <= len(text) <= 60 and not inside else None
        if isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            if node.strip():
                return None  # text before any bold line
    return None
