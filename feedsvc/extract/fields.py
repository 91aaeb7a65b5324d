"""The article's fields from the visible page: title, info block, people, outlet, category."""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from datetime import tzinfo
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from bs4 import Tag
from bs4.element import NavigableString
from bs4.element import PreformattedString

from ..outlets import is_known
from .dates import FoundTime
from .dates import find_times
from .dates import parse_value
from .dates import url_date
from .metadata import SECTION_METAS
from .metadata import SOURCE_METAS
from .metadata import TIME_METAS
from .metadata import Structured
from .text import ORG_HINT
from .text import Line
from .text import attr_words
from .text import compact
from .text import looks_like_outlet
from .text import looks_like_person
from .text import split_names
from .text import squash

TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|(?<=\S)-(?=[\u4e00-\u9fffA-Za-z]{2,12}$))\s*")
TITLE_WORDS = re.compile(r"title|headline|tit\b|biaoti|\bbt\b|art_?tit|news_?tit", re.I)
PUB_LABEL = re.compile(
    r"(?:发布时间|发布日期|发表时间|发表日期|发稿时间|发文日期|发文时间|上线时间|刊发时间|出版日期|"
    r"publish(?:ed)?(?: ?(?:time|date|on))?|时间|日期|发布于|发表于)\s*[:：]?\s*$",
    re.I,
)
BAD_LABEL = re.compile(
    r"(?:成文日期|成文时间|印发日期|印发时间|更新时间|更新日期|最后更新|更新于|修改时间|修改日期|修订|"
    r"施行|实施日期|生效|有效期|截止|报名|开始时间|结束时间|举办时间|活动时间|会议时间|访问时间|"
    r"评论|回复|留言|updated?|modified|截至|统计(?!局)|拍摄|录制|开幕|闭幕|今天是|今日|"
    r"当前时间|现在时间|服务时间|办公时间|咨询时间|受理时间)\s*[:：]?\s*\S{0,6}\s*$",
    re.I,
)
UPDATE_LABEL = re.compile(r"更新时间|更新日期|最后更新|更新于")
SOURCE_LABEL = re.compile(
    r"(?<![数据图片资料视频题头封面素材文档])(?:稿件来源|信息来源|文章来源|本文来源|新闻来源|内容来源|"
    r"消息来源|来源于|来源|出处|转自|转载自|稿源|資料來源|新聞來源|來源|Source(?=\s*:))"
    r"\s*(?:[:：]\s*|\s+(?=\S))"
)
ISSUER_LABEL = re.compile(r"(?:发布机构|发文机关|发文单位|发布单位|发布部门|公开主体)\s*[:：]\s*")
SOURCE_CUT = re.compile(
    r"(?:作者|编辑|责编|责任编辑|记者|发布|时间|日期|浏览|点击|阅读|字号|字体|打印|分享|通讯员|"
    r"摄影|审核|校对|来源|記者|編輯|來源|【|】|\[|\]|[（(）)]|\d{4}[-年/.]|\s{2,}|\s[|｜丨]|[|｜丨])"
)
AUTHOR_LABEL = re.compile(
    r"(?:作者|撰文|撰稿|文字|采写|(?:[\u4e00-\u9fff]{0,6}(?:记者|通讯员|实习生|記者|通訊員)))"
    r"\s*(?:[:：/|｜丨]\s*|\s+|(?=[\u4e00-\u9fff]))(?P<v>[^|｜丨\n【】（）()]{2,60})"
)
#: 记者专访某某 / 记者从某地获悉: a sentence about the reporter, not a byline.
PROSE_AFTER = re.compile(
    r"\s*(?:专访|采访|了解|获悉|从|在|向|对|跟随|随|看到|发现|注意到|梳理|走访|调查|联系|致电|查询|"
    r"观察|实地|来到|近日|日前|昨|今|获知|得知|注意|采写了|探访|暗访|体验|统计|查阅|询问|问)"
)
WEN_LABEL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:文|文图|图文)\s*[/｜|丨]\s*(?P<v>[^|｜丨\n【】（）()]{2,40})"
)
AUTHOR_CUT = re.compile(
    r"(?:来源|编辑|责编|发布|时间|日期|浏览|点击|字号|\d{4}|[，。；！？]|电$|报道$|消息$|$)"
)
PLACES = (
    "台北|北京|上海|香港|澳門|澳门|華盛頓|华盛顿|紐約|纽约|東京|东京|倫敦|伦敦|巴黎|首爾|首尔|台中|台南|"
    "高雄|新北|桃園|新竹|花蓮|廣州|广州|深圳|南京|武漢|武汉|杭州|成都|重慶|重庆|天津|西安|日內瓦|日内瓦|"
    "布魯塞爾|布鲁塞尔|莫斯科|柏林|新德里|曼谷|新加坡|洛杉磯|洛杉矶|舊金山|旧金山|芝加哥|雪梨|悉尼"
)
#: 中央社記者陳昱婷台北5日電: the reporter's name runs into the place of the dateline.
DATELINE_REPORTER = re.compile(
    r"(?:記者|记者)\s*(?P<name>[\u4e00-\u9fff·]{2,7}?)\s*(?P<place>" + PLACES + r")?\s*"
    r"\d{1,2}日(?:专|專)?(?:电|電)"
)
#: （记者宋晨、田中全） closing the last paragraph, as wire stories with a 题： lead do.
TRAILING_REPORTERS = re.compile(
    r"[（(]\s*((?:记者|記者|通讯员|(?:特约)?评论员|文\s*/\s*图|图\s*/\s*文|文\s*[/｜|丨]|作者|撰文)"
    r"[^（）()]{2,50})[）)]"
    r"\s*[。]?\s*(?:[（(]完[）)])?\s*$"
)
TRAILING_NAME = re.compile(r"[。！？”][（(](?P<n>[\u4e00-\u9fff]{2,3})[）)]\s*$")
XINHUA_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,6}(?:[、，,][\u4e00-\u9fff·]{2,6}){0,4}")
DATELINE_PAREN = re.compile(r"[（(]([^（()）]{2,60})[）)]")
EDITOR_LABEL = re.compile(
    r"(?P<label>责任编辑|责编|值班编辑|本文编辑|文字编辑|编辑|責任編輯|責編|編輯)"
    r"(?:\s*[:：]\s*|(?<=编辑)\s*/\s*(?=[\u4e00-\u9fff]))"
)
EDITOR_RANK = {
    "责任编辑": 0,
    "責任編輯": 0,
    "责编": 1,
    "責編": 1,
    "值班编辑": 2,
    "本文编辑": 2,
    "文字编辑": 3,
    "编辑": 4,
    "編輯": 4,
}
CRUMB_WORDS = re.compile(
    r"crumb|bread|position|location|weizhi|dqwz|curpos|cur_?pos|current|mbx|nav_?path|path|"
    r"channel|lanmu|where|\bpos\b|daohang|columns?|route|\bwz\b|dqwz|mianbao",
    re.I,
)
CRUMB_LINE = re.compile(
    r"^(?:当前位置|您的位置|你的位置|所在位置|现在位置|您当前的位置|位置)\s*[:：]?"
)
CRUMB_SEP = re.compile(r"\s*(?:>>|->|[>＞›»]|&gt;|\s/\s)\s*")
CRUMB_SKIP = re.compile(
    r"^(?:首页|主页|网站首页|返回首页|正文|详情|内容|文章|正文内容|当前位置|您的位置)$"
)
DATELINE_AGENCY = re.compile(
    r"^\s*(?:[(（【]\s*)?(?P<o>新华社|新华网|中新社|中新网|人民网|央视网|央广网|中国日报网|国际在线|"
    r"中国网|光明网|环球网|澎湃新闻|央视新闻|中央社|本报)[^，。]{0,20}?(?:电|讯|消息|電)"
)


