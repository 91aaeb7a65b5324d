"""The extractor's steps in order: decode, parse, read each field, rebuild the body."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import tzinfo

from bs4 import BeautifulSoup

from ..errors import ExtractionError
from ..errors import InvalidArticle
from ..models import Image
from ..sanitize import clean_html
from ..sanitize import clean_text
from ..sanitize import summarize
from .blocks import Block
from .blocks import render
from .body import extract_body
from .category import find_category
from .encoding import decode_html
from .metadata import SITE_METAS
from .metadata import Structured
from .metadata import base_url
from .metadata import page_url
from .metadata import read_structured
from .outlet import adjacent_outlet
from .outlet import author_orgs
from .outlet import choose_source
from .outlet import class_author_outlets
from .outlet import meta_source
from .page import ExtractedPage
from .people import choose_authors
from .people import find_editor
from .published import choose_time
from .site import PLATFORMS
from .site import find_account
from .site import site_name
from .site import title_site
from .text import iter_lines
from .text import squash
from .title import choose_title
from .title import title_index

PARSER = "lxml"


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
    site = site_name(
        structured.meta(*SITE_METAS) or structured.publisher,
        address,
        soup.title.get_text() if soup.title else "",
    )
    account, account_writer = find_account(soup, scripts) if site in PLATFORMS else (None, None)
    if site in PLATFORMS:
        site = account
    source = choose_source(
        lines,
        title_at,
        meta_source(structured),
        first_text,
        site,
        author_orgs(structured) + class_author_outlets(title_el),
        adjacent_outlet(lines, title_at, zone, title_site(soup)),
    )
    authors = choose_authors(lines, title_at, body, text_blocks, structured, editor, title_el)
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
