"""The blog owner's handle an author meta gives, vouched for by the site's host: ``Chouj`` on
``chouj.github.io``, ``lanxi`` on ``lanxi.gitee.io``.

A Latin word in an author meta is most often a theme's vendor or the site's brand, never read
as a writer; the same word as the user's label of a personal host (GitHub Pages, a blog
platform's subdomain) is the owner's handle, the writer of its posts. A site's own domain
(``www.chinanews.com`` with author ``chinanews``) names its brand, no writer."""

from __future__ import annotations

import re

from .metadata import Structured

#: The hosts that give each user a subdomain of their own: static pages and blog platforms.
PERSONAL_HOSTS = (
    "github.io",
    "gitee.io",
    "gitlab.io",
    "netlify.app",
    "vercel.app",
    "pages.dev",
    "blogspot.com",
    "wordpress.com",
    "lofter.com",
)

#: A handle: a Latin word, digits and a few joiners.
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{1,29}")


def host_handle(structured: Structured, host: str) -> list[str]:
    """The author meta's handle when the page's *host* is named after it; else nothing."""
    label, _, rest = host.partition(".")
    if not label or rest not in PERSONAL_HOSTS:
        return []
    for value in structured.metas.get("author", []) + structured.metas.get("article:author", []):
        name = value.strip()
        if _HANDLE.fullmatch(name) and name.lower() == label.lower():
            return [name]
    return []
