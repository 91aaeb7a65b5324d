"""Extract an article from a plain-text dump of a Chinese news page (see seeds/)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from datetime import tzinfo

from ..errors import ExtractionError
from ..models import ArticleDraft
from ..models import Image
from ..outlets import known_outlet
from ..sanitize import summarize

COLON = r"\s*[:：]\s*"
DATETIME = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?"
)
SOURCE = re.compile(r"(?:来源|来源于|信息来源|稿件来源|本文来源)" + COLON + r"(?P<v>[^\s|｜]+)")
AUTHOR = re.compile(r"作者" + COLON + r"(?P<v>[^\s|｜]+(?:[ 、，,][^\s|｜:：]+)*)")
EDITOR = re.compile(r"[【\[（(]?\s*(?:责任编辑|责编|编辑)" + COLON + r"(?P<v>[^\s】\]）)]+)")
DATELINE_REPORTERS = re.compile(r"[（(]\s*(?:记者|通讯员)\s*(?P<v>[^）)]+)[）)]")
NAME_SPLIT = re.compile(r"[、，,；;\s]+|和|及")
CREDIT = re.compile(
    r"(?P<credit>(?:[\u4e00-\u9fff]{2,6}(?:记者|通讯员|特约摄影)\s*)?"
    r"[\u4e00-\u9fff·]{2,8}(?:\s*[、，]\s*[\u4e00-\u9fff·]{2,8})*\s*摄"
    r"|[\u4e00-\u9fff]{2,6}发(?:\s*[\u4e00-\u9fff·]{2,8}\s*摄)?)\s*[）)]?\s*$"
)
BREADCRUMB = re.compile(r"^(?:您的位置\s*[:：]\s*)?(?:网站首页|首页|主页)\s*[>＞›»]")
SITE_NAME = re.compile(r"欢迎(?:来到|访问)\s*(?P<v>\S{2,20})")
#: Lines that end the article text.
END_MARKERS = re.compile(r"^(?:相关链接|相关阅读|相关新闻|上一篇|下一篇|友情链接|分享到|【打印】)")
#: Site chrome that is never article text, wherever it shows up.
CHROME = re.compile(
    r"ICP备|ICP证|公网安备|版权所有|Copyright|©|联系电话|监督电话|举报电话|联系我们|网站地图"
    r"|免责声明|客服QQ|通联QQ|邮箱[:：]|办公区[:：]|地址[:：]|主办单位|主办\s*[|｜]|^\s*•"
)
NON_PERSON = re.compile(r"^(?:佚名|本网|本站|编辑部|综合|整理|报道)$|新华社|通讯社|日报|网$")


@dataclass(frozen=True)
class _Block:
    """A body paragraph, or a photo with its caption and credit."""

    text: str
    image: Image | None = None


def normalize_line(line: str) -> str:
    """Turn NBSP, ideographic and other odd spaces into plain spaces and trim."""
    line = re.sub(r"[\u00a0\u2000-\u200b\u3000\t]", " ", line)
    return re.sub(r" {2,}", " ", line).strip()


def split_names(text: str) -> list[str]:
    """People named in '王慧慧、龚雯' or '王晔 摄': the names, in order."""
    text = re.sub(r"摄$|报道$|实习生|摄影", "", text.strip())
    names = [n.strip() for n in NAME_SPLIT.split(text)]
    return [n for n in names if n and not NON_PERSON.search(n)]


def parse_published(line: str, zone: tzinfo) -> datetime | None:
    """The first date-time in *line*, read as local time in *zone*."""
    m = DATETIME.search(line)
    if not m:
        return None
    try:
        value = datetime(
            int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]), int(m["S"] or 0)
        )
    except ValueError:
        return None
    return value.replace(tzinfo=zone)


def _find(lines: list[str], pattern: re.Pattern[str], start: int = 0) -> int | None:
    for i in range(start, len(lines)):
        if pattern.search(lines[i]):
            return i
    return None


def _split_credit(text: str) -> tuple[str, str | None]:
    m = CREDIT.search(text)
    if not m:
        return text, None
    caption = text[: m.start()].rstrip(" （(")
    return caption, m["credit"].strip()


def _body_blocks(lines: list[str], title: str) -> list[_Block]:
    """Paragraphs and photos from the article's own lines (chrome already cut off)."""
    blocks: list[_Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        is_photo_alt = (
            following
            and _split_credit(following)[1] is not None
            and not re.search(r"[。！？]$", line)
            and len(line) <= 80
        )
        if is_photo_alt:
            caption, credit = _split_credit(following)
            blocks.append(_Block(caption, Image(None, caption, credit)))
            i += 2
            continue
        if not CHROME.search(line):
            blocks.append(_Block(line))
        i += 1
    return blocks


def _breadcrumb_category(line: str, title: str) -> str | None:
    """The section in '网站首页> 媒体报道> <title>': the last crumb before the title."""
    if line.endswith(title):
        line = line[: -len(title)]
    parts = [p.strip() for p in re.split(r"[>＞›»]", line) if p.strip()]
    return parts[-1] if len(parts) >= 2 else None


def _render_body(blocks: list[_Block]) -> str:
    parts = []
    for block in blocks:
        if block.image is not None:
            credit = block.image.credit
            credit_html = f' <span class="credit">{html.escape(credit)}</span>' if credit else ""
            parts.append(
                f"<figure><figcaption>{html.escape(block.image.caption)}{credit_html}"
                "</figcaption></figure>"
            )
        else:
            parts.append(f"<p>{html.escape(block.text)}</p>")
    return "\n".join(parts)


def parse_text_dump(text: str, origin: str, zone: tzinfo, default_category: str) -> ArticleDraft:
    """Build an ArticleDraft from a text dump; raise ExtractionError naming what is missing."""
    lines = [normalize_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    info = _find(lines, DATETIME)
    if info is None:
        raise ExtractionError(origin, "no publish time (such as 2025-07-28 09:30:57) found")
    published = parse_published(lines[info], zone)
    if published is None:
        raise ExtractionError(origin, f"publish time is not a valid date: {lines[info]!r}")

    crumb = _find(lines[:info], BREADCRUMB)
    title = lines[info - 1] if info > 0 and info - 1 != crumb else ""
    if not title or BREADCRUMB.search(title) or CHROME.search(title):
        raise ExtractionError(origin, "no title found on the line before the publish time")
    category = _breadcrumb_category(lines[crumb], title) if crumb is not None else None

    source_m = SOURCE.search(lines[info])
    author_m = AUTHOR.search(lines[info])
    end = _find(lines, END_MARKERS, info + 1) or len(lines)
    editor_at = _find(lines[:end], EDITOR, info + 1)
    body_lines = lines[info + 1 : editor_at if editor_at is not None else end]
    editor = EDITOR.search(lines[editor_at]) if editor_at is not None else None
    blocks = _body_blocks(body_lines, title)
    paragraphs = [b.text for b in blocks if b.image is None]
    if not paragraphs:
        raise ExtractionError(origin, "no article text found after the publish time")

    authors = split_names(author_m["v"]) if author_m else []
    dateline = DATELINE_REPORTERS.search(paragraphs[0][:120])
    if dateline:
        authors += split_names(dateline["v"])
    site = _find(lines[: crumb if crumb is not None else info], SITE_NAME)
    return ArticleDraft(
        title=title,
        category=category or default_category,
        published=published,
        body_html=_render_body(blocks),
        source=known_outlet(source_m["v"]) if source_m else None,
        authors=tuple(authors),
        editor=editor["v"] if editor else None,
        summary=summarize(paragraphs[0]),
        images=tuple(b.image for b in blocks if b.image is not None),
        site_name=SITE_NAME.search(lines[site])["v"] if site is not None else None,  # type: ignore[index]
    )
