"""Extract an article from a news or government page: ``extract_article(data, url=...)``.

The steps live in their own modules: :mod:`.encoding` (bytes to text), :mod:`.metadata`
(JSON-LD and metas), :mod:`.dates` (time forms), :mod:`.fields` (title, info block, people,
outlet, category) and :mod:`.body` (the article text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from datetime import tzinfo
from typing import Any

from bs4 import BeautifulSoup
from bs4 import Tag

from ..errors import ExtractionError
from ..errors import InvalidArticle
from ..models import ArticleDraft
from ..models import Image
from ..models import Source
from ..outlets import known_outlet
from ..outlets import outlet_for_host
from ..sanitize import clean_html
from ..sanitize import clean_text
from ..sanitize import summarize
from ..timeutil import rfc3339
from .body import Block
from .body import Body
from .body import extract_body
from .body import render
from .encoding import decode_html
from .fields import TITLE_SPLIT
from .fields import adjacent_outlet
from .fields import choose_time
from .fields import choose_title
from .fields import class_author_outlets
from .fields import class_authors
from .fields import dateline_outlet
from .fields import find_authors
from .fields import find_category
from .fields import find_editor
from .fields import issuer_names
from .fields import meta_source
from .fields import source_candidates
from .fields import source_value
from .fields import title_index
from .metadata import AUTHOR_METAS
from .metadata import SITE_METAS
from .metadata import Structured
from .metadata import base_url
from .metadata import page_url
from .metadata import read_structured
from .text import ORG_HINT
from .text import Line
from .text import iter_lines
from .text import looks_like_outlet
from .text import looks_like_person
from .text import split_names
from .text import squash

__all__ = ["ExtractedPage", "extract_article"]

PARSER = "lxml"


@dataclass(frozen=True)
class ExtractedPage:
    """Everything read from one page. ``published`` is None when the page names no date;
    ``date_only`` means the page gives a day but no time (then ``published`` is 00:00 local).
    """

    title: str
    subtitle: str | None
    original_title: str | None
    published: datetime | None
    date_only: bool
    source: Source | None
    authors: tuple[str, ...]
    editor: str | None
    category: str
    body_html: str
    images: tuple[Image, ...]
    original_url: str | None
    site_name: str | None
    summary: str
    encoding: str

    def to_draft(self, origin: str) -> ArticleDraft:
        """The draft to store; raise ExtractionError when the page gave no publish date."""
        if self.published is None:
            raise ExtractionError(origin, "no publish date found on the page")
        return ArticleDraft(
            title=self.title,
            category=self.category,
            published=self.published,
            body_html=self.body_html,
            source=self.source,
            authors=self.authors,
            editor=self.editor,
            summary=self.summary,
            images=self.images,
            original_url=self.original_url,
            site_name=self.site_name,
            subtitle=self.subtitle,
            original_title=self.original_title,
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form printed by ``flask extract``; times are RFC 3339 with an offset."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "original_title": self.original_title,
            "published": rfc3339(self.published) if self.published else None,
            "date_only": self.date_only,
            "source": {"name": self.source.name, "url": self.source.url} if self.source else None,
            "authors": list(self.authors),
            "editor": self.editor,
            "category": self.category,
            "body_html": self.body_html,
            "images": [
                {"url": i.url, "caption": i.caption, "credit": i.credit} for i in self.images
            ],
            "original_url": self.original_url,
            "site_name": self.site_name,
            "summary": self.summary,
        }


#: Publishing platforms, not outlets: the account that posted the article is the outlet.
PLATFORMS = frozenset(
    (
        "微信公众平台",
        "微信",
        "微信公众号",
        "百家号",
        "今日头条",
        "头条号",
        "网易号",
        "搜狐号",
        "企鹅号",
    )
)
ACCOUNT_NAME = ("#js_name", ".profile_nickname", ".account_nickname_inner", ".wx_follow_nickname")
ACCOUNT_SCRIPT = re.compile(r"""\bvar\s+nickname\s*=\s*(?:htmlDecode\()?["']([^"'\n]{2,30})["']""")
ACCOUNT_AUTHOR = ("#js_author_name", ".rich_media_meta_text .author")


def _account(soup: BeautifulSoup, scripts: str) -> tuple[str | None, str | None]:
    """The posting account and the writer a 公众号 article names (#js_name, #js_author_name)."""
    name: str | None = None
    for selector in ACCOUNT_NAME:
        found = soup.select_one(selector)
        text = squash(found.get_text(" ")) if found is not None else ""
        if 2 <= len(text) <= 30:
            name = text
            break
    if name is None:
        m = ACCOUNT_SCRIPT.search(scripts)
        name = squash(m.group(1)) if m else None
    writer: str | None = None
    for selector in ACCOUNT_AUTHOR:
        found = soup.select_one(selector)
        text = squash(found.get_text(" ")) if found is not None else ""
        if 2 <= len(text) <= 20 and not re.search(r"[:：，。]", text):
            writer = text
            break
    return name, writer


def _title_site(soup: BeautifulSoup) -> str | None:
    """The site named at the end of the <title> (headline_site, headline|site)."""
    parts = [p.strip() for p in TITLE_SPLIT.split(soup.title.get_text() if soup.title else "")]
    parts = [p for p in parts if p]
    return parts[-1] if len(parts) > 1 else None


def _site_name(structured_site: str | None, url: str | None, doc_title: str) -> str | None:
    parts = [p for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    if structured_site and looks_like_outlet(structured_site):
        # application-name "BBC" on a page titled "… - BBC中文网 - …": the edition's own name
        for part in parts[1:]:
            fuller = squash(part)
            if (
                fuller.startswith(structured_site)
                and len(fuller) <= 16
                and fuller != structured_site
            ):
                if looks_like_outlet(fuller):
                    return fuller
        return structured_site
    host_outlet = outlet_for_host(url)
    if host_outlet:
        return host_outlet
    if len(parts) > 1 and len(parts[-1]) <= 16 and looks_like_outlet(parts[-1]):
        return squash(parts[-1])
    return None


def _choose_source(
    lines: list[Line],
    title_at: int | None,
    meta: str | None,
    first_text: str,
    site_name: str | None,
    author_orgs: list[str],
    beside_time: str | None = None,
) -> Source | None:
    names = [name for _, name in source_candidates(lines, title_at)]
    ordered = names[:1] + ([meta] if meta else []) + names[1:]
    for name in ordered:
        if looks_like_outlet(name):
            return known_outlet(name)
    if beside_time:
        return known_outlet(beside_time)  # vetted by adjacent_outlet
    fallbacks: list[str | None] = [dateline_outlet(first_text), *author_orgs]
    fallbacks.append(source_value(site_name) if site_name else None)
    # last, the issuing body of a 信息公开 table, when the page names no site either
    fallbacks += issuer_names(lines, title_at)
    for fallback in fallbacks:
        if fallback and looks_like_outlet(fallback):
            return known_outlet(fallback)
    return None


def extract_article(
    data: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    zone: tzinfo,
    default_category: str,
    category_map: Mapping[str, str] | None = None,
) -> ExtractedPage:
    """Read the article in the HTML page *data* (fetched from *url*, if known).

    :param content_type: the HTTP Content-Type header, whose charset is one piece of evidence.
    :param zone: the zone of times the page writes without one (Asia/Shanghai).
    :param category_map: host/path prefix → category, used when the page has no breadcrumb.
    :return: the extracted page; ``published`` is None when the page gives no date.
    :raise ExtractionError: when the page has no headline or no article text.
    """
    origin = url or "page"
    try:
        return _extract(data, url, content_type, zone, default_category, category_map)
    except ExtractionError:
        raise
    except InvalidArticle as exc:
        raise ExtractionError(
            origin, f"the page gives an invalid {exc.field}: {exc.problem}"
        ) from exc
    except (RecursionError, ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:
        # A malformed page must fail alone and say so, never take the import down.
        raise ExtractionError(origin, f"the page could not be read ({exc!r})") from exc


def _fallback_blocks(structured: Structured) -> list[Block]:
    """Paragraphs of the JSON-LD articleBody, for pages whose text is only there."""
    if not structured.body_text:
        return []
    paragraphs = (squash(line) for line in structured.body_text.split("\n"))
    return [Block("p", html.escape(p), p) for p in paragraphs if p]


def _author_orgs(structured: Structured) -> list[str]:
    """Organisations named as author (JSON-LD Organization, an author meta naming an outlet)."""
    orgs = list(structured.author_orgs)
    meta_author = structured.meta(*AUTHOR_METAS)
    if meta_author and looks_like_outlet(meta_author) and ORG_HINT.search(meta_author):
        orgs.append(meta_author)
    return orgs


def _hidden(element: Tag) -> bool:
    for tag in [element, *element.parents][:6]:
        style = (
            re.sub(r"\s+", "", str(tag.get("style") or "")).lower() if isinstance(tag, Tag) else ""
        )
        if "display:none" in style:
            return True
    return False


def _authors(
    lines: list[Line],
    title_at: int | None,
    body: Body,
    text_blocks: list[Block],
    structured: Structured,
    editor: str | None,
    title_el: Tag | None = None,
) -> list[str]:
    """Reporters from the bylines and datelines; else structured data naming people."""
    window: list[str] = []
    if title_at is not None:
        # a hidden byline (the 作者 of a display:none block for search engines) is often the
        # uploading editor's name, not the writer's
        window = [
            line.text
            for line in lines[max(0, title_at - 6) : title_at + 12]
            if not line.in_comments and not _hidden(line.element)
        ]
    window += body.bylines + [b.text for b in text_blocks[:2] + text_blocks[-2:]]
    # a short byline line near the end (采写：…), or one closing the last paragraph (…？ 作者：…)
    window += [b.text for b in text_blocks[-6:-2] if len(b.text) <= 60]
    for block in text_blocks[-3:]:
        tail = re.split(r"[。！？!?]", block.text)[-1]
        if len(block.text) > 120 and len(tail) <= 60:
            window.append(tail)
    first = text_blocks[0].text if text_blocks else ""
    # the last real paragraph (not a trailing "图集" or "分享" widget label)
    longer = [b.text for b in text_blocks[1:] if len(b.text) >= 12]
    last = longer[-1] if longer else ""
    authors = find_authors(window, first, last)
    if authors:
        return authors
    editors = set(re.split(r"[、，,\s]+", editor or ""))
    beside = [n for n in class_authors(title_el) if n not in editors]
    if beside:
        return beside
    raw = list(structured.authors)
    meta_author = structured.meta(*AUTHOR_METAS)
    if meta_author and not ORG_HINT.search(meta_author):
        plain = structured.meta("author")
        if meta_author == plain and plain not in "".join(line.text for line in lines):
            # A portal CMS puts whoever uploaded the page in a plain <meta name="author">:
            # a name the page never shows is not a byline (article:author still counts).
            meta_author = None
        if meta_author:
            raw.append(meta_author)
    names = [n for r in raw for n in split_names(r) if looks_like_person(n) and n not in editors]
    return list(dict.fromkeys(names))


def _extract(
    data: bytes,
    url: str | None,
    content_type: str | None,
    zone: tzinfo,
    default_category: str,
    category_map: Mapping[str, str] | None,
) -> ExtractedPage:
    origin = url or "page"
    if not data.strip():
        raise ExtractionError(origin, "the page is empty")
    decoded = decode_html(data, content_type)
    soup = BeautifulSoup(decoded.text, PARSER)
    if soup.find("body") is None and soup.find("html") is None:
        raise ExtractionError(origin, "not an HTML page")
    structured = read_structured(soup)
    address = page_url(soup, url, structured)
    base = base_url(soup, address)
    title, title_el, subtitle = choose_title(soup, structured)
    if not title:
        raise ExtractionError(origin, "no headline found (no <h1>, og:title or <title>)")
    root = soup.body or soup
    lines = list(iter_lines(root))
    title_at = title_index(lines, title, title_el)
    scripts = "\n".join(
        s.get_text()
        for s in soup.find_all("script")
        if not s.get("src") and len(s.get_text()) < 200000
    )
    published = choose_time(structured, lines, title_at, address, zone, scripts)

    body = extract_body(BeautifulSoup(decoded.text, PARSER), base, title, subtitle)
    blocks = body.blocks or _fallback_blocks(structured)
    text_blocks = [b for b in blocks if b.kind != "figure"]
    if not text_blocks and not any(b.image_url for b in blocks):
        raise ExtractionError(origin, "no article text found")
    first_text = text_blocks[0].text if text_blocks else ""

    editor = find_editor(lines, title_at)
    site = _site_name(
        structured.meta(*SITE_METAS) or structured.publisher,
        address,
        soup.title.get_text() if soup.title else "",
    )
    account, account_writer = _account(soup, scripts) if site in PLATFORMS else (None, None)
    if site in PLATFORMS:
        site = account
    source = _choose_source(
        lines,
        title_at,
        meta_source(structured),
        first_text,
        site,
        _author_orgs(structured) + class_author_outlets(title_el),
        adjacent_outlet(lines, title_at, zone, _title_site(soup)),
    )
    authors = _authors(lines, title_at, body, text_blocks, structured, editor, title_el)
    if not authors and account_writer and account_writer != account:
        authors = [account_writer]
    authors = [a for a in authors if source is None or a != source.name]
    category = find_category(
        soup, structured, lines, title, address, category_map, default_category
    )

    images = tuple(
        Image(b.image_url, b.caption, b.credit)
        for b in blocks
        if b.kind == "figure" and b.image_url
    )
    body_html = clean_html(render(blocks))
    return ExtractedPage(
        title=clean_text(title),
        subtitle=clean_text(subtitle) if subtitle else None,
        original_title=clean_text(body.original_title) if body.original_title else None,
        published=published.value.astimezone(zone) if published else None,
        date_only=published.date_only if published else False,
        source=source,
        authors=tuple(dict.fromkeys(authors)),
        editor=editor,
        category=clean_text(category) or default_category,
        body_html=body_html,
        images=images,
        original_url=address,
        site_name=site,
        summary=summarize(first_text),
        encoding=decoded.encoding,
    )
