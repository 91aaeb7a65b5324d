"""Per-source selectors that override the extractor's choice on that source's pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo

from bs4 import BeautifulSoup

from ...extract.dates import parse_value
from ...extract.encoding import decode_html
from ...extract.nameshape import split_names
from ...extract.text import squash
from ...models import ArticleDraft
from ...models import Source
from ...sanitize import clean_html
from .sources import Hints


def apply_hints(
    draft: ArticleDraft,
    data: bytes,
    content_type: str | None,
    hints: Hints,
    zone: tzinfo,
) -> ArticleDraft:
    """*draft* with the title, time, outlet, authors and body the *hints* select on the
    page (a selector that matches nothing leaves the extractor's value)."""
    wanted = {k: v for k, v in hints.to_dict().items() if k != "links"}
    if not wanted:
        return draft
    soup = BeautifulSoup(decode_html(data, content_type).text, "lxml")
    found = {}
    for key, selector in wanted.items():
        element = soup.select_one(selector)
        if element is not None:
            found[key] = (squash(element.get_text(" ")), element.decode_contents())
    changes: dict[str, object] = {}
    if "title" in found and found["title"][0]:
        changes["title"] = found["title"][0]
    if "time" in found and (parsed := parse_value(found["time"][0], zone)) is not None:
        changes["published"] = parsed[0]
    if "outlet" in found and found["outlet"][0]:
        changes["source"] = Source(found["outlet"][0])
    if "author" in found and (names := split_names(found["author"][0])):
        changes["authors"] = tuple(names)
    if "body" in found and found["body"][0]:
        changes["body_html"] = clean_html(found["body"][1])
    return replace(draft, **changes)  # type: ignore[arg-type]
