"""Bylines as Taiwanese and Hong Kong papers print them, and the people author metas name.

``王家俊／台北報導`` and ``劉屏／華盛頓4日電`` name the writers without a label, a slash before
the dateline's place; a television newsroom sets its reporters' names apart by spaces before
報導; a photo credit (``記者林調遜／攝影``, ``翻攝``) names no writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..outlets import is_known
from .blogbyline import at_poster
from .blogbyline import blog_byline
from .dottedbyline import dotted_byline
from .lexicon import DATELINE_PLACES
from .lexicon import ORIGINAL_HEADER
from .markedname import marked_names
from .metadata import AUTHOR_METAS
from .metadata import Structured
from .namedate import dated_name
from .namereported import name_reported
from .nameshape import ORG_HINT
from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person
from .nameshape import split_names
from .outletbylines import names_before_source
from .outletbylines import outlet_lead_writers
from .outletbylines import outlet_slash_writer
from .outletbylines import writer_outlet_slash
from .outletbylines import wrote_after
from .platformcredit import compiled_by
from .sentfrom import SENT_FROM
from .sourcewriters import source_writers
from .text import Line

#: 王家俊／台北報導, 劉屏／華盛頓4日電, 陳怡妏╱綜合外電報導, 張立勳／特稿: a Taiwanese byline
#: without a label, the writers, a slash, then the dateline's place (or 綜合) and 報導 or 電;
#: a television newsroom spaces its reporters (劉玨妤 楊竣傑 / 台北報導); a paper's site names
#: itself first (中時電子報 陳怡君／台北報導).
SLASH_BYLINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{3,7}(?:報|报|網|网)[ \u3000]+)?(?:本報|本报)?(?:記者|记者)?\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:(?:\s*[、，,]\s*|[ \u3000]+)[\u4e00-\u9fff·]{2,4}){0,4})"
    r"\s*[／/╱]\s*"
    r"(?:[\u4e00-\u9fff]{0,8}?(?:報導|报道|編譯|编译|整理)|[\u4e00-\u9fff]{0,8}?\d{1,2}日(?:專|专)?(?:電|电)"
    r"|特稿|專訪|专访)\s*$"
)

#: 國際中心／許元馨報導, 生活中心／記者王小明報導: the newsroom desk, then its reporter before
#: 報導, as Taiwanese portals open a story.
DESK_SLASH_REPORTED = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,4}中心\s*[／/╱]\s*(?:記者|记者)?\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*(?:報導|报道|報道)\s*$"
)

#: 新頭殼newtalk2014.10.24 金名/高雄報導, 南方日報 2015-03-12 10:20 張三／台北報導: the outlet and
#: the date run before a slash byline on its line (2015年06月08日 17:42 中時電子報 X／台北報導).
DATED_LEAD = re.compile(
    r"^\s*[^\s/／╱]{0,16}?(?:19|20)\d{2}(?:[./-]\d{1,2}[./-]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:\s+\d{1,2}:\d{2})?\s+"
)


def undated(text: str) -> str:
    """*text* without the outlet and date that run before a byline on its line."""
    return DATED_LEAD.sub("", text, count=1)


#: 由 Danny Mak 於 16 minutes 之前發表, 由 王小明 于 2012-03-05 发表: a blog's byline, the writer
#: between 由 and the time (於) it was posted (發表).
POSTED_BY = re.compile(
    r"^\s*由\s*(?P<n>[^\s於于][^於于]{0,29}?)\s*(?:於|于)\s*[^於于]{1,40}?"
    r"(?:發表|发表|發佈|发布|張貼|张贴)\s*$"
)
#: 爱卡汽车 原创 赵书恒 发表于 2012-05-06 10:12: the writer just before 发表于 and the time, as
#: portals' columns, blogs and forums head a post.
POSTED_AT = re.compile(
    r"(?:^|\s)(?P<n>[^\s:：|｜丨/]{2,20})\s*(?:发表于|發表於|发表於)\s*[:：]?\s*(?:19|20)\d{2}[-年/.]"
)
#: 分类于 运维 发表于 2023-05-21: a post's category before 发表于, the label right before it.
CATEGORY_LABEL_END = re.compile(r"(?:分类于|分類於|分类|分類|标签|標籤|栏目|欄目)\s*[:：]?\s*$")
#: Danny Mak, Kelly Chan: a writer's name in Latin letters, given name and surname.
LATIN_NAME = re.compile(r"[A-Z][A-Za-z.'’-]{1,20}(?: [A-Z][A-Za-z.'’-]{1,20}){1,2}")


#: 由 jackie 2022-11-21 14:45:06: a blog theme's "By X" before the day, in Chinese.
BY_THEN_DATE = re.compile(
    r"^\s*由\s*(?P<n>[A-Za-z][A-Za-z0-9_.-]{1,29}|[\u4e00-\u9fff]{2,4})\s+(?:19|20)\d{2}[-/.年]"
)


def posted_by(text: str) -> list[str]:
    """The writer a blog's byline names: ``由 Danny Mak 於 16 minutes 之前發表``, ``赵书恒
    发表于 2012-05-06``."""
    m = POSTED_BY.match(text)
    at = POSTED_AT.search(text) if m is None else None
    if at is not None and CATEGORY_LABEL_END.search(text[: at.start("n")]):
        at = None  # 分类于 运维 发表于 …: the category, no writer
    if at is not None and (looks_like_pen_name(at["n"]) or LATIN_NAME.fullmatch(at["n"])):
        return [at["n"]]
    dated = BY_THEN_DATE.match(text) if m is None else None
    if dated and (looks_like_pen_name(dated["n"]) or dated["n"].isascii()):
        return [dated["n"]]  # 由 jackie 2022-11-21 14:45:06: a theme's "By X · date", translated
    if m is None:
        return []
    name = re.sub(r"\s+", " ", m["n"].strip())
    if LATIN_NAME.fullmatch(name):
        return [name]
    return [n for n in split_names(name) if looks_like_person(n)]


#: 2014/03/19 18:58 彭佳芸 黃翊真 報導, 新頭殼newtalk | 黃清龍 台北報導: a newsroom's line under
#: the headline, the reporters' names set apart by spaces before (the place and) 報導; a public
#: broadcaster spaces the place too (李佳穎 花蓮縣 報導).
SPACED_REPORTED = re.compile(
    r"(?:^|\s)(?P<n>[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,3})"
    r"[ \u3000]+(?:(?:" + DATELINE_PLACES + r")[ \u3000]*|綜合|综合)?(?:報導|报道)(?=\s|$|[）)])"
)

#: 華視新聞, 民視新聞網, 中天新聞台: a newsroom named before its reporters.
NEWSROOM = re.compile(r"(?:新聞|新闻)[網网台]?$")

#: A photo credit, never a byline: （記者林調遜／攝影）, 記者王錦義翻攝, （資料照，記者溫于德攝）,
#: or a caption's credit with the day the picture was taken: 中央社記者X攝 114年4月9日.
PHOTO_CREDIT_END = re.compile(
    r"(?:[摄攝]|[摄攝]影)\s*[)）]?(?:\s+\d{2,4}年\d{1,2}月\d{1,2}日)?\s*$"
)


#: 本文来源：网易汽车  作者：叶知秋  责任编辑：程远: the info line closing the text, often set
#: apart from the text's container, names the writer beside the editor; 原创文章，作者：X。转载
#: 请注明出处: a blog's or tech site's copyright note under the text names the writer.
CLOSING_INFO_LINE = re.compile(
    r"(?:编辑|編輯|责编|責編)\s*[:：]|^原创文章\s*[，,]\s*作者\s*[:：]|^本文由\s*\S{2,20}?\s*原创发布\s*$"
    r"|^\s*Written\s+by\s+\S"  # Written by X: a post's closing author box
    # 采写：记者甲、乙 海报：丙: a paper's account credits its reporters in a block of roles
    r"|^\s*(?:采写|採寫|撰文)\s*[:：|｜]"
)


def closing_info_lines(lines: Sequence[Line], title_at: int | None) -> list[Line]:
    """The short lines after the headline that credit an editor, where the writer is named too."""
    if title_at is None:
        return []
    return [
        line
        for line in lines[title_at + 1 :]
        if not line.in_comments and len(line.text) <= 100 and CLOSING_INFO_LINE.search(line.text)
    ]


#: 駐東京記者, BBC亞洲商業事務記者, 国際部記者: a reporter's post, on the line under the name;
#: 某报特约评论员, 某网专栏作家: a commentator's or a columnist's.
REPORTER_POST = re.compile(
    r"^\S{0,14}(?:記者|记者|特派員|特派员|通訊員|通讯员|评论员|評論員"
    r"|专栏作家|專欄作家|专栏作者|專欄作者)$"
)
#: 尼克·馬什（Nick Marsh）: a transcribed name with the original after it.
ORIGINAL_NAME = re.compile(r"\s*[（(][A-Za-z][A-Za-z .'’-]{1,40}[)）]$")


def name_over_post(texts: Sequence[str]) -> list[str]:
    """The writer of a byline that foreign outlets' Chinese editions set as two lines under
    the headline: the name alone, then the reporter's post or the outlet (呂嘉鴻 / BBC中文記者,
    or 呂嘉鴻 / BBC中文)."""
    for name, post in zip(texts[:2], texts[1:3], strict=False):
        name, post = ORIGINAL_NAME.sub("", name.strip()), post.strip()
        if REPORTER_POST.match(post) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
            return [name] if not ORG_HINT.search(name) else []
        if (REPORTER_POST.match(post) or is_known(post)) and looks_like_person(name):
            return [name]
    return []


def unlabelled_byline(text: str) -> list[str]:
    """The writers of a byline line without a label, opening the text: the outlet before them
    (新华网 王卓), the name before the post (尼克·馬什（Nick Marsh） BBC亞洲商業事務記者),
    the names before 发自 (克雷西 发自 凹非寺), a translated name alone (古德伦・塞勒), or a
    paper's box mark and the name (□张三)."""
    sent = SENT_FROM.match(text)
    if sent:
        return split_names(sent["n"])
    found = outlet_lead_writers(text) or name_over_post(text.rsplit(None, 1))
    return found or name_reported(text) or dotted_byline([text]) or marked_names(text)


