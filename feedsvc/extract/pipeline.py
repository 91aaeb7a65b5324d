"""The extractor's steps in order: decode, parse, read each field, rebuild the body."""

from __future__ import annotations

import gc
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo

from bs4 import BeautifulSoup
from bs4 import Tag

from ..errors import ExtractionError
from ..errors import InvalidArticle
from ..models import Image
from ..models import Source
from ..sanitize import clean_html
from ..sanitize import clean_text
from ..sanitize import summarize
from .addresses import host_of
from .agencyline import agency_outlet
from .attribution_explain import Evidence
from .attribution_explain import explain_authors
from .attribution_explain import explain_editor
from .attribution_explain import explain_outlet
from .badgeday import badge_day
from .blocks import Block
from .blocks import render
from .body import extract_body
from .brandbyline import company_page
from .bylineoutlets import info_line_outlets
from .bylineoutlets import lead_byline_outlets
from .cardaccount import card_account
from .category import find_category
from .datelineoutlet import dateline_outlet
from .editors import find_editor
from .editorsnote import opening_text
from .editorsnote import past_note
from .encoding import decode_html
from .explain import Explanation
from .fallbacktext import fallback_blocks
from .feedsite import feed_home_site
from .feedsite import feed_site
from .footerowner import footer_named_last
from .footerowner import footer_over_keywords
from .footerowner import footer_owner
from .footerowner import footer_site
from .hometext import home_text_site
from .hometext import section_over_home
from .hometext import space_title_site
from .hometext import tagline_site
from .hosthandle import blog_owner
from .hosthandle import host_handle
from .iconeditor import icon_editor
from .labelpairs import join_label_values
from .logosite import logo_alone
from .logosite import logo_site
from .logotitle import logo_titled
from .metadata import SITE_METAS
from .metadata import Structured
from .metadata import base_url
from .metadata import page_url
from .metadata import read_structured
from .mottotitle import without_slogan
from .outlet import adjacent_outlet
from .outlet import choose_source
from .outletmeta import author_orgs
from .outletmeta import class_author_outlets
from .outletmeta import meta_source
from .outletmeta import script_source
from .outletname import tidy_outlet
from .ownedtitle import owner_first
from .ownedtitle import owner_site
from .ownname import preferred_site_name
from .ownorg import own_name_last
from .page import ExtractedPage
from .parse import parse_html
from .people import choose_authors
from .people import outlet_itself
from .platforms import strip_badge
from .published import choose_time
from .replyfloors import floor_lines
from .signoff import signed_day
from .site import PLATFORMS
from .site import account_frame
from .site import find_account
from .site import site_name
from .site import title_site
from .statejson import state_page
from .text import Line
from .text import TagIndex
from .text import iter_lines
from .text import squash
from .title import TITLE_SPLIT
from .title import choose_title
from .titleat import title_index
from .treebuild import release
from .trim import Body
from .unitsite import unit_site


