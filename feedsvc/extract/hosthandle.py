"""The blog owner's handle an author meta gives, vouched for by the site's host: ``Chouj`` on
``chouj.github.io``, ``lanxi`` on ``lanxi.gitee.io``.

A Latin word in an author meta is most often a theme's vendor or the site's brand, never read
as a writer; the same word as the user's label of a personal host (GitHub Pages, a blog
platform's subdomain) is the owner's handle, the writer of its posts. A site's own domain
(``www.chinanews.com`` with author ``chinanews``) names its brand, no writer.

A personal blog may also name its owner in its own name (``Erik's Webside``, ``Pw0n's blog``,
``编程随想的博客``): the owner writes the posts that credit no other source."""

from __future__ import annotations

import re

from .metadata import Structured
from .nameshape import ORG_HINT
from .owncredit import own_name

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

#: A blog named after its owner: Erik's Webside, wzyboy’s blog; 余瑜的博客, 某某的部落格.
OWNER_BLOG = re.compile(
    r"(?P<n>[A-Za-z][\w.\- ]{1,30}?)\s*['’]s\s+"
    r"(?:blog|weblog|webside|website|site|notes|space|home)"
    r"|(?P<h>[\u4e00-\u9fff·]{2,8})的(?:博客|個人博客|个人博客|个人网站|個人網站|小站|部落格|網誌|网志)",
    re.I,
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


def blog_owner(site: str | None, outlet: str | None) -> list[str]:
    """The owner a personal blog's name names, when the story is the blog's own (*outlet* is
    none, or the site's own name)."""
    m = OWNER_BLOG.fullmatch(site.strip()) if site else None
    if m is None or outlet is not None and not own_name(outlet, site):
        return []
    name = (m["n"] or m["h"]).strip()
    return [] if ORG_HINT.search(name) else [name]