TIME_CLASS = re.compile(r"time|date|pub|fbsj|\bsj\b|riqi|shijian", re.I)
SOURCE_CLASS = re.compile(r"source|laiyuan|\bly\b|media-?name|\bfrom\b|copyfrom", re.I)
#: Publish times that scripts carry: ``publish_time: '2019-09-08 11:42:03'``, WeChat's ``ct``.
#: Meta names of update times: never the publish time, but evidence of its year.
MODIFIED_METAS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dateupdate",
    "lastmodifiedtime",
    "weibo: article:update_at",
)
SCRIPT_TIME = re.compile(
    r"""\b(?:publish_?time|publishTime|pubtime|pubTime|pubDate|publishDate|publish_date|"""
    r"""firstPublishTime|ptime|ct)\b["']?\s*[:=]\s*["'](?P<v>[0-9][0-9 :T+\-/.]{7,30})["']"""
)


@dataclass(frozen=True)
class TimeChoice:
    value: datetime
    date_only: bool
    origin: str


LIST_WORDS = re.compile(r"hot|tuijian|relat|recommend|list|rank|xgxw|more|side|right", re.I)


def in_list(tag: Tag) -> bool:
    """Whether *tag* sits in a list of other articles (related, hot, recommended...)."""
    for depth, parent in enumerate([tag, *tag.parents]):
        if depth > 4 or parent.name in ("body", "html"):
            return False
        if parent.name in ("li", "dd", "dt") or LIST_WORDS.search(attr_words(parent)):
            return True
    return False


def _cut_title(text: str) -> str:
    parts = [p for p in TITLE_SPLIT.split(text) if p.strip()]
    while len(parts) > 1 and len(compact(parts[-1])) <= 16:
        parts.pop()
    return squash(parts[0] if len(parts) == 1 else " ".join(parts)) if parts else ""


def _heading_lines(tag: Tag) -> list[str]:
    lines: list[str] = []
    buf: list[str] = []
    for node in tag.descendants:
        if isinstance(node, Tag) and node.name == "br":
            lines.append(squash("".join(buf)))
            buf = []
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            # PreformattedString: comments (<!--<$[标题]>begin-->), CDATA, doctypes.
            buf.append(str(node))
    lines.append(squash("".join(buf)))
    lines = [line for line in lines if line]
    # A headline wrapped with <br> is one headline; a —— line after it is the subtitle.
    head: list[str] = []
    for i, line in enumerate(lines):
        if i and line.startswith(("——", "—", "--")):
            return [_join(head), *lines[i:]]
        head.append(line)
    return [_join(head)] if head else []


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and re.match(r"[A-Za-z0-9]", part) and re.search(r"[A-Za-z0-9]$", out):
            out += " "
        out += part
    return out


