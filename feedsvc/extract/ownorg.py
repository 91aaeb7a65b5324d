"""A platform's own name as author yields to the account it carries.

A portal that hosts self-media accounts names itself in its author meta (腾讯网) and the
account that posted the piece in another author field (article:author, an author-classed
name beside the headline); the account is the piece's outlet, the platform's name is last.
"""

from __future__ import annotations

import re

from ..outlets import canonical_outlet

#: 云帆网, 云帆新闻, 云帆新闻网: one site's names, by the stem before 网 or 新闻.
SITE_END = re.compile(r"(?<=..)(?:新闻网|新聞網|新闻|新聞|网|網)$")


def _stem(name: str) -> str:
    return SITE_END.sub("", canonical_outlet(name))


def own_name_last(orgs: list[str], site: str | None) -> list[str]:
    """*orgs* with the ones naming the site itself (by any of its names) after the others."""
    if not site or len(orgs) < 2:
        return orgs
    own = _stem(site)
    others = [o for o in orgs if _stem(o) != own]
    return others + [o for o in orgs if _stem(o) == own]
