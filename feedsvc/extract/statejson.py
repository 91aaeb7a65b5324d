"""The article of a thin page shell whose story lives only in a JSON state script.

Mobile and app share pages built with a script framework send an empty ``<div id="__next">``
or ``<div id="app">`` and the whole story in a script: ``<script id="__NEXT_DATA__"
type="application/json">{…}</script>`` or ``window.__INITIAL_STATE__ = {…};``. The state
holds an object with a headline and the text as HTML (``title``, ``content``) beside its time,
source, author and editor. Such a page is read as if the shell showed that object: a headline,
an info line and the text, written into its ``<body>``, its ``<head>`` kept.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup

#: Where a framework puts its state: the Next.js data script or a window variable.
STATE_MARK = re.compile(
    r"<script[^>]*\bid=[\"']__NEXT_DATA__[\"'][^>]*>|"
    r"window\.__(?:INITIAL_STATE|INITIAL_DATA|PRELOADED_STATE|INIT_DATA)__\s*=\s*|"
    # window.__initData = {…}: the camel-cased variable of hand-written app share pages
    r"window\.__(?:initData|initialData|initialState)\s*=\s*|"
    # var allData = {…}: a portal's rendered article page (凤凰网), its story under docData
    r"\bvar\s+allData\s*=\s*",
)

#: A shell shows less text than this outside its scripts.
THIN = 200

TITLE_KEYS = ("title", "headline", "articleTitle")
CONTENT_KEYS = ("content", "contentHtml", "articleContent", "body", "html")
TIME_KEYS = (
    "publishTime",
    "publish_time",
    "pubTime",
    "pubtime",
    "publishedAt",
    "newsTime",
    "date",
    "ctime",
)
#: src: the outlet's name where a share page's state abbreviates it (an address is no outlet)
SOURCE_KEYS = ("source", "sourceName", "mediaName", "media", "accountName", "src")
AUTHOR_KEYS = ("author", "authorName", "writer")
EDITOR_KEYS = ("editor", "editorName")


def _states(text: str) -> Iterator[Any]:
    """The JSON values that follow each state mark in *text*."""
    decoder = json.JSONDecoder()
    for mark in STATE_MARK.finditer(text):
        start = text.find("{", mark.end(), mark.end() + 20)
        if start < 0:
            continue
        try:
            yield decoder.raw_decode(text, start)[0]
        except ValueError:
            continue


def _objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object nested in *value*, a dozen levels deep at most."""
    if depth > 12:
        return
    if isinstance(value, dict):
        yield value
        children: Any = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return
    for child in children:
        yield from _objects(child, depth + 1)


def _field(obj: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The first of *keys* in *obj* that holds a string, a number or a named object."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("nick")
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            return str(int(value))
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _content(obj: dict[str, Any]) -> str:
    """The text of the article *obj*: its content field, else the HTML of the pieces its
    ``contentData.contentList`` lists (``[{"data": "<p>…</p>", "type": "text"}, …]``)."""
    content = _field(obj, CONTENT_KEYS)
    listed = obj.get("contentData")
    pieces = listed.get("contentList") if isinstance(listed, dict) else None
    if content or not isinstance(pieces, list):
        return content
    return "".join(
        p["data"] for p in pieces if isinstance(p, dict) and isinstance(p.get("data"), str)
    )


def _article(state: Any) -> dict[str, Any] | None:
    """The object in *state* with a headline and the longest text."""
    best: dict[str, Any] | None = None
    longest = 80
    for obj in _objects(state):
        if not _field(obj, TITLE_KEYS):
            continue
        content = _content(obj)
        if len(content) > longest:
            best, longest = obj, len(content)
    return best


def _render(obj: dict[str, Any]) -> str:
    """The markup a page would show for the article *obj*."""
    title = html.escape(_field(obj, TITLE_KEYS))
    content = _content(obj)
    if "<" not in content:
        content = "".join(f"<p>{html.escape(p)}</p>" for p in content.splitlines() if p.strip())
    stamp = _field(obj, TIME_KEYS)
    if re.fullmatch(r"\d{13}", stamp):
        stamp = stamp[:10]
    info = [f'<meta property="article:published_time" content="{html.escape(stamp)}">']
    for label, keys in (("来源：", SOURCE_KEYS), ("作者：", AUTHOR_KEYS)):
        if (value := _field(obj, keys)) and "/" not in value:
            info.append(f"<span>{label}{html.escape(value)}</span> ")
    editor = _field(obj, EDITOR_KEYS)
    closing = f"<p>（责任编辑：{html.escape(editor)}）</p>" if editor else ""
    return (
        f'<article><h1>{title}</h1><div class="info">{"".join(info)}</div>'
        f'<div class="content">{content}</div>{closing}</article>'
    )


def state_page(text: str, soup: BeautifulSoup) -> str | None:
    """*text* with the article of its JSON state written into its body, when *soup* is a thin
    shell whose state holds one; else None."""
    if "__NEXT_DATA__" not in text and "window.__" not in text and "allData" not in text:
        return None  # a plain substring test first: the mark is rare and pages are long
    if not STATE_MARK.search(text) or soup.body is None:
        return None
    shown = "".join(
        s for s in soup.body.find_all(string=True) if s.parent and s.parent.name != "script"
    )
    if len(shown.strip()) >= THIN:
        return None
    for state in _states(text):
        obj = _article(state)
        if obj is not None:
            body = re.search(r"<body[^>]*>", text, re.I)
            at = body.end() if body else len(text)
            return text[:at] + _render(obj) + text[at:]
    return None
