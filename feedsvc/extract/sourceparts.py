"""A 来源 value in parts: 人民网－人民日报 as written, 人民网-文化频道 the portal, X综合 kept."""

from __future__ import annotations

import re

from ..models import Source
from ..outlets import is_known
from ..outlets import known_outlet
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .titletext import PORTAL_CHANNEL

#: 人民网-要闻版 names a page of the portal; 人民网-人民日报海外版 a paper's edition.
EDITION = r"(?<![报報](?:海外|[华華][东東南北]|农村|農村))版$"

#: The dash between the parts: 人民网－人民日报, 大洋网—信息时报, 少数派 - 高品质数字消费指南;
#: a hyphen inside a Latin word (Wi-Fi联盟, 某某网 Maple-Link) joins, never parts.
PARTS = r"\s*[－—–]+\s*|\s+-\s*|-\s+|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])"

#: 文化频道, 財經頻道, 防疫專題, 要闻版, 原创: a part that names a channel or page of the portal
#: before it, in either script.
CHANNEL = rf"频道|頻道|栏目|欄目|专题|專題|{EDITION}|原创|原創"

#: 中国经济网综合报道, 3DM整理, 某某原创: the site that compiled, edited or wrote the story;
#: 凤凰网综合, 青报网综合 keep their 综合 as the page writes it.
COMPILED = re.compile(r"(?<=[综綜]合)(?:报道|報導)$|(?<=..)(?:整理|原创)$")


#: A site named in Traditional script, its name ending in 網: 東岸網, 某某新聞網 (the shared
#: hints leave 網 out: inside a word of a page's chrome it names none, 產生縮網址, 網友).
_TRADITIONAL_SITE = re.compile(r"[\u4e00-\u9fff]網$")


def named_outlet(name: str) -> bool:
    """Whether *name* reads as an outlet's name (人民日报, 某某网, 東岸網) rather than a topic."""
    return (
        ORG_HINT.search(name) is not None
        or is_known(name)
        or _TRADITIONAL_SITE.search(name) is not None
    )


def parted_value(text: str) -> str:
    """The outlet of a 来源 value joined by dashes: a portal and the paper it carries as
    written (大洋网-广州日报, 浙江在线－钱江晚报); the portal of its channel (人民网-文化频道);
    the site of its motto (少数派 - 高品质数字消费指南)."""
    parts = [p for p in re.split(PARTS, text) if p]
    if len(parts) < 2:
        return text
    cjk = [p for p in parts if re.search(r"[\u4e00-\u9fff]", p)]
    channel = bool(cjk) and re.search(CHANNEL, cjk[-1]) is not None
    if cjk and looks_like_outlet(cjk[-1]) and not channel and named_outlet(cjk[-1]):
        if len(parts) == 2 and len(cjk) == 2 and _portal(cjk[0]):
            return re.sub(r"\s*([－—–]+|-)\s*", r"\1", text)  # 大洋网-广州日报: as written
        return cjk[-1]  # 转自-人民日报: the paper
    if cjk and looks_like_outlet(cjk[0]) and (channel or not named_outlet(cjk[0])):
        return cjk[0]  # 人民网-文化频道: the portal, not its channel
    if len(cjk) == 2 and named_outlet(cjk[0]):
        return "-".join(cjk)  # 科普中国-科学原理: an outlet's column, named as written
    return text


def _portal(name: str) -> bool:
    """Whether *name*, before a paper's name, is the portal or group that carries it."""
    return looks_like_outlet(name) and named_outlet(name)


#: 新浪科技讯, 中新网讯, 明報專訊: the lead's word for "reports" copied with the outlet's name
#: into the 来源 label (新浪科技讯 7月19日凌晨消息 opens the story it was taken from); never the
#: 讯 of a word (资讯, 快讯, 时讯, 通讯, 腾讯).
LEAD_NEWS = re.compile(r"(?<![资資快时時通简簡喜电電短视視音腾騰博闻聞传傳])(?:专|專)?(?:讯|訊)$")


def compiled_value(text: str) -> str:
    """The outlet without the word that says it edited the story (整理, 原创, 综合报道) or the
    lead's 讯 after it (新浪科技讯 → 新浪科技; 江屿时讯, 某某快讯 and 资讯 are names)."""
    text = COMPILED.sub("", text)
    lead = LEAD_NEWS.search(text)
    if lead is None:
        return text
    rest = text[: lead.start()]
    channel = PORTAL_CHANNEL.fullmatch(rest) is not None
    return rest if len(rest) >= 2 and (channel or named_outlet(rest)) else text


def known_source(name: str) -> Source:
    """A Source for *name*, with its homepage when the outlet is a well-known one; a portal and
    the paper it carries (人民网－人民日报) with the paper's."""
    source = known_outlet(name)
    parts = re.split(PARTS, name.strip())
    if source.url is None and len(parts) == 2 and is_known(parts[1]):
        return Source(source.name, known_outlet(parts[1]).url)
    return source