def choose_title(soup: BeautifulSoup, structured: Structured) -> tuple[str, Tag | None, str | None]:
    """The headline, the element showing it (if any), and a subtitle line after ——."""
    doc_title = squash(soup.title.get_text()) if soup.title else ""
    meta_title = structured.headline or structured.meta("articletitle", "og:title", "twitter:title")
    meta_c = compact(meta_title or "")
    doc_c = compact(doc_title)
    doc_parts = [compact(p) for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    head_c = doc_parts[0] if len(doc_parts) > 1 else doc_c
    tail_c = doc_parts[1:]
    best: tuple[float, Tag, list[str]] | None = None
    seen: set[int] = set()
    candidates = list(soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]))
    candidates += [
        t
        for t in soup.find_all(["div", "p", "span", "td", "strong", "font", "b"])
        if isinstance(t, Tag) and TITLE_WORDS.search(attr_words(t))
    ]
    for order, tag in enumerate(candidates):
        if not isinstance(tag, Tag) or id(tag) in seen:
            continue
        seen.add(id(tag))
        lines = _heading_lines(tag)
        if not lines:
            continue
        text = lines[0]
        c = compact(text)
        if (
            not 4 <= len(c) <= 150
            or tag.find_parent("a") is not None
            or tag.find("a")
            and len(
                compact(tag.find("a").get_text())  # type: ignore[union-attr]
            )
            == len(c)
            and tag.name != "h1"
        ):
            continue
        score = {"h1": 3.0, "h2": 1.0, "h3": 0.5, "h4": 0.25, "h5": 0.2, "h6": 0.1}.get(
            tag.name, 0.0
        )
        if TITLE_WORDS.search(attr_words(tag)):
            score += 2
        if meta_c and c == meta_c:
            score += 8
        elif meta_c and len(c) >= 4 and (c in meta_c or meta_c in c):
            score += 4
        if doc_c and c in doc_c:
            score += 6 + (2 if doc_c.startswith(c) else 0)
        if tag.find_parent(["li", "ul"]) is not None:
            score -= 3
        if (doc_c.endswith(c) and not doc_c.startswith(c) and len(c) < 12) or (
            len(c) < 16 and c not in head_c and any(c in p for p in tail_c)
        ):
            score -= 6  # the site or section name (a logo in <h1>), not the headline
        score -= order * 0.01
        if best is None or score > best[0]:
            best = (score, tag, lines)
    subtitle: str | None = None
    plausible = best is not None and best[1].name == "h1" and len(compact(best[2][0])) >= 6
    if best is not None and (best[0] >= 5 or (plausible and not meta_title)):
        tag, lines = best[1], best[2]
        title = lines[0]
        if len(lines) > 1 and lines[1].startswith(("——", "—", "--")):
            subtitle = lines[1].lstrip("—- ")
        if subtitle is None:
            subtitle = _subtitle_after(tag)
        return title, tag, subtitle
    if meta_title:
        return _cut_title(meta_title), None, None
    labelled = _labelled_title(soup)
    if labelled:
        return labelled, None, None
    above = _heading_above_info(soup)
    if above is not None:
        return _heading_lines(above)[0], above, None
    if doc_title:
        return _cut_title(doc_title), None, None
    if best is not None:
        return best[2][0], best[1], None
    return "", None, None


XXGK_LABELS = re.compile(r"索引号|发文字号|成文日期|发文机关|发布机构|主题分类|文号")
TITLE_LABEL = re.compile(r"^(?:标题|名称|文件名称|文件标题)[:：]?$")


def _labelled_title(soup: BeautifulSoup) -> str | None:
    """The 标题 / 名称 cell of a 信息公开 table (索引号, 发文机关, 成文日期, 标题, …)."""
    for tag in soup.find_all(["td", "th", "dt", "b", "strong", "span", "label", "em"]):
        if not isinstance(tag, Tag) or not TITLE_LABEL.match(compact(tag.get_text())):
            continue
        cell = tag if tag.name in ("td", "th", "dt") else tag.find_parent(["td", "th", "dt"])
        value = ""
        sibling = (cell or tag).find_next_sibling()
        if isinstance(sibling, Tag):
            value = squash(sibling.get_text(" "))
        if not value and tag.parent is not None:
            whole = squash(tag.parent.get_text(" "))
            label = squash(tag.get_text(" "))
            value = whole[whole.find(label) + len(label) :].strip(" :：") if label in whole else ""
        block = tag.find_parent(["table", "ul", "dl", "div"])
        context = compact(block.get_text()) if block is not None else ""
        if 4 <= len(compact(value)) <= 150 and XXGK_LABELS.search(context):
            return value
    return None


INFO_START = re.compile(
    r"^\s*(?:发布时间|发布日期|发稿时间|发表时间|时间|日期|来源|信息来源|作者)\s*[:：]|"
    r"^\s*(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}"
)


def _heading_above_info(soup: BeautifulSoup) -> Tag | None:
    """A heading (h1-h6, strong, b) right before the info line (发布时间 / 来源 / a date):
    the headline of a page whose <title> names only the section and that has no metas."""
    for node in soup.find_all(string=INFO_START, limit=50):
        if isinstance(node, PreformattedString) or node.find_parent(["script", "style"]):
            continue
        info = node.find_parent(["p", "div", "span", "td", "li"])
        if info is None or info.find_parent("a") is not None:
            continue
        own = squash(info.get_text(" "))
        if not own or len(own) > 80 or not INFO_START.search(own):
            continue
        if info.find_parent(["li", "dd", "dt"]) is not None:
            continue
        heading = info.find_previous(["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"])
        if heading is None or heading.find_parent("a") is not None or heading.find("a"):
            continue
        lines = _heading_lines(heading)
        if not lines or not 6 <= len(compact(lines[0])) <= 80:
            continue
        if heading.find_parent(["li", "dd", "dt"]) is not None:
            continue
        if _text_between(heading, info) <= 20:
            return heading
        return None
    return None


