"""Outlets a page declares outside its text: source metas, data scripts, organisations named
as the author."""

from __future__ import annotations

import re

from ..outlets import is_known
from .lexicon import GENERIC_SOURCE
from .lexicon import ORG_HINT
from .lexicon import looks_like_outlet
from .metadata import AUTHOR_METAS
from .metadata import SOURCE_METAS
from .metadata import Structured
from .outlet import SOURCE_LABEL
from .outlet import source_value


def meta_source(structured: Structured) -> str | None:
    raw = structured.meta(*SOURCE_METAS)
    if not raw:
        return None
    m = SOURCE_LABEL.search(raw)
    return source_value(raw[m.end() :] if m else raw)


#: The outlet a page's data script carries (new.qq.com's ``window.DATA = {"media":"腾讯体育"}``).
SCRIPT_SOURCE = re.compile(
    r"""["']?\b(?:media|mediaName|media_name)["']?\s*[:=]\s*"""
    r"""["'](?P<v>[^"'<>\n]{2,20})["']"""
)


def script_source(scripts: str) -> str | None:
    """The outlet named in a data script, when it reads as an outlet's name (with Chinese)."""
    for m in SCRIPT_SOURCE.finditer(scripts):
        value = source_value(m["v"])
        if (
            value
            and re.search(r"[\u4e00-\u9fff]", value)
            and looks_like_outlet(value)
            and (ORG_HINT.search(value) or is_known(value))
            and not GENERIC_SOURCE.match(value)
        ):
            return value
    return None


def author_orgs(structured: Structured) -> list[str]:
    """Organisations named as author (JSON-LD Organization, an author meta naming an outlet)."""
    orgs = list(structured.author_orgs)
    # 經濟日報 記者陳美君／台北報導: the paper before its reporter's byline
    meta_author = re.split(r"\s*[／/]?\s*(?:記者|记者)", structured.meta(*AUTHOR_METAS) or "")[0]
    # 陳宥蓁／綜合報導: a reporter's byline, whose 報 names no organisation
    meta_author = re.sub(r"\s*[／/][^／/]{0,12}(?:報導|报道|報道)$", "", meta_author)
    if meta_author and looks_like_outlet(meta_author) and ORG_HINT.search(meta_author):
        orgs.append(meta_author)
    return orgs
