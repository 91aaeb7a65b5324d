"""Finding the article links on a portal's list page.

With no selector given, the links are read from the DOM: anchors are grouped by their
structural path (tags and classes from the root), each anchor scores for an article-like URL
(Chinese CMS patterns), headline-like text and a date printed beside it, and the repeated
block that scores best is the list. Navigation, pagination, sidebars, footers, 友情链接 and
"更多" links stay out; links to other sites are dropped (subdomains are the same site).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import replace
from datetime import date
from datetime import timedelta
from datetime import tzinfo

from bs4 import BeautifulSoup
from bs4 import Tag

from ...extract.dates import find_times
from ...extract.dates import url_date
from ...extract.encoding import decode_html
from ...extract.text import squash
from .urls import clean_url
from .urls import link_key
from .urls import resolve
from .urls import same_site

ARTICLE_URL = re.compile(
    r"t20\d{6}_\d+|/20\d{2}[01]\d(?:[0-3]\d)?/|/20\d{2}/[01]\d[0-3]\d/|/20\d{2}-[01]\d(?:-[0-3]\d)?/"
    r"|content_\d+|art_\d+_\d+|/doc-[\w-]+|[?&](?:id|aid|articleid|newsid|docid|contentid)=\d+"
    r"|/c\d+-\d+\.s?html?|/\d{5,}\.s?html?$|/(?:detail|show|article|info)[/_-]?\w*\d",
    re.I,
)
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "select"})
CHROME_TOKENS = frozenset(
    "nav navbar menu mainnav subnav header footer foot bottom sidebar side aside right "
    "friend friendlink flink links yqlj pager pagination pages paging fenye pagebar crumb "
    "breadcrumb bread position location weizhi copyright share hot rank ranking banner "
    "login search tool toolbar recommend tuijian ad ads".split()
)
NAV_TEXT = re.compile(
    r"^(?:更多|查看更多|更多新闻|more|下一页|上一页|下页|上页|首页|尾页|末页|前一页|后一页|返回"
    r"|返回首页|网站首页|\d{1,4}|…+|\.{3}|跳转|go)$",
    re.I,
)
FRIEND_LABEL = re.compile(r"^\s*(?:友情链接|相关链接|友情网站)")
YEARLESS_DATE = re.compile(
    r"(?<![\d.\-/年])(1[0-2]|0?[1-9])\s*[-/.月]\s*(3[01]|[12]\d|0?[1-9])日?(?![\d:])"
)
TRIM = " \t\r\n>»›<«‹+→·•[]【】()（）"


@dataclass(frozen=True)
class FoundLink:
    """An article link on a list page: the cleaned absolute URL, its key, text and date."""

    url: str
    key: str
    text: str
    date: date | None

    def to_json(self) -> dict[str, str | None]:
        """The link as ``watch preview --json`` prints it."""
        return {"url": self.url, "text": self.text, "date": _iso(self.date)}


@dataclass(frozen=True)
class ListPage:
    """What a list page gave: its links, newest first, and the links it cannot follow."""

    url: str
    links: tuple[FoundLink, ...]
    unsupported: tuple[str, ...] = ()


@dataclass
class _Candidate:
    anchor: Tag
    link: FoundLink
    score: int


def _iso(value: date | None) -> str | None:
    """*value* as YYYY-MM-DD, or None."""
    return value.isoformat() if value else None


def _classes(element: Tag) -> list[str]:
    """The classes of *element*."""
    value = element.get("class")
    return [value] if isinstance(value, str) else list(value or [])


def _tokens(element: Tag) -> set[str]:
    """The class and id of *element*, split into lower-case words."""
    raw = " ".join([*_classes(element), str(element.get("id") or "")])
    return {t for t in re.split(r"[\s_\-]+", raw.lower()) if t}


def _strip_chrome(soup: BeautifulSoup) -> None:
    """Remove scripts, site chrome (nav, header, footer, sidebars...) and 友情链接 blocks."""
    for element in soup.find_all(["script", "style", "noscript", "template"]):
        element.decompose()
    for element in soup.find_all(True):
        if element.decomposed or element.name in ("html", "body"):
            continue
        if element.name in CHROME_TAGS or _tokens(element) & CHROME_TOKENS:
            element.decompose()
    for label in soup.find_all(string=FRIEND_LABEL):
        block = label.parent
        while block is not None and block.name != "body" and block.find("a") is None:
            block = block.parent
        if block is not None and block.name != "body" and len(block.find_all("a")) <= 60:
            block.decompose()


def _signature(anchor: Tag) -> str:
    """The structural path of *anchor*: tag.class from the root down (positions left out)."""
    parts = []
    for element in [anchor, *anchor.parents]:
        if not isinstance(element, Tag) or element.name == "[document]":
            break
        classes = ".".join(sorted(_classes(element)))
        parts.append(f"{element.name}.{classes}" if classes else element.name)
    return "/".join(reversed(parts))


def _item(anchor: Tag) -> Tag:
    """The list item holding *anchor*: the largest ancestor with no other story's link."""
    item = anchor
    href = anchor.get("href")
    for parent in anchor.parents:
        if parent.name in ("body", "html", "ul", "ol", "table", "tbody") or not isinstance(
            parent, Tag
        ):
            break
        if any(a.get("href") != href for a in parent.find_all("a", href=True)):
            break
        item = parent
    return item


