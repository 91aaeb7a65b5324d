"""Extract an article from a plain-text dump of a Chinese news page (see seeds/)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from datetime import tzinfo

from ..errors import ExtractionError
from ..models import ArticleDraft
from ..models import Image
from ..outlets import known_outlet
from ..sanitize import summarize
from .crumbs import HOME_CRUMB
from .crumbs import crumb_items
from .dates import find_times
from .lexicon import AUTHOR
from .lexicon import CHROME
from .lexicon import EDITOR_RANK
from .lexicon import END_LINE
from .lexicon import SOURCE_LABELS
from .lexicon import STAFF
from .lexicon import alternation
from .lexicon import split_credit
from .nameshape import looks_like_person
from .nameshape import split_names
from .text import COLON

SOURCE_LINE = re.compile(rf"(?:{alternation(*SOURCE_LABELS)}){COLON}(?P<v>[^\s|｜]+)")
AUTHOR_LINE = re.compile(
    rf"(?:{alternation(*AUTHOR)}){COLON}(?P<v>[^\s|｜]+(?:[ 、，,][^\s|｜:：]+)*)"
)
EDITOR_LINE = re.compile(
    rf"[【\[（(]?\s*(?:{alternation(*EDITOR_RANK)}){COLON}(?P<v>[^\s】\]）)]+)"
)
DATELINE_REPORTERS = re.compile(rf"[（(]\s*(?:{alternation(*STAFF)})\s*(?P<v>[^）)]+)[）)]")
SITE_NAME = re.compile(r"欢迎(?:来到|访问)\s*(?P<v>\S{2,20})")


@dataclass(frozen=True)
class _Block:
    """A body paragraph, or a photo with its caption and credit."""

    text: str
    image: Image | None = None


def normalize_line(line: str) -> str:
    """Turn NBSP, ideographic and other odd spaces into plain spaces and trim."""
    line = re.sub(r"[\u00a0\u2000-\u200b\u3000\t]", " ", line)
    return re.sub(r" {2,}", " ", line).strip()


def _publish_time(lines: list[str], zone: tzinfo) -> tuple[int | None, datetime | None]:
    """The first line that gives a date with a time of day, and that time (local in *zone*)."""
    for i, line in enumerate(lines):
        for found in find_times(line, zone):
            if not found.date_only:
                return i, found.value
    return None, None


def _find(lines: list[str], pattern: re.Pattern[str], start: int = 0) -> int | None:
    for i in range(start, len(lines)):
        if pattern.search(lines[i]):
            return i
    return None


def _body_blocks(lines: list[str], title: str) -> list[_Block]:
    """Paragraphs and photos from the article's own lines (chrome already cut off)."""
    blocks: list[_Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        is_photo_alt = (
            following
            and split_credit(following)[1] is not None
            and not re.search(r"[。！？]$", line)
            and len(line) <= 80
            and not CHROME.search(following)
        )
        if is_photo_alt:
            caption, credit = split_credit(following)
            blocks.append(_Block(caption, Image(None, caption, credit)))
            i += 2
            continue
        if not CHROME.search(line):
            blocks.append(_Block(line))
        i += 1
    return blocks


def _people(text: str) -> list[str]:
    """The people a byline names, as the HTML extractor reads them."""
    return [name for name in split_names(text) if looks_like_person(name)]


def _breadcrumb_category(line: str, title: str) -> str | None:
    """The section in '网站首页> 媒体报道> <title>': the last crumb before the title."""
    if line.endswith(title):
        line = line[: -len(title)]
    parts = [p.strip() for p in crumb_items(line) if p.strip()]
    return parts[-1] if len(parts) >= 2 else None


def _render_body(blocks: list[_Block]) -> str:
    parts = []
    for block in blocks:
        if block.image is not None:
            credit = block.image.credit
            credit_html = f' <span class="credit">{html.escape(credit)}</span>' if credit else ""
            parts.append(
                f"<figure><figcaption>{html.escape(block.image.caption)}{credit_html}"
                "</figcaption></figure>"
            )
        else:
            parts.append(f"<p>{html.escape(block.text)}</p>")
    return "\n".join(parts)


def parse_text_dump(text: str, origin: str, zone: tzinfo, default_category: str) -> ArticleDraft:
    """Build an ArticleDraft from a text dump; raise ExtractionError naming what is missing."""
    lines = [normalize_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    info, published = _publish_time(lines, zone)
    if info is None or published is None:
        raise ExtractionError(origin, "no publish time (such as 2025-07-28 09:30:57) found")

    crumb = _find(lines[:info], HOME_CRUMB)
    title = lines[info - 1] if info > 0 and info - 1 != crumb else ""
    if not title or HOME_CRUMB.search(title) or CHROME.search(title):
        raise ExtractionError(origin, "no title found on the line before the publish time")
    category = _breadcrumb_category(lines[crumb], title) if crumb is not None else None

    source_m = SOURCE_LINE.search(lines[info])
    author_m = AUTHOR_LINE.search(lines[info])
    end = _find(lines, END_LINE, info + 1) or len(lines)
    editor_at = _find(lines[:end], EDITOR_LINE, info + 1)
    body_lines = lines[info + 1 : editor_at if editor_at is not None else end]
    editor = EDITOR_LINE.search(lines[editor_at]) if editor_at is not None else None
    blocks = _body_blocks(body_lines, title)
    paragraphs = [b.text for b in blocks if b.image is None]
    if not paragraphs:
        raise ExtractionError(origin, "no article text found after the publish time")

    authors = _people(author_m["v"]) if author_m else []
    dateline = DATELINE_REPORTERS.search(paragraphs[0][:120])
    if dateline:
        authors += _people(dateline["v"])
    site = _find(lines[: crumb if crumb is not None else info], SITE_NAME)
    return ArticleDraft(
        title=title,
        category=category or default_category,
        published=published,
        body_html=_render_body(blocks),
        source=known_outlet(source_m["v"]) if source_m else None,
        authors=tuple(authors),
        editor=editor["v"] if editor else None,
        summary=summarize(paragraphs[0]),
        images=tuple(b.image for b in blocks if b.image is not None),
        site_name=SITE_NAME.search(lines[site])["v"] if site is not None else None,  # type: ignore[index]
    )