def _text_between(first: Tag, second: Tag) -> int:
    """How many visible characters stand between the end of *first* and *second* (capped)."""
    count = 0
    for node in first.find_all_next(string=True, limit=200):
        if second in node.parents:
            return count
        if first in node.parents or isinstance(node, PreformattedString):
            continue
        if node.find_parent(["script", "style"]) is None:
            count += len(compact(str(node)))
        if count > 20:
            break
    return 1000


SUBTITLE_CLASSES = frozenset(
    {"sub", "subtitle", "sub-title", "sub_title", "subhead", "fbt", "futi", "fu_title", "futitle"}
)
INFO_WORDS = re.compile(r"来源|作者|记者|编辑|发布|时间|日期|\d{4}[-年/.]\d{1,2}")


def _subtitle_after(tag: Tag) -> str | None:
    for sibling in tag.find_next_siblings(limit=3):
        if not isinstance(sibling, Tag):
            continue
        text = squash(sibling.get_text(" "))
        if not text:
            continue
        words = attr_words(sibling)
        if text.startswith(("——", "—")) and len(text) <= 120:
            return text.lstrip("—- ")
        tokens = {w.lower() for w in words.split()}
        if tokens & SUBTITLE_CLASSES and len(text) <= 120 and not INFO_WORDS.search(text):
            return text.lstrip("—- ")
        if (
            sibling.name in ("h2", "h3", "h4")
            and len(text) <= 60
            and not INFO_WORDS.search(text)
            and not re.search(r"相关|推荐|热门|热点|阅读|评论|专题|导航|排行", text)
        ):
            return text.lstrip("—- ")
        return None
    return None


def title_index(lines: Sequence[Line], title: str, element: Tag | None) -> int | None:
    """Index of the line that shows the headline."""
    target = compact(title)
    if not target:
        return None
    shown: list[int] = []
    texts: list[int] = []
    for i, line in enumerate(lines):
        if line.in_comments:
            continue
        c = compact(line.text)
        if (
            element is not None
            and (
                line.element is element
                or element in line.element.parents
                or line.element in element.parents
            )
            and target in c
        ):
            shown.append(i)
        elif c == target or (target in c and len(c) <= len(target) + 12):
            texts.append(i)
    if not shown and not texts:
        return None
    primary = shown[0] if shown else texts[0]

    def dated(i: int) -> bool:
        return any(find_times(line.text, UTC) for line in lines[i + 1 : i + 6])

    if not dated(primary):
        # the headline shown twice (a copy for sharing, a print header): the one the info
        # line with the time follows
        for i in sorted(shown + texts):
            if i > primary and dated(i):
                return i
    return primary


def _label_before(lines: Sequence[Line], index: int, found: FoundTime) -> str:
    text = lines[index].text[: found.start]
    if not text.strip() and index > 0 and len(lines[index - 1].text) <= 20:
        return lines[index - 1].text
    return text[-16:]


INFO_LINE = re.compile(r"(?:来源|來源|发布|發布|时间|時間|日期|作者|编辑)\s*[:：]")


def _body_start(lines: Sequence[Line], anchor: int) -> int:
    """Index of the first line after the headline that reads like article text."""
    for i in range(anchor + 1, min(len(lines), anchor + 60)):
        text = lines[i].text
        if lines[i].in_comments or (len(text) <= 150 and INFO_LINE.search(text)):
            continue
        if (len(text) >= 25 and re.search(r"[。！？，]", text)) or len(text) >= 120:
            return i
    return min(len(lines), anchor + 30)