def _yearless(text: str, today: date) -> date | None:
    """A month-day date in *text*, in the latest year that does not put it in the future."""
    match = YEARLESS_DATE.search(text)
    if not match:
        return None
    month, day = int(match.group(1)), int(match.group(2))
    for year in (today.year, today.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= today + timedelta(days=1):
            return found
    return None


def date_beside(anchor: Tag, url: str, today: date, zone: tzinfo) -> date | None:
    """The date printed beside *anchor* in its list item, else the date in its URL."""
    item = _item(anchor)
    text = squash(item.get_text(" ")).replace(squash(anchor.get_text(" ")), " ", 1)
    found = find_times(text, zone)
    if found:
        return found[0].value.date()
    yearless = _yearless(text, today)
    if yearless is not None:
        return yearless
    in_url = url_date(url)
    if in_url and in_url[2]:
        return date(*in_url)
    return None


def _text(anchor: Tag) -> str:
    """The visible text of *anchor* (or its title, or its image's alt)."""
    text = squash(anchor.get_text(" ")).strip(TRIM)
    if not text:
        image = anchor.find("img")
        text = str(anchor.get("title") or (image.get("alt") if image else "") or "")
    return squash(text).strip(TRIM)


def _headline(text: str) -> bool:
    """Whether *text* reads like a headline (long enough, mostly words)."""
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return 6 <= len(text) <= 120 and (cjk >= 5 or len(text.split()) >= 4)


def _unsupported(anchor: Tag) -> bool:
    """A javascript: link, or one that works only through onclick."""
    href = str(anchor.get("href") or "").strip()
    if href.lower().startswith("javascript:"):
        return True
    return anchor.get("onclick") is not None and href in ("", "#")


def _candidate(anchor: Tag, base: str, page: str, today: date, zone: tzinfo) -> _Candidate | None:
    """The link *anchor* makes, scored; None for links that are not to a story here."""
    absolute = resolve(str(anchor.get("href") or ""), base)
    if absolute is None or not same_site(_host(absolute), _host(page)):
        return None
    text = _text(anchor)
    url = clean_url(absolute)
    if NAV_TEXT.match(text) or link_key(url) == link_key(page):
        return None
    found = FoundLink(url, link_key(url), text, date_beside(anchor, url, today, zone))
    score = 2 * bool(ARTICLE_URL.search(url)) + (found.date is not None) + _headline(text)
    return _Candidate(anchor, found, score)


def _host(url: str) -> str:
    """The host part of the absolute *url*."""
    return re.sub(r"^[a-z]+://(?:[^@/]*@)?(\[[^\]]*\]|[^:/]*).*$", r"\1", url, flags=re.I)


def _best_group(candidates: list[_Candidate]) -> list[_Candidate]:
    """The repeated block of links that scores best, or nothing when none looks like a list."""
    groups: dict[str, list[_Candidate]] = {}
    for c in candidates:
        groups.setdefault(_signature(c.anchor), []).append(c)
    best: list[_Candidate] = []
    best_total = 0
    for group in groups.values():
        total = sum(c.score for c in group)
        mean = total / len(group)
        storylike = any(c.score >= 2 for c in group)
        if storylike and (mean >= 1.5 or (len(group) >= 5 and mean >= 1)) and total > best_total:
            best, best_total = group, total
    return [c for c in best if c.score >= 1]


def _ordered(links: list[FoundLink]) -> tuple[FoundLink, ...]:
    """*links* once each (with the longest text of its anchors), newest first when every
    link is dated, else in page order."""
    by_key: dict[str, FoundLink] = {}
    for link in links:
        known = by_key.get(link.key)
        if known is None or len(link.text) > len(known.text):
            by_key[link.key] = link if known is None else replace(known, text=link.text)
    unique = list(by_key.values())
    if unique and all(link.date for link in unique):
        unique.sort(key=lambda link: link.date or date.min, reverse=True)
    return tuple(unique)


def find_links(
    data: bytes,
    url: str,
    *,
    today: date,
    zone: tzinfo,
    content_type: str | None = None,
    selector: str | None = None,
) -> ListPage:
    """The article links of the list page *data*, fetched from (final URL) *url*.

    :param today: the local date, for dates printed without a year.
    :param selector: a CSS selector for the links (or for elements holding them); then
        the selected links are taken as they are, with no scoring.
    """
    soup = BeautifulSoup(decode_html(data, content_type).text, "lxml")
    base_tag = soup.find("base", href=True)
    base = resolve(str(base_tag["href"]), url) if isinstance(base_tag, Tag) else None
    base = base or url
    anchors = _selected(soup, selector) if selector else None
    if anchors is None:
        _strip_chrome(soup)
        anchors = soup.find_all("a")
    unsupported = [_text(a) or str(a.get("href")) for a in anchors if _unsupported(a)]
    candidates = [
        c
        for a in anchors
        if not _unsupported(a) and (c := _candidate(a, base, url, today, zone)) is not None
    ]
    chosen = candidates if selector else _best_group(candidates)
    links = _ordered([c.link for c in chosen])
    return ListPage(url, links, tuple(dict.fromkeys(unsupported)))


def _selected(soup: BeautifulSoup, selector: str) -> list[Tag]:
    """The anchors *selector* names, or the anchors inside the elements it names."""
    anchors: list[Tag] = []
    for element in soup.select(selector):
        anchors += [element] if element.name == "a" else element.find_all("a")
    return anchors
