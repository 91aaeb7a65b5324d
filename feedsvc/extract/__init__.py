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


def _site_name(structured_site: str | None, url: str | None, doc_title: str) -> str | None:
    if structured_site and looks_like_outlet(structured_site):
        return structured_site
    host_outlet = outlet_for_host(url)
    if host_outlet:
        return host_outlet
    parts = [p for p in TITLE_SPLIT.split(doc_title) if p.strip()]
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
    fallbacks: list[str | None] = [beside_time, dateline_outlet(first_text), *author_orgs]
    fallbacks.append(source_value(site_name) if site_name else None)
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
        window = [
            line.text
            for line in lines[max(0, title_at - 6) : title_at + 12]
            if not line.in_comments
        ]
    window += body.bylines + [b.text for b in text_blocks[:2] + text_blocks[-2:]]
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
    source = _choose_source(
        lines,
        title_at,
        meta_source(structured),
        first_text,
        site,
        _author_orgs(structured) + class_author_outlets(title_el),
        adjacent_outlet(lines, title_at, zone),
    )
    authors = _authors(lines, title_at, body, text_blocks, structured, editor, title_el)
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