def choose_time(
    structured: Structured,
    lines: Sequence[Line],
    title_at: int | None,
    url: str | None,
    zone: tzinfo,
    scripts: str = "",
) -> TimeChoice | None:
    """The publish time: structured data, the info block, labelled times, the URL; or None."""
    from_url = url_date(url)
    structured_found: list[TimeChoice] = []
    values = [structured.published] if structured.published else []
    values += [v for name in TIME_METAS for v in structured.metas.get(name, [])]
    for raw in values:
        parsed = parse_value(raw, zone)
        if parsed is not None:
            explicit = bool(re.search(r"(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC)\s*$", raw.strip()))
            structured_found.append(
                TimeChoice(parsed[0], parsed[1], "zoned" if explicit else "meta")
            )
    year_hint = from_url[0] if from_url else None
    if year_hint is None and structured_found:
        year_hint = structured_found[0].value.year
    if year_hint is None:
        # An update time is no publish time, but it tells the year of 发布时间：09-30 22:46.
        for name in MODIFIED_METAS:
            modified = parse_value(structured.metas.get(name, [""])[0], zone)
            if modified is not None:
                year_hint = modified[0].year
                break
    anchor = title_at if title_at is not None else 0
    start = max(0, anchor - 10)
    end = _body_start(lines, anchor) if title_at is not None else min(len(lines), 60)
    if year_hint is None:
        for line in lines[start:end]:
            found = find_times(line.text, zone)
            if found:
                year_hint = found[0].value.year
                break
    visible: list[tuple[float, TimeChoice]] = []
    updated: list[TimeChoice] = []
    for i in range(len(lines)):
        line = lines[i]
        in_window = start <= i < end
        if line.in_comments or (len(line.text) > 300 and not in_window):
            continue
        for hit in find_times(line.text, zone, year_hint):
            label = _label_before(lines, i, hit)
            if BAD_LABEL.search(label) or re.search(r"今天是|今日是|欢迎", line.text):
                if (
                    in_window
                    and UPDATE_LABEL.search(label)
                    and not hit.date_only
                    and hit.value.tzinfo != zone
                ):
                    # 更新时间 2012年12月10日, 格林尼治标准时间10:41: the zoned dateline that the
                    # Chinese editions of foreign outlets print instead of a publish time.
                    updated.append(TimeChoice(hit.value, False, "updated"))
                continue
            labelled = PUB_LABEL.search(label) is not None or (
                len(line.text) <= 40
                and TIME_CLASS.search(attr_words(line.element)) is not None
                and not in_list(line.element)
            )
            if not in_window and (not labelled or in_list(line.element)):
                continue  # far from the headline: only a labelled time outside any list
            score = (100.0 if labelled else 50.0) + (30 if in_window else 0)
            score -= abs(i - anchor) * (1.0 if i >= anchor else 3.0)
            score += 0 if hit.date_only else 10
            if len(line.text) > 200:
                score -= 40
            visible.append((score, TimeChoice(hit.value, hit.date_only, "visible")))
    visible += _split_time(lines, start, end, anchor, zone)
    visible.sort(key=lambda pair: -pair[0])
    best_visible = visible[0][1] if visible else None
    choice: TimeChoice | None = None
    trusted = [c for c in structured_found if c.origin == "zoned"] + [
        c for c in structured_found if c.origin == "meta"
    ]
    if trusted:
        choice = trusted[0]
        if best_visible is not None and not best_visible.date_only and visible[0][0] >= 80:
            # Two structured times that disagree: the one the page shows wins.
            same = [c for c in trusted if _same_minute(c.value, best_visible.value)]
            if same and not _same_minute(choice.value, best_visible.value):
                choice = same[0]
        if (
            choice.origin == "zoned"
            and best_visible is not None
            and not best_visible.date_only
            and not choice.date_only
            and visible[0][0] >= 80
        ):
            shift = (choice.value - best_visible.value).total_seconds()
            if shift and shift % 3600 == 0 and abs(shift) <= 14 * 3600:
                # The page shows the same wall-clock time: the markup got the zone wrong.
                choice = best_visible
        if (
            best_visible is not None
            and not best_visible.date_only
            and choice.origin == "meta"
            and not choice.date_only
            and choice.value != best_visible.value
            and visible[0][0] >= 100
        ):
            choice = best_visible
    if choice is None:
        choice = best_visible
    if choice is None and scripts:
        for script_hit in SCRIPT_TIME.finditer(scripts):
            parsed = parse_value(script_hit["v"], zone)
            if parsed is not None:
                choice = TimeChoice(parsed[0], parsed[1], "script")
                break
    if choice is None and updated:
        # The page shows nothing but a zoned update dateline: that is the only evidence, as
        # long as it agrees with a date in the URL. A plain 更新时间 never stands in.
        day = updated[0].value.astimezone(zone).date()
        if not (from_url and from_url[2]) or day == datetime(*from_url).date():
            choice = updated[0]
    if choice is None and from_url and from_url[2]:
        y, m, d = from_url
        choice = TimeChoice(datetime(y, m, d, tzinfo=zone), True, "url")
    if choice is None:
        return None
    if choice.date_only:
        day = choice.value.date()
        for _, other in visible:
            if not other.date_only and other.value.astimezone(zone).date() == day:
                return other
        for other in structured_found:
            if not other.date_only and other.value.astimezone(zone).date() == day:
                return other
    if from_url and from_url[2] and choice.origin != "zoned":
        y, m, d = from_url
        url_day = datetime(y, m, d).date()
        if abs((choice.value.astimezone(zone).date() - url_day).days) > 3:
            for _, other in visible:
                if other.value.astimezone(zone).date() == url_day:
                    return other
    return choice


def _split_time(
    lines: Sequence[Line], start: int, end: int, anchor: int, zone: tzinfo
) -> list[tuple[float, TimeChoice]]:
    """A time written over consecutive short blocks under the headline: ``2019`` / ``09/07``
    / ``19:02`` in three <div>s."""
    found: list[tuple[float, TimeChoice]] = []
    for i in range(start, max(start, end - 2)):
        group = lines[i : i + 3]
        if any(line.in_comments or len(line.text) > 12 for line in group):
            continue
        if not re.fullmatch(r"(?:19|20)\d{2}\s*年?", group[0].text):
            continue
        for hit in find_times(" ".join(line.text for line in group), zone):
            if not hit.date_only:
                score = 110.0 - abs(i - anchor)
                found.append((score, TimeChoice(hit.value, False, "visible")))
                break
    return found


def _same_minute(a: datetime, b: datetime) -> bool:
    return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)


