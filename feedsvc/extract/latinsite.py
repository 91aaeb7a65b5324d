"""A site's Latin name, given twice by the site itself: its name meta (og:site_name "Harbor
Family Services") and its <title>'s site part (``标题 - Harbor Family Services``). Read alone
such a name may look like a person's (two capitalised words) or run longer than an outlet's
Chinese name; said twice, it is the site's own. A name meta in lower case (og:site_name
"hackwise", a slug) is the name the <title> writes for readers (``博客 | HackWise``)."""

from __future__ import annotations

import re

from .nameshape import GENERIC_SOURCE
from .text import squash

#: A name in Latin letters: Pacific Harbor Clinics, The Weekly Ledger, Foo & Bar Centre.
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9 .,&'’-]{1,58}[A-Za-z0-9.]")


def titled_latin_site(structured: str | None, parts: list[str]) -> str | None:
    """The site's name meta, when it is a Latin name the <title> ends with (or opens with)."""
    if not structured or len(parts) < 2:
        return None
    name = squash(structured)
    if not LATIN_NAME.fullmatch(name) or GENERIC_SOURCE.match(name):
        return None
    return name if name in (squash(parts[-1]), squash(parts[0])) else None


def latin_titled(name: str, titled: str | None) -> bool:
    """Whether *name* is a Latin site name the <title>'s site part gives as it is."""
    return LATIN_NAME.fullmatch(name) is not None and squash(titled or "") == name


def written_latin_site(structured: str, parts: list[str]) -> str:
    """The <title>'s capitalised form of a lower-case Latin name meta (hackwise → HackWise)."""
    if not LATIN_NAME.fullmatch(structured) or structured != structured.lower():
        return structured
    written = [squash(p) for p in parts if squash(p).lower() == structured]
    return written[0] if written and written[0] != structured else structured