#: Author, 李雨梦 / Author: 黃詠琪: a world service's byline list, its labels in English before
#: the Chinese name (Role, 本台記者 and Reporting from 香港 on the lines after).
ENGLISH_LABEL = re.compile(
    r"^\s*(?:Author|Written by)\s*[,:：]\s*(?P<n>[\u4e00-\u9fff·]{2,12})\s*$"
)


def header_bylines(texts: Sequence[str]) -> list[str]:
    """The writers of an unlabelled byline on a line of its own under the headline:
    ``劉屏／華盛頓4日電``, ``2014/03/19 18:58 彭佳芸 黃翊真 報導``."""
    names: list[str] = name_over_post(texts)
    for text in texts:
        if len(text) > 80 or PHOTO_CREDIT_END.search(text):
            continue
        posted = text.rsplit(None, 1)  # 张三 江南日报特约评论员: the name, then the post
        if len(posted) == 2 and REPORTER_POST.match(posted[1]):
            names += name_over_post(posted)
        names += posted_by(text) + outlet_slash_writer(text) + outlet_lead_writers(text)
        names += writer_outlet_time(text) + wrote_after(undated(text))
        names += names_before_source(text) + source_writers(text)  # 来源：《某报》、金某
        names += compiled_by(text) + blog_byline(text)  # 整理 | 郑丽媛; by X on <date>
        names += at_poster(text)  # @lanxi 发布于 2021-10-21: a community post's poster
        names += marked_names(text)  # □张三: a commentary's byline, the paper's box mark
        sent = SENT_FROM.match(text)  # 梦晨 发自 凹非寺: the writers, by any pen name
        names += split_names(sent["n"]) if sent else []
        english = ENGLISH_LABEL.match(text)
        names += [english["n"]] if english and looks_like_person(english["n"]) else []
        slash = DESK_SLASH_REPORTED.match(text) or SLASH_BYLINE.match(undated(text))
        if slash:
            names += [n for n in split_names(slash["n"]) if looks_like_person(n)]
        else:
            names += writer_outlet_slash(text)
        for m in SPACED_REPORTED.finditer(text):
            found = split_names(m["n"])
            while found and (ORG_HINT.search(found[0]) or NEWSROOM.search(found[0])):
                found = found[1:]  # 華視新聞 林育德 台北報導: the newsroom before its reporter
            if found and all(looks_like_person(n) for n in found):
                names += found
    return names