def source_value(text: str) -> str | None:
    """The outlet named after a 来源 label: 人民网－人民日报 → 人民日报, 《光明日报》 → 光明日报."""
    text = text.strip(" ：:")
    if not text:
        return None
    cut = SOURCE_CUT.search(text, 1)
    if cut:
        text = text[: cut.start()]
    text = re.split(r"\s+(?=[\u4e00-\u9fff(（【])", text.strip())[0]
    text = text.strip(" ：:，,。;；")
    text = re.sub(r"^[《〈<]|[》〉>]$", "", text).strip()
    parts = [p for p in re.split(r"\s*[－—–]+\s*|\s*-\s*", text) if p]
    if len(parts) > 1:
        cjk = [p for p in parts if re.search(r"[\u4e00-\u9fff]", p)]
        if (
            cjk
            and looks_like_outlet(cjk[-1])
            and not re.search(r"频道|栏目|专题|版$|原创", cjk[-1])
        ):
            text = cjk[-1]
        elif cjk and looks_like_outlet(cjk[0]):
            text = cjk[0]
    text = re.sub(r"[《》]", "", text)
    return text or None


def source_candidates(lines: Sequence[Line], title_at: int | None) -> list[tuple[float, str]]:
    """Outlet names from 来源 labels, scored by closeness to the headline."""
    out: list[tuple[float, str]] = []
    anchor = title_at if title_at is not None else 0
    for i, line in enumerate(lines):
        if line.in_comments:
            continue
        if (
            len(line.text) <= 20
            and SOURCE_CLASS.search(attr_words(line.element))
            and not SOURCE_LABEL.search(line.text)
            and not in_list(line.element)
        ):
            value = source_value(line.text)
            if value and looks_like_outlet(value) and (ORG_HINT.search(value) or is_known(value)):
                out.append((90 - abs(i - anchor), value))
        for m in SOURCE_LABEL.finditer(line.text):
            value = source_value(line.text[m.end() :])
            if value is None and i + 1 < len(lines):
                value = source_value(lines[i + 1].text)
            if value is None:
                continue
            distance = abs(i - anchor)
            score = 100 - distance * (1.0 if i >= anchor else 2.0)
            if distance > 40:
                score -= 40
            out.append((score, value))
    out.sort(key=lambda pair: -pair[0])
    return out


def issuer_names(lines: Sequence[Line], title_at: int | None) -> list[str]:
    """The issuing body of a 信息公开 table (发布机构, 发文机关), nearest the headline first.

    It is the page's source when no 来源 is given.
    """
    anchor = title_at if title_at is not None else 0
    out: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if line.in_comments or len(line.text) > 200:
            continue
        for m in ISSUER_LABEL.finditer(line.text):
            value = source_value(line.text[m.end() :])
            if value is None and i + 1 < len(lines):
                value = source_value(lines[i + 1].text)
            if value is not None:
                out.append((abs(i - anchor), value))
    return [name for _, name in sorted(out, key=lambda pair: pair[0])]


NOT_OUTLET_PIECE = re.compile(
    r"原创|分享|收藏|评论|举报|字号|字体|打印|关注|转发|转载|微博|微信|QQ|参与|阅读|浏览|点击|来源|作者|编辑|"
    r"记者|责编|发布|时间|日期|我要|登录|订阅|扫码|二维码|手机|客户端下载|纠错|人气|有限公司$|市场|"
    r"^(?:" + PLACES + r")$|^[\u4e00-\u9fff]{1,3}[省市县区]$"
)


def _pieces(tag: Tag) -> list[tuple[str, Tag | None]]:
    """The texts of *tag*'s inline children, splitting children that hold several pieces."""
    out: list[tuple[str, Tag | None]] = []
    for child in tag.children:
        if isinstance(child, Tag):
            if child.name in ("script", "style"):
                continue
            inner = [
                c.get_text() if isinstance(c, Tag) else str(c)
                for c in child.children
                if not isinstance(c, PreformattedString)
            ]
            if len([text for text in inner if squash(text)]) > 1:
                out += _pieces(child)
            else:
                out.append((squash(child.get_text(" ")), child))
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            out += [(part, None) for part in squash(str(child)).split(" ") if part]
    return [(text, el) for text, el in out if text]


#: 原创 GameForce 2019-09-04 22:18: a self-media account named after the 原创 mark.
ORIGINAL_ACCOUNT = re.compile(
    r"^原创\s+(?P<n>[^\s:：|｜丨/]{2,16})\s+(?=(?:19|20)\d{2}[-年/.]\d{1,2})"
)
#: 游民星空[整理], 某某网[原创]: the way a site marks its own edit of a story.
EDIT_MARK = re.compile(r"\s*[\[【(（](?:整理|原创|转载|编译|综合)[\]】)）]$")


def adjacent_outlet(
    lines: Sequence[Line], title_at: int | None, zone: tzinfo, site: str | None = None
) -> str | None:
    """An outlet named without a label beside the publish time under the headline:
    ``2019年09月07日 04:04 <a class="source">北京日报</a>``, ``原创 南方都市报 2019-09-09``,
    ``2019-09-05 11:10 游民星空[整理]`` (the site named in the <title>)."""
    if title_at is None:
        return None
    for line in lines[title_at + 1 : title_at + 6]:
        if line.in_comments or len(line.text) > 80 or not find_times(line.text, zone):
            continue
        account = ORIGINAL_ACCOUNT.match(line.text)
        if (
            account
            and looks_like_outlet(account["n"])
            and not NOT_OUTLET_PIECE.search(account["n"])
        ):
            return account["n"]
        pieces = _pieces(line.element)
        for k, (text, _) in enumerate(pieces):
            hits = find_times(text, zone)
            if not hits:
                continue
            rest = EDIT_MARK.sub("", text[hits[-1].end :].strip())
            if site and rest == site:
                return rest  # 2019-09-05 11:10 游民星空[整理]
            for j in (k + 1, k - 1, k - 2):
                if not 0 <= j < len(pieces):
                    continue
                name = EDIT_MARK.sub("", pieces[j][0])
                if 2 <= len(name) <= 16 and name == site:
                    return name  # the site's own name, as its <title> ends
                if (
                    2 <= len(name) <= 16
                    and not find_times(name, zone)
                    and not re.search(r"[:：|｜丨/]", name)
                    and not NOT_OUTLET_PIECE.search(name)
                    and looks_like_outlet(name)
                    and (ORG_HINT.search(name) or is_known(name))
                ):
                    return name
        return None
    return None