def extract_article(
    data: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    zone: tzinfo,
    default_category: str,
    category_map: Mapping[str, str] | None = None,
    explain: Explanation | None = None,
) -> ExtractedPage:
    """Read the article in the HTML page *data* (fetched from *url*, if known).

    :param content_type: the HTTP Content-Type header, whose charset is one piece of evidence.
    :param zone: the zone of times the page writes without one (Asia/Shanghai).
    :param category_map: host/path prefix → category, used when the page has no breadcrumb.
    :param explain: when given, each field's candidates and the reason for the winner are
        recorded in it (``extract --explain``).
    :return: the extracted page; ``published`` is None when the page gives no date.
    :raise ExtractionError: when the page has no headline or no article text.
    """
    origin = url or "page"
    # The page's tree lives until the end, so the cyclic collector, run every few hundred new
    # objects, would walk the growing tree again and again for nothing (a third of the time on
    # big pages). It is paused; the trees are freed at the end without it (treebuild.release).
    # The switch is process-wide: with extractions in several threads, the one that found it on
    # turns it back on when it ends, so it is never left off (others may run with it on: slower).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(data, url, content_type, zone, default_category, category_map, explain)
    except ExtractionError:
        raise
    except InvalidArticle as exc:
        raise ExtractionError(
            origin, f"the page gives an invalid {exc.field}: {exc.problem}"
        ) from exc
    except (RecursionError, ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:
        # A malformed page must fail alone and say so, never take the import down.
        raise ExtractionError(origin, f"the page could not be read ({exc!r})") from exc
    finally:
        if collecting:
            gc.enable()


@dataclass(frozen=True)
class _Parsed:
    """A page parsed once: its markup, metadata, headline and visible lines."""

    text: str
    encoding: str
    soup: BeautifulSoup
    index: TagIndex
    structured: Structured
    address: str | None
    title: str
    title_el: Tag | None
    subtitle: str | None
    lines: list[Line]
    title_at: int | None
    scripts: str


FRAGMENT = re.compile(r"<(?:html|head)[\s>]", re.I)

TAG = re.compile(r"<[A-Za-z!/]")


def _missing(text: str) -> str:
    """What a page without a headline lacks, for the error message."""
    fragment = FRAGMENT.search(text) is None
    return (
        "the page has no <title>, no headline meta (og:title, ArticleTitle) and no heading "
        "(h1-h6, a title-classed element, a bold line over the date or the text or opening the "
        "page)" + ("; it is a fragment without <html> or <head>" if fragment else "")
    )


def _parse(
    data: bytes, url: str | None, content_type: str | None, explain: Explanation | None
) -> _Parsed:
    """Decode and parse the page, read its metadata and find the headline among its lines."""
    origin = url or "page"
    if not data.strip():
        raise ExtractionError(origin, "the page is empty")
    decoded = decode_html(data, content_type)
    soup = parse_html(decoded.text)
    shell = state_page(decoded.text, soup)
    if shell is not None:
        release(soup)
        soup = parse_html(shell)
    index = TagIndex(soup)
    if index.first("body") is None and index.first("html") is None or not TAG.search(decoded.text):
        raise ExtractionError(origin, "not an HTML page (no tags: a text dump is read as .txt)")
    structured = read_structured(index)
    address = page_url(index, url, structured)
    space_title_site(soup.title, index.named("a"), address, structured)  # 标题-博客名
    title, title_el, subtitle = choose_title(soup, index, structured, explain)
    if not title:
        raise ExtractionError(origin, "no headline found: " + _missing(decoded.text))
    lines = join_label_values(list(iter_lines(soup.body or soup)))
    scripts = "\n".join(
        s.get_text()
        for s in index.named("script")
        if not s.get("src") and len(s.get_text()) < 200000
    )
    return _Parsed(
        decoded.text,
        decoded.encoding,
        soup,
        index,
        structured,
        address,
        title,
        title_el,
        subtitle,
        lines,
        title_index(lines, title, title_el),
        scripts,
    )


def _extract(
    data: bytes,
    url: str | None,
    content_type: str | None,
    zone: tzinfo,
    default_category: str,
    category_map: Mapping[str, str] | None,
    explain: Explanation | None,
) -> ExtractedPage:
    """The steps of :func:`extract_article`, without its error translation."""
    page = _parse(data, url, content_type, explain)
    try:
        return _read_fields(page, url, zone, default_category, category_map, explain)
    finally:
        release(page.soup)


def _read_fields(
    page: _Parsed,
    url: str | None,
    zone: tzinfo,
    default_category: str,
    category_map: Mapping[str, str] | None,
    explain: Explanation | None,
) -> ExtractedPage:
    """The fields of the parsed *page*."""
    published = choose_time(
        page.structured, page.lines, page.title_at, page.address, zone, page.scripts, explain
    ) or signed_day(page.lines, page.title_at, zone, explain)
    published = published or badge_day(page.lines, page.title_at, zone, explain)
    base = base_url(page.index, page.address)
    body = extract_body(page.soup, base, page.title, page.subtitle, explain, page.index)
    blocks = body.blocks or fallback_blocks(page.structured, page.index, page.title)
    text_blocks = [b for b in blocks if b.kind != "figure"]
    if not text_blocks and not any(b.image_url for b in blocks):
        raise ExtractionError(url or "page", "no article text found")
    first_text = opening_text(text_blocks)
    editor = find_editor(page.lines, page.title_at) or icon_editor(page.index)
    story = past_note(text_blocks)  # its dateline under an editor's note
    site, source, authors = _attribution(page, zone, body, story, editor, explain)
    category = find_category(
        page.index,
        page.structured,
        page.lines,
        page.title,
        page.address,
        category_map,
        default_category,
        explain,
    )
    if explain is not None:
        explain_editor(explain, page.lines, page.title_at, editor)
        why = (
            "the first paragraph of the best container, after the headline, info lines and bylines"
        )
        explain.choose("body", first_text[:60] or None, why)
    return ExtractedPage(
        title=clean_text(page.title),
        subtitle=clean_text(page.subtitle) if page.subtitle else None,
        original_title=clean_text(body.original_title) if body.original_title else None,
        published=published.value.astimezone(zone) if published else None,
        date_only=published.date_only if published else False,
        source=source,
        authors=tuple(dict.fromkeys(authors)),
        editor=editor,
        category=clean_text(category) or default_category,
        body_html=clean_html(render(blocks)),
        images=_images(blocks),
        original_url=page.address,
        site_name=site,
        summary=summarize(first_text),
        encoding=page.encoding,
    )


def _site_of(page: _Parsed, doc_title: str, parts: list[str]) -> tuple[str | None, str | None]:
    """The site's own name, and the blog's name before a tagline in the <title> when there is
    one: its metas, host and <title>, else its logo, feed, footer or home link."""
    structured, texts = page.structured, [line.text for line in page.lines]
    named = structured.meta(*SITE_METAS) or structured.publisher
    homed = tagline_site(parts, page.index.named("a"), page.address, named)  # 标题 - 博客 - 标语
    site = homed or without_slogan(site_name(named, page.address, doc_title, page.title), parts)
    site = site if named else logo_titled(doc_title, page.index.named("a")) or site
    tags = (page.index.named("link"), page.index.named("a"))
    site = feed_home_site(site, parts, page.title, tags)  # 桌面应用|标题: a section, no site
    site = site or logo_site(parts, page.index.named("img"), page.title)
    site = site or footer_named_last(texts, parts)  # 标题 - 某某资讯
    site = site or feed_site(parts, page.index.named("link"))  # 标题 « Free Mind, its feed
    site = site or footer_site(texts)
    site = site or footer_owner(texts, parts)  # 某某读书会 © 2016
    # 某某网's home link and footer over 标题_科技频道, its section
    site = section_over_home(site, texts, page.index.named("a"), page.address)
    site = site or home_text_site(parts, page.index.named("a"))  # 标题 | Slow Lane, home link
    site = site or (logo_alone(page.index.named("img")) if len(parts) <= 1 else None)
    site = site or owner_site(texts, doc_title)  # <title>某某人寿
    site = owner_first(texts, doc_title) or site  # 某某银行-部门门户
    site = unit_site(site, parts, texts[-8:])
    site = footer_over_keywords(site, texts, parts)  # SEO keywords
    return preferred_site_name(site, parts, page.title), homed


def _attribution(
    page: _Parsed,
    zone: tzinfo,
    body: Body,
    text_blocks: list[Block],
    editor: str | None,
    explain: Explanation | None = None,
) -> tuple[str | None, Source | None, list[str]]:
    """The site's name, the outlet and the authors (never the outlet's own name)."""
    structured, lines, title_at = page.structured, page.lines, page.title_at
    doc_title = page.soup.title.get_text() if page.soup.title else ""
    parts = [p for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    site, homed = _site_of(page, doc_title, parts)
    on_platform = site in PLATFORMS or account_frame(page.title_el)
    account, account_writer = find_account(page.soup, page.scripts) if on_platform else (None, None)
    if on_platform:
        site = account
    titled = homed or title_site(page.soup)
    lead = dateline_outlet(text_blocks[0].text) if text_blocks else None
    beside = strip_badge(adjacent_outlet(lines, title_at, zone, titled, lead))
    if beside and page.subtitle and squash(page.subtitle) == beside:
        beside = None  # the subtitle between the headline and the time names no outlet
    evidence = Evidence(
        meta_source(structured) or script_source(page.scripts),
        text_blocks[0].text if text_blocks else "",
        site,
        own_name_last(
            author_orgs(structured)
            + class_author_outlets(page.title_el, page.index.named("a"))
            + lead_byline_outlets(body.bylines)
            + card_account(page.title_el, body.bylines, structured)
            + info_line_outlets(lines, title_at),
            site,
        ),
        beside,
    )
    e = evidence
    chosen = (e.meta, e.first_text, e.site, e.orgs, e.beside_time, titled, page.address)
    source = tidy_outlet(agency_outlet(choose_source(lines, title_at, *chosen)))
    # a thread's replies never name the writer of its first post
    floors = floor_lines(lines, title_at, text_blocks[0].text if text_blocks else "")
    host = host_of(page.address)
    authors = choose_authors(
        floors, title_at, body, text_blocks, structured, editor, page.title_el, host
    )
    if not authors and account_writer and account_writer != account:
        authors = [account_writer]
    authors = authors or host_handle(structured, host)  # Chouj on chouj.github.io
    authors = authors or blog_owner(site, source.name if source else None)  # Erik's Webside
    authors, source = company_page(authors, source, [b.text for b in text_blocks[:3]])
    authors = [
        a for a in authors if not outlet_itself(a, source.name if source else None, floors, titled)
    ]
    if explain is not None:
        explain_outlet(explain, lines, title_at, evidence, source)
        explain_authors(
            explain, lines, title_at, body, text_blocks, structured, page.title_el, host, authors
        )
    return site, source, authors


def _images(blocks: list[Block]) -> tuple[Image, ...]:
    """The figures of the body that have an image, with caption and credit."""
    return tuple(
        Image(b.image_url, b.caption, b.credit)
        for b in blocks
        if b.kind == "figure" and b.image_url
    )