#: 郑志远 第一财经 2023-05-12 09:30:15: the writers, the outlet, the time, none labelled.
WRITER_OUTLET_TIME = re.compile(
    r"^(?P<n>[\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4}){0,3})\s+"
    r"(?P<o>[^\s\d:：]{2,12})\s+(?:19|20)\d{2}[-年/.]\d{1,2}"
)


def writer_outlet_time(text: str) -> list[str]:
    """The writers of an info line naming them before the outlet and the time."""
    m = WRITER_OUTLET_TIME.match(text)
    if not m or not (ORG_HINT.search(m["o"]) or is_known(m["o"])):
        return []
    found = split_names(m["n"])
    ok = all(looks_like_person(n) and not ORG_HINT.search(n) for n in found)
    return found if found and ok else []


#: John Doe: the author a blog generator's configuration ships with (Hexo's), never changed.
THEME_AUTHOR = re.compile(r"John Doe", re.I)


def meta_authors(structured: Structured, lines: Sequence[Line]) -> list[str]:
    """The people the author metas name, each meta and each item of a list: ``陳亭均／綜合報導,
    中國時報, 中時電子報`` names the reporter, then the paper and its site (no people).

    A portal CMS puts whoever uploaded the page in a plain <meta name="author">: a name the
    page never shows is not a byline (article:author still counts)."""
    shown = "".join(line.text for line in lines)
    plain = structured.metas.get("author", [])
    out: list[str] = []
    for name in AUTHOR_METAS:
        for value in structured.metas.get(name, []):
            for item in re.split(r"\s*[,，]\s*", value.strip()):
                item = re.sub(
                    r"\s*[／/╱]\s*(?:特稿|專訪|专访|[\u4e00-\u9fff]{0,6}(?:報導|报道))$", "", item
                )
                if not item or ORG_HINT.search(item) or THEME_AUTHOR.fullmatch(item):
                    continue
                if value in plain and item not in shown:
                    continue
                out.append(item)
    return out