def meta_source(structured: Structured) -> str | None:
    raw = structured.meta(*SOURCE_METAS)
    if not raw:
        return None
    m = SOURCE_LABEL.search(raw)
    return source_value(raw[m.end() :] if m else raw)


def dateline_outlet(first_text: str) -> str | None:
    m = DATELINE_AGENCY.match(first_text)
    if not m or m["o"] == "本报":
        return None
    return m["o"]


#: 方敏北京大学经济学院教授: a name running into the writer's affiliation.
AFFILIATION = re.compile(
    r"^(?P<n>[\u4e00-\u9fff]{2,3}?)\s*(?:系|为)?\s*(?=(?:"
    + PLACES
    + r"|中国|中央|国家|全国|清华|复旦|南开|[\u4e00-\u9fff]{2}(?:省|市))"
    r"[\u4e00-\u9fff]{0,12}(?:大学|学院|研究院|研究所|研究中心|党校|委员会|科学院))"
)


def _names_from(value: str) -> list[str]:
    cut = AUTHOR_CUT.search(value)
    value = value[: cut.start()] if cut else value
    if re.search(r"摄\s*$|摄影\s*$", value):
        return []
    names = [n for n in split_names(value) if looks_like_person(n)]
    if not names:
        affiliated = AFFILIATION.match(value.strip())
        if affiliated and looks_like_person(affiliated["n"]):
            names = [affiliated["n"]]
    return names


def find_authors(texts: Sequence[str], first_paragraph: str, last_paragraph: str = "") -> list[str]:
    """Reporters from bylines (作者, 记者, 文/) and the dateline of the first paragraph."""
    names: list[str] = []
    for text in texts:
        if len(text) > 120 or re.search(r"摄\s*[)）]?\s*$", text):
            continue
        for m in AUTHOR_LABEL.finditer(text):
            if not PROSE_AFTER.match(m["v"]):
                names += _names_from(m["v"])
        for m in WEN_LABEL.finditer(text):
            names += _names_from(m["v"])
    if last_paragraph:
        tail = TRAILING_REPORTERS.search(last_paragraph[-80:])
        if tail:
            names += [n for n in split_names(tail.group(1)) if looks_like_person(n)]
        signed = TRAILING_NAME.search(last_paragraph[-20:])
        if signed and looks_like_person(signed["n"]):
            names.append(signed["n"])  # …实现“共赢”。（钟才文）: a commentary signed at its end
    head = first_paragraph[:160]
    for m in DATELINE_PAREN.finditer(head):
        inner = m.group(1)
        if head[: m.start()].rstrip().endswith(("电", "電")) and XINHUA_NAMES.fullmatch(inner):
            # 新华社北京5月19日电（刘艺、杨吉）: the reporters, unlabelled
            names += [n for n in split_names(inner) if looks_like_person(n)]
            continue
        wired = DATELINE_REPORTER.search(inner)
        if wired:
            name = wired["name"]
            names.append(name[:3] if len(name) > 4 and not wired["place"] else name)
            continue
        if re.search(r"记者|通讯员|实习生|作者|文/|記者|通訊員", inner) and not re.search(
            r"[摄攝]\s*$", inner
        ):
            names += [n for n in split_names(inner) if looks_like_person(n)]
    if not names:
        lead = re.match(
            r"^\s*(?:[\u4e00-\u9fff]{0,8}记者|本报记者)\s*(?P<v>[^，。\s]{2,4}(?:[、\s][^，。\s]{2,4}){0,3})\s",
            head,
        )
        if lead:
            names += [n for n in split_names(lead["v"]) if looks_like_person(n)]
    return list(dict.fromkeys(names))


AUTHOR_CLASS = re.compile(r"author|zuozhe|writer|byline", re.I)


ACCOUNT_MARK = re.compile(r"\s*(?:企鹅号|头条号|百家号|网易号|搜狐号|澎湃号|大风号|一点号)$")


SELF_MEDIA_CLASS = re.compile(r"(?:^|[-_\s])bjh(?:$|[-_\s])|baijiahao", re.I)


def class_author_outlets(title_el: Tag | None) -> list[str]:
    """Outlets in an author-classed element beside the headline: a paper's account
    (``<a class="author">城市晚报</a>``, ``扬眼 企鹅号``) rather than a person."""
    out: list[str] = []
    # a 百家号 page (article-source-bjh): the author-classed name is the posting account
    platform = title_el is not None and any(
        isinstance(tag, Tag) and SELF_MEDIA_CLASS.search(attr_words(tag))
        for tag in title_el.find_all_next(True, limit=60)
    )
    for text in _class_author_texts(title_el):
        marked = platform or ACCOUNT_MARK.search(text) is not None
        name = ACCOUNT_MARK.sub("", text).strip()
        if (
            2 <= len(name) <= 16
            and not looks_like_person(name)
            and looks_like_outlet(name)
            and (marked or ORG_HINT.search(name) or is_known(name))
            and not NOT_OUTLET_PIECE.search(name)
        ):
            out.append(name)
    return out


