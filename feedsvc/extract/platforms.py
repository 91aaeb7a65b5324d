"""Accounts on the content platforms: the name an account goes by, without the platform's."""

from __future__ import annotations

import re

from bs4 import Tag

from ..outlets import is_aggregator
from ..outlets import outlet_for_host
from .beside import logo_alt
from .nameshape import looks_like_outlet
from .text import find_tag

#: 人民号·清河县融媒体中心, 澎湃号·上海发布, 企鹅号 - 某某: the platform's name before its
#: account's.
PLATFORM_ACCOUNT = re.compile(
    r"(?:人民号|人民號|澎湃号|大风号|凤凰号|企鹅号|百家号|网易号|搜狐号|头条号|新华号|央视号|"
    r"南方号|上观号|潮鸣号|川观号|封面号|红星号|极目号|齐鲁号|大众号)"
    # 企鹅号 - 某某: the account after a spaced dash too
    r"(?:\s*[·•・|｜:：]|\s+[-－—–]+(?=\s))\s*(?P<a>\S.*)"
)

#: 海湾都市报官方账号: the platform's badge after an account's name.
ACCOUNT_BADGE = re.compile(r"(?<=..)(?:官方账号|官方帳號|官方帐号|官方号)$")


def platform_account(text: str) -> str:
    """The account of *text* when it names a platform first (人民号·某某县融媒体中心 → the
    account), else *text*."""
    m = PLATFORM_ACCOUNT.fullmatch(text.strip())
    return m["a"].strip() if m else text


def strip_badge(name: str | None) -> str | None:
    """*name* without a platform's badge after it (海湾都市报官方账号 → 海湾都市报)."""
    return ACCOUNT_BADGE.sub("", name) if name else name


def provider_logo(tag: Tag) -> str | None:
    """An aggregator's provider logo: named by its alt text, else by the host it links to
    (<a class="caas-attr-provider-logo" href="https://www.ettoday.net/"><img></a>)."""
    alt = logo_alt(tag)
    if alt or find_tag(tag, "img") is None:
        return alt
    links = [tag] if tag.name == "a" else tag.find_all("a", href=True, limit=2)
    for link in links:
        if isinstance(link, Tag) and link.get("href"):
            return outlet_for_host(str(link.get("href")))
    return None


def carried_origin(named: list[str], lead: str | None, accounts: list[str]) -> str | None:
    """The first outlet named; past a portal's own name (来源：腾讯网, 来源：今日头条), the
    outlet it carries the story from, named further on (a closing 来源 line), in the lead
    (【环球时报】) or as the posting account (an account card naming 某某晚报)."""
    if not named:
        return None
    if is_aggregator(named[0]):
        carried = [n for n in named if not is_aggregator(n)]
        if carried:
            return carried[0]
        if lead and not is_aggregator(lead):
            return lead
        posting = [a for a in accounts if looks_like_outlet(a) and not is_aggregator(a)]
        if posting:
            return posting[0]
    return named[0]
