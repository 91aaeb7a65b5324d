"""``watch preview``: the links a list page gives and what each would import; writes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ...errors import FeedsvcError
from ...timeutil import rfc3339
from ...timeutil import to_local
from ..importer import HtmlDocument
from ..importer import load_with_settings
from ..importer import read_bytes
from .context import Watcher
from .hints import apply_hints
from .links import find_links
from .run import Pass
from .sources import SourceDecl
from .sources import get_source


def _target(watcher: Watcher, target: str) -> SourceDecl:
    """The declared source *target*, or an ad-hoc one for the URL *target*."""
    if "://" in target:
        return SourceDecl("preview", (target,))
    return get_source(watcher.watch.sources_file, target)


def preview(
    watcher: Watcher, target: str, page: Path | None, page_url: str | None, links_only: bool
) -> dict[str, Any]:
    """What watching *target* would find: ``{"url", "links": [...], "unsupported"}``."""
    decl = _target(watcher, target)
    if page_url and "://" in target:
        decl = SourceDecl("preview", (page_url,))
    one_pass = Pass(watcher)
    if page is not None:
        data, url, content_type = read_bytes(page), str(page_url), None
    else:
        fetched = one_pass.get(decl.urls[0])
        data, url, content_type = fetched.data, fetched.url, fetched.content_type
    zone = watcher.settings.zone
    found = find_links(
        data,
        url,
        today=to_local(watcher.clock(), zone).date(),
        zone=zone,
        content_type=content_type,
        selector=decl.hints.links,
    )
    links: list[dict[str, Any]] = [link.to_json() for link in found.links]
    if not links_only:
        for link in links:
            link["article"] = _article(one_pass, decl, str(link["url"]))
    return {"url": url, "links": links, "unsupported": list(found.unsupported)}


def _article(one_pass: Pass, decl: SourceDecl, url: str) -> dict[str, Any]:
    """Title, time, outlet and authors the article at *url* would be imported with."""
    settings = one_pass.w.settings
    try:
        page = one_pass.get(url)
        document = HtmlDocument(page.data, page.url, page.content_type)
        draft = apply_hints(
            load_with_settings(document, settings),
            page.data,
            page.content_type,
            decl.hints,
            settings.zone,
        )
    except FeedsvcError as exc:
        return {"error": exc.message}
    if decl.category:
        draft = replace(draft, category=decl.category)
    return {
        "title": draft.title,
        "published": rfc3339(to_local(draft.published, settings.zone)),
        "outlet": draft.source.name if draft.source else None,
        "authors": list(draft.authors),
        "editor": draft.editor,
        "category": draft.category,
    }