def _class_author_texts(title_el: Tag | None) -> list[str]:
    if title_el is None or title_el.parent is None:
        return []
    texts: list[str] = []
    for scope in (title_el.parent, title_el.parent.parent):
        if not isinstance(scope, Tag) or scope.name in ("body", "html"):
            break
        for tag in scope.find_all(True, limit=400):
            if isinstance(tag, Tag) and AUTHOR_CLASS.search(attr_words(tag)):
                text = squash(tag.get_text(" "))
                if text and len(text) <= 20:
                    texts.append(text)
        if texts:
            break
    return texts


def class_authors(title_el: Tag | None) -> list[str]:
    """People in an author-classed element beside the headline: ``<span class="author">王利阳
    </span><span class="date">...``, a byline without a label."""
    names = [t for t in _class_author_texts(title_el) if looks_like_person(t)]
    return list(dict.fromkeys(names))


def find_editor(lines: Sequence[Line], title_at: int | None) -> str | None:
    """The editor (责任编辑 before 责编 before 编辑), as the page lists them."""
    best: tuple[int, int, str] | None = None
    anchor = title_at or 0
    for i, line in enumerate(lines):
        if line.in_comments or i < anchor - 10:
            continue
        for m in EDITOR_LABEL.finditer(line.text):
            value = line.text[m.end() : m.end() + 40]
            # 杨倩_NF4425: a staff code after the editor's name
            value = re.sub(r"(?<=[\u4e00-\u9fff])_[A-Za-z]{0,4}\d+", "", value)
            cut = re.search(
                r"(?:来源|作者|记者|校对|审核|监制|终审|发布|编辑|责编|责任|編輯|責任|\d{4}|[】\]）)|｜丨])",
                value,
            )
            if cut:
                value = value[: cut.start()]
            names = split_names(value)
            names = [
                n for n in names if looks_like_person(n) or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n)
            ]
            if not names:
                continue
            rank = EDITOR_RANK[m["label"]]
            if best is None or rank < best[0]:
                best = (rank, i, "、".join(names))
    return best[2] if best else None


def _crumb_items(tag: Tag) -> list[str]:
    links = [squash(a.get_text(" ")) for a in tag.find_all("a")]
    items = links if links else CRUMB_SEP.split(squash(tag.get_text(" ")))
    out = []
    for item in items:
        item = CRUMB_LINE.sub("", item).strip(" >＞›»")
        if item and not CRUMB_SKIP.match(item) and len(item) <= 20:
            out.append(item)
    return out


def find_category(
    soup: BeautifulSoup,
    structured: Structured,
    lines: Sequence[Line],
    title: str,
    url: str | None,
    category_map: Mapping[str, str] | None,
    default: str,
) -> str:
    """Breadcrumb (markup or JSON-LD), else the configured map, else the page's section meta
    (article:section, ColumnName), else *default*."""
    title_c = compact(title)
    for tag in soup.find_all(["div", "p", "span", "ul", "ol", "nav", "td"]):
        if not isinstance(tag, Tag) or not CRUMB_WORDS.search(attr_words(tag)):
            continue
        text = squash(tag.get_text(" "))
        if len(text) > 150 or len(tag.find_all("a")) > 8:
            continue
        if not (re.search(r">>|->|[>＞›»]", text) or CRUMB_LINE.match(text)):
            continue
        items = [
            i
            for i in _crumb_items(tag)
            if compact(i) != title_c and not title_c.startswith(compact(i)) or len(i) < 4
        ]
        if items:
            return items[-1]
    for line in lines[:200]:
        if CRUMB_LINE.match(line.text) or re.match(
            r"^(?:首页|网站首页|主页)\s*(?:>>|->|[>＞›»])", line.text
        ):
            items = [i for i in _crumb_items(line.element) if compact(i) != title_c]
            if not items:
                parts = CRUMB_SEP.split(CRUMB_LINE.sub("", line.text))
                items = [
                    p
                    for p in parts
                    if p and not CRUMB_SKIP.match(p) and compact(p) != title_c and len(p) <= 20
                ]
            if items:
                return items[-1]
    crumbs = [
        c
        for c in structured.crumbs
        if not CRUMB_SKIP.match(c) and compact(c) != title_c and len(c) <= 20
    ]
    if crumbs:
        return crumbs[-1]
    mapped = map_category(url, category_map)
    if mapped:
        return mapped
    section = structured.section or structured.meta(*SECTION_METAS)
    if section and len(section) <= 20 and re.search(r"[^\d\s,;]", section):
        return section
    return default


def map_category(url: str | None, category_map: Mapping[str, str] | None) -> str | None:
    """The category configured for the longest host/path prefix that matches *url*."""
    if not url or not category_map:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    best: tuple[int, str] | None = None
    for key, category in category_map.items():
        key_norm = re.sub(r"^[a-z]+://", "", key.strip().lower())
        key_host, _, key_path = key_norm.partition("/")
        key_path = "/" + key_path
        if not (host == key_host or host.endswith("." + key_host)):
            continue
        if key_path != "/" and not (
            path == key_path.rstrip("/")
            or path.startswith(key_path if key_path.endswith("/") else key_path + "/")
        ):
            continue
        weight = len(key_norm)
        if best is None or weight > best[0]:
            best = (weight, category)
    return best[1] if best else None