#: A writing platform's account name: a Latin handle (Sholmes, Cooper_Q, Peggy_).
HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{1,19}")

#: 作者：Rainy, 编辑：Snow: a game or tech site's writer by one Latin word, after a label; not a
#: staff account or an agency (admin, Reuters).
LATIN_PEN_NAME = re.compile(
    r"(?!(?:Admin|Administrator|Editor|Staff|Guest|Unknown|Anonymous|Reuters|Bloomberg|Xinhua"
    r"|Getty|Source|None|Null|News|Official)$)[A-Z][a-z]{2,15}"
)


def structured_pen_names(structured: Structured, lines: Sequence[Line]) -> list[str]:
    """The pen names or handles a JSON-LD author (a Person, not an organisation) or the author
    meta gives (article:author too, as blog themes fill it), when the page shows them on a line
    of their own: a writing platform's account (北岸, Sholmes) is its writer."""
    shown = {line.text.strip() for line in lines}
    metas = [*structured.metas.get("author", []), *structured.metas.get("article:author", [])]
    return [
        name
        for name in [*structured.authors, *metas]
        if name in shown
        and (looks_like_pen_name(name) or HANDLE.fullmatch(name) and not ORG_HINT.search(name))
    ]


def original_header_writer(texts: Sequence[str]) -> list[str]:
    """The writer a WeChat post's header names (原创： 苏木编译 全球宏观观察), not the account."""
    names: list[str] = []
    for text in texts:
        m = ORIGINAL_HEADER.match(text)
        if m and m["n"] != m["o"] and not ORG_HINT.search(m["n"]):
            if looks_like_person(m["n"]) or looks_like_pen_name(m["n"]):
                names.append(m["n"])
    return names


def name_under_headline(texts: Sequence[str]) -> list[str]:
    """A writer's name alone on the line right under the headline, as older papers' sites
    set a column's byline (no label, no time): two or three Han characters that read as a
    person's name and name no outlet; else a translated name alone on one of the first lines
    (:mod:`.dottedbyline`)."""
    name = texts[0].strip() if texts else ""
    name = dated_name(name) or name  # 尤新革 2019-06-17 15:25:37: a CMS's info line
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or ORG_HINT.search(name):
        return dotted_byline(texts)
    return [name] if looks_like_person(name) and not is_known(name) else []
