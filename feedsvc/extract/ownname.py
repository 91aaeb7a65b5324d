"""The site's own name as a reader of a Chinese-language page gives it: the Chinese name the
<title> ends with over the Latin one of the metas (``Harbor News`` → ``海港新闻网``), the paper
a longer name quotes (``某国最大的传媒机构《某某日报》中文网`` → ``某某日报``), and the name
without the words for its web site or language edition (``某某部全球資訊網`` → ``某某部``)."""

from __future__ import annotations

import re

from ..outlets import is_known
from .addresses import host_of
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .text import squash

#: A name in book-title marks inside a longer name: 《某某日报》中文网, 《某某》客户端.
QUOTED = re.compile(r"《(?P<n>[^《》]{2,12})》")

#: The words for a site's web site or language edition after its Chinese name: 全球資訊網
#: (every ministry's site in Taiwan).
KIND_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:全球資訊網|全球资讯网)$")

CJK = re.compile(r"[\u4e00-\u9fff]")


def preferred_site_name(site: str | None, parts: list[str], headline: str) -> str | None:
    """The name a reader would give the site, from the name read so far (*site*) and the
    <title>'s parts."""
    if not site:
        return site
    chinese = _chinese_title_name(site, parts, headline)
    if chinese:
        return chinese
    quoted = QUOTED.search(site)
    if quoted and quoted.group(0) != squash(site) and looks_like_outlet(quoted["n"]):
        return quoted["n"]
    bare = KIND_SUFFIX.sub("", squash(site))
    return bare if bare != squash(site) and looks_like_outlet(bare) else site


def _chinese_title_name(site: str, parts: list[str], headline: str) -> str | None:
    """The Chinese name the <title> ends with, when the name read so far is Latin alone
    (``Harbor News`` in the metas, ``标题 - 海港新闻网`` in the <title>)."""
    if CJK.search(site) or len(parts) < 2:
        return None
    if any(squash(p).lower() == squash(site).lower() for p in parts):
        return None  # 标题 - RFI - 法国国际广播电台: the <title> names it by its Latin name too
    last = squash(parts[-1])
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,16}", last) or last == squash(headline):
        return None
    if looks_like_outlet(last) and (is_known(last) or ORG_HINT.search(last)):
        return last
    return None


def host_alias(org: str, site: str | None, address: str | None) -> bool:
    """Whether *org*, a Latin name, is the site's own under its host (``UNHCR - The UN Refugee
    Agency`` on unhcr.org, ``Harbor News`` on harbornews.example) while the site names itself in
    Chinese."""
    if not site or not address or CJK.search(org) or not CJK.search(site):
        return False
    labels = set(host_of(address).lower().split("."))
    words = re.findall(r"[A-Za-z0-9]+", org.lower())
    if not words:
        return False
    return bool(labels & {words[0], "".join(words), "".join(w[0] for w in words)})
