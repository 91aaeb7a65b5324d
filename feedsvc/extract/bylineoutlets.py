"""The outlets a byline names before its reporter, in the text's lead or an app's info line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..outlets import is_known
from .accountkind import kind_account
from .leadnotes import source_tag
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .text import Line
from .titletext import CHANNEL_WORDS

#: 极目新闻记者 X, 齐鲁晚报·齐鲁壹点记者 X: a lead byline naming the outlet before its reporter.
LEAD_BYLINE_OUTLET = re.compile(
    r"^(?P<o>[\u4e00-\u9fff+]{2,12}?)(?:[·\-－][\u4e00-\u9fff+]{2,12}"
    # 燕赵都市报冀时客户端记者 X, 楚天都市报极目新闻记者 X: the paper, then its app run on
    r"|(?<=[报報网網台])[\u4e00-\u9fff]{2,6}(?:客户端|客戶端|新闻|新聞))?\s*(?:记者|記者)"
)


def lead_byline_outlets(bylines: Sequence[str]) -> list[str]:
    """The outlets the bylines lifted from the top of the text name before the reporter, as a
    news client's share page writes them (the paper of a paper·app pair); never 本报."""
    out: list[str] = []
    for text in bylines[:2]:
        m = LEAD_BYLINE_OUTLET.match(text.strip())
        tagged = source_tag(text)  # （央视新闻客户端）: a source tag alone, named as it is
        if tagged:
            out.append(tagged)
        name = m["o"] if m else ""
        if (
            name
            and not re.match(r"本[报報台网網刊]", name)
            and looks_like_outlet(name)
            and (ORG_HINT.search(name) or is_known(name))
        ):
            out.append(name)
    return out


#: The names a news app or paper goes by (潮新闻客户端, 某某日报, 某某网): no desk (国际部).
APP_OUTLET_END = re.compile(r"(?:客户端|客戶端|新闻|新聞|报|報|网|網|台|社)$")


def info_line_outlets(lines: Sequence[Line], title_at: int | None) -> list[str]:
    """The outlet an app's byline names in a short info line under the headline:
    ``潮新闻客户端 记者 X 通讯员 Y`` above the time, not lifted from the text; an outlet or a
    portal's channel in the 作者 field (``作者：网易科技``); or the account a platform names after
    its kind (``湃客：某某 2020-01-15 14:56``)."""
    if title_at is None:
        return []
    texts = [ln.text for ln in lines[title_at + 1 : title_at + 3] if len(ln.text) <= 40]
    apps = [o for o in lead_byline_outlets(texts) if APP_OUTLET_END.search(o)]
    fields = [m["o"] for t in texts if (m := WRITER_FIELD.search(t)) and _portal_channel(m["o"])]
    return apps + fields + kind_account(lines, title_at)


#: 作者：网易科技: the 作者 field of the info line, its value.
WRITER_FIELD = re.compile(r"(?:^|\s)作\s*者\s*[:：]\s*(?P<o>[^\s:：|｜]{2,16})")

#: 网易科技, 新浪财经: a portal's name, then one of its channels.
CHANNEL = re.compile(rf"(?P<p>.{{2,8}}?){CHANNEL_WORDS}")


def _portal_channel(name: str) -> bool:
    """Whether *name* is an outlet the table knows, or such an outlet's channel (网易科技)."""
    channel = CHANNEL.fullmatch(name)
    return is_known(name) or (channel is not None and is_known(channel["p"]))
