"""The category: breadcrumb (markup or JSON-LD), the configured map, the section meta."""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Sequence

from bs4 import Tag

from .addresses import split_url
from .crumbs import CRUMB_LINE
from .crumbs import CRUMB_SEP
from .crumbs import CRUMB_SKIP
from .crumbs import HOME_CRUMB
from .crumbs import crumb_items
from .explain import Explanation
from .explain import where
from .metadata import SECTION_METAS
from .metadata import Structured
from .text import Line
from .text import TagIndex
from .text import attr_words
from .text import compact
from .text import find_tags
from .text import squash

CRUMB_WORDS = re.compile(
    r"crumb|bread|position|location|weizhi|dqwz|curpos|cur_?pos|current|mbx|nav_?path|path|"
    r"channel|lanmu|where|\bpos\b|daohang|columns?|route|\bwz\b|dqwz|mianbao",
    re.I,
)


def _crumb_items(tag: Tag) -> list[str]:
    links = [squash(a.get_text(" ")) for a in find_tags(tag, ("a",))]
    items = links if links else CRUMB_SEP.split(squash(tag.get_text(" ")))
    out = []
    for item in items:
        item = CRUMB_LINE.sub("", item).strip(" >＞›»")
        if item and not CRUMB_SKIP.match(item) and len(item) <= 20:
            out.append(item)
    return out


def find_category(
    index: TagIndex,
    structured: Structured,
    lines: Sequence[Line],
    title: str,
    url: str | None,
    category_map: Mapping[str, str] | None,
    default: str,
    explain: Explanation | None = None,
) -> str:
    """Breadcrumb (markup or JSON-LD), else the configured map, else the page's section meta
    (article:section, ColumnName), else *default*."""
    mapped = map_category(url, category_map)
    section = structured.section or structured.meta(*SECTION_METAS)
    if explain is not None:
        if mapped:
            explain.consider("category", mapped, "FEEDSVC_CATEGORY_MAP", "configured map")
        if section:
            explain.consider("category", section, "article:section / ColumnName", "section meta")
    value, why = _breadcrumb(index, structured, lines, title) or _configured(
        mapped, section, default
    )
    if explain is not None:
        explain.choose("category", value, why)
    return value


def _breadcrumb(
    index: TagIndex, structured: Structured, lines: Sequence[Line], title: str
) -> tuple[str, str] | None:
    """The last item of a breadcrumb (markup, line, JSON-LD) and why, or None."""
    title_c = compact(title)
    for tag in index.named("div", "p", "span", "ul", "ol", "nav", "td"):
        if not tag.attrs or not CRUMB_WORDS.search(attr_words(tag)):  # class/id words
            continue
        text = squash(tag.get_text(" "))
        if len(text) > 150 or len(find_tags(tag, ("a",))) > 8:
            continue
        if not (re.search(r">>|->|[>＞›»]", text) or CRUMB_LINE.match(text)):
            continue
        items = [
            i
            for i in _crumb_items(tag)
            if compact(i) != title_c and not title_c.startswith(compact(i)) or len(i) < 4
        ]
        if items:
            return items[-1], f"the last item of the breadcrumb at {where(tag)}"
    for line in lines[:200]:
        if CRUMB_LINE.match(line.text) or HOME_CRUMB.match(line.text):
            items = [i for i in _crumb_items(line.element) if compact(i) != title_c]
            if not items:
                items = [
                    p
                    for p in crumb_items(line.text)
                    if not CRUMB_SKIP.match(p) and compact(p) != title_c and len(p) <= 20
                ]
            if items:
                return items[-1], f"the last item of the breadcrumb line at {where(line.element)}"
    crumbs = [
        c
        for c in structured.crumbs
        if not CRUMB_SKIP.match(c) and compact(c) != title_c and len(c) <= 20
    ]
    if crumbs:
        return crumbs[-1], "no breadcrumb in the markup: the last item of the JSON-LD one"
    return None


def _configured(mapped: str | None, section: str | None, default: str) -> tuple[str, str]:
    """Without a breadcrumb: the configured map, the section meta, else *default*; and why."""
    if mapped:
        return mapped, "no breadcrumb: the configured map's longest prefix of the URL"
    if section and len(section) <= 20 and re.search(r"[^\d\s,;]", section):
        return section, "no breadcrumb or map entry: the section meta"
    return default, "nothing names a section: the default category"


def map_category(url: str | None, category_map: Mapping[str, str] | None) -> str | None:
    """The category configured for the longest host/path prefix that matches *url*."""
    if not url or not category_map:
        return None
    parts = split_url(url)
    if parts is None:
        return None
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    best: tuple[int, str] | None = None
    for key, category in category_map.items():
        key_norm = re.sub(r"^[a-z]+://", "", key.strip().lower())
        key_host, _, key_path = key_norm.partition("/")
        key_path = "/" + key_path
        if not (host == key_host or host.endswith("." + key_host)):
            continue
        if key_path != "/" and not (
            path == key_path.rstrip("/")
            or path.startswith(key_path if key_path.endswith("/") else key_path + "/")
        ):
            continue
        weight = len(key_norm)
        if best is None or weight > best[0]:
            best = (weight, category)
    return best[1] if best else None
