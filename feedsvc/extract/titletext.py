"""Headline text from a <title> or a meta: site names, edition labels and markup cut."""

from __future__ import annotations

import html
import re

from bs4 import Tag

from .metadata import Structured
from .nameshape import looks_like_outlet
from .text import compact
from .text import squash
from .unitsite import UNIT

#: Separators of "headline_site", "headline | site", "headline - site", "headline-site",
#: "headline- site" and "headline— site" (a site name of letters, or of Han characters after up
#: to four digits: 36氪, or a Latin brand and its Chinese name: EDN 电子技术设计; a lone dash, not
#: a headline's ——, spaced after only); "site -- section -- headline"
#: with doubled hyphens, spaced or not (标题--频道--站名), or tripled (站名---频道--标题);
#: a spaced guillemet, as blog themes write it (标题 « 博客名, 博客名 » 标题); the box-drawing bar
#: (标题│TVBS新聞網).
#: A bare hyphen inside a Latin word or a number (Wi-Fi, COVID-19, 2021-2022赛季) is the
#: headline's own: one between two letters or digits splits only before a capitalised brand
#: (GPU-EDN 电子技术设计, iPhone-IT之家), never before a digit or a word going on in lower case.
TITLE_SPLIT = re.compile(
    r"\s*(?:[_|｜│]|\s(?:--|[-–—«»])\s|(?<=[^\s-])-{2,3}(?=[^\s-])"
    r"|(?<=\S)(?:-(?!(?<=[A-Za-z0-9]-)(?:\d|[A-Za-z][a-z0-9]|[A-Za-z0-9]+$))\s?|(?<![—–])[—–]\s"
    r"|\s?[>＞]\s?)"  # 标题>某某网站: a CMS's breadcrumb sign before the site's name
    r"(?=[\u4e00-\u9fffA-Za-z]{2,12}$"
    r"|\d{1,4}[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{0,11}$"
    r"|[A-Za-z]{2,10} [\u4e00-\u9fff]{2,10}$"
    r"|[\u4e00-\u9fff（）()]{4,24}(?:公司|集团|集團)$))\s*"  # 标题-四川某某科技服务有限公司
)

#: cjn.cn, www.example.com.cn: a bare host closing a <title> after the site's name
#: (标题_新闻中心_长江网_cjn.cn), no name of its own.
BARE_HOST = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|net|org|cn|hk|tw|gov|edu)(?:\.[a-z]{2})?", re.I)


#: The kind of page a template's <title> ends with: 详情, 新闻详情, 内容页, 新闻内容页, 新闻详细,
#: 新闻资讯详细页 (no site's name).
PAGE_KIND = re.compile(
    r"(?:新闻|新聞|文章|资讯|資訊|信息|產品|产品){0,2}"
    r"(?:详情|詳情|详细|詳細|详细内容|詳細內容|内容页|內容頁|正文)页?"
    r"|(?:新闻|新聞|文章|资讯|資訊){1,2}(?:内容|內容)页?"
    r"|(?:新闻|新聞|文章|资讯|資訊)?(?:中心)?(?:内页|內頁)"  # 新闻内页, 新闻中心内页
    r"|(?:详细|詳細)(?:新闻|新聞|信息|資訊|资讯)"  # 详细新闻
    r"|(?:浏览|瀏覽|查看)(?:文档|文檔|文章|新闻|新聞|信息)"  # 浏览文档, an old CMS's viewer
)


#: 某某考试官网, 某某官方网站: a site's name that says it is the official one.
OFFICIAL = re.compile(r"(?:官网|官網|官方网站|官方網站)$")

#: A host as a <title> writes it: example.com, www.example.com.cn, http://example.com/.
_HOST = r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?"

#: 某某调查-example.com: a site's Han name and its host after a dash or a bar, no more.
NAME_THEN_HOST = re.compile(rf"[\u4e00-\u9fff]{{2,16}}\s*[-–—|｜_]\s*{_HOST}", re.I)

#: A host written after a name in one part of the <title>, past a space.
HOST_AFTER = re.compile(rf"(?<=[\u4e00-\u9fff])\s+{_HOST}$", re.I)


def site_parts(doc_title: str) -> list[str]:
    """The <title>'s parts that may name the site: all but a bare host closing three or more,
    and a page kind (资讯中心-详情)."""
    parts = [p for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    parts = [p for p in parts if not PAGE_KIND.fullmatch(p.strip())] or parts
    # 某某家庭农场 www.example.com: the name, without the host written after it
    parts = [HOST_AFTER.sub("", p) or p for p in parts]
    return parts[:-1] if len(parts) > 2 and BARE_HOST.fullmatch(parts[-1].strip()) else parts


SITE_NAME_METAS = ("og:site_name", "sitename", "application-name")

#: Edition and page labels of a paper's e-edition: 20140318期, 第A2版：要闻, 第5版.
EDITION = re.compile(r"^(?:(?:19|20)\d{6}\s*期|第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]\s*\S{1,8})?)$")

EDITION_SPLIT = re.compile(r"\s*[-_|｜—]+\s*")


def _without_edition(text: str) -> str:
    """A title with edition labels (江城日报-20140318期-第A2版：要闻-标题): the headline among
    its parts, without the labels and the paper's name."""
    parts = [p for p in EDITION_SPLIT.split(text) if p]
    if not any(EDITION.match(p) for p in parts):
        return text
    rest = [p for p in parts if not EDITION.match(p) and not _paper_name(p)]
    return max(rest, key=len) if rest else text


def _paper_name(part: str) -> bool:
    return (
        len(part) <= 10 and looks_like_outlet(part) and bool(re.search(r"[报報网網刊台臺]$", part))
    )


def site_first(parts: list[str]) -> bool:
    """Whether the parts of a <title> name the site first, as older portals write it
    (自由電子報 - 標題): the first is a paper's or portal's name, the last, longer, is not;
    or short names lead a long last part (某某新聞 - 體育 - 標題)."""
    return len(parts) > 1 and (
        (
            _paper_name(parts[0])
            and not _paper_name(parts[-1])
            and len(compact(parts[-1])) > len(compact(parts[0]))
        )
        or _led_by_names(parts)
        or _latin_brand_first(parts)
        or _channel_first(parts)
        or _association_first(parts)
    )


#: The end of an association's name (某某市律师协会, 某某学会, 某某商会), which leads the <title>
#: of every story on its site: 某某市律师协会 - 标题.
ASSOCIATION = re.compile(
    r"[\u4e00-\u9fff]{2,14}(?:协会|協會|学会|學會|商会|商會|联合会|聯合會|研究会|研究會|促进会|促進會)"
)


def _association_first(parts: list[str]) -> bool:
    """某某市律师协会 - 标题: an association's name, then a longer headline that does not end
    like a site's or an association's name."""
    first, last = compact(parts[0]), compact(parts[-1])
    return (
        len(parts) == 2
        and ASSOCIATION.fullmatch(first) is not None
        and len(last) > len(first)
        and ASSOCIATION.search(last) is None
        and not SITE_END.search(last)
    )


#: 中华网娱乐, TOM体育, 新浪汽车, 21CN财经频道: a portal's name and one of its channels, the
#: first part of the <title> on its channel pages of the 2000s (中华网娱乐_标题).
#: The channels of a portal: 娱乐, 体育, 科技, 财经….
CHANNEL_WORDS = (
    r"(?:娱乐|娛樂|体育|體育|汽车|汽車|科技|财经|財經|女性|时尚|時尚|数码|數碼|游戏|遊戲|房产|房產"
    r"|家居|教育|读书|讀書|健康|旅游|旅遊|军事|軍事|文化|星座|育儿|育兒|股票|基金)"
)
PORTAL_CHANNEL = re.compile(
    rf"[\u4e00-\u9fffA-Za-z0-9]{{2,6}}?(?:网|網)?{CHANNEL_WORDS}(?:频道|頻道)?"
)


def _channel_first(parts: list[str]) -> bool:
    """中华网娱乐_标题: a portal's channel named first, then a longer headline that is not a
    channel's or a site's name."""
    last = compact(parts[-1])
    return (
        len(parts) == 2
        and PORTAL_CHANNEL.fullmatch(compact(parts[0])) is not None
        and len(last) > len(compact(parts[0]))
        and PORTAL_CHANNEL.fullmatch(last) is None
        and not SITE_END.search(last)
    )


def _latin_brand_first(parts: list[str]) -> bool:
    """Solidot | 标题: a one-word Latin brand, then a Chinese headline at least twice as long
    that does not end like a site's name."""
    last = compact(parts[-1])
    return (
        len(parts) == 2
        and re.fullmatch(r"[A-Za-z][A-Za-z0-9]{2,11}", parts[0].strip()) is not None
        and re.search(r"[\u4e00-\u9fff]", last) is not None
        and len(last) >= max(10, 2 * len(parts[0].strip()))
        and not SITE_END.search(last)
    )


#: The end of a site's or an office's own name (某某网站, 某某局), which no headline has.
SITE_END = re.compile(r"(?:[网網站部局委厅廳府报報台臺]|中心)$")

#: 某某博客, 某某的博客, 某某小站: a blog's name, or a tagline that calls it one.
BLOG_END = re.compile(r"(?:博客|部落格|小站|[Bb]log)$")


def _led_by_names(parts: list[str]) -> bool:
    """Site, section, headline: two or more short names, then a part at least twice as long
    as any of them that does not end like a site's name."""
    last = compact(parts[-1])
    heads = [len(compact(p)) for p in parts[:-1]]
    return (
        len(parts) >= 3
        and max(heads) <= 8
        and len(last) >= max(8, 2 * max(heads))
        and not SITE_END.search(last)
    )


#: A host name as the last part of a <title> (标题 - example.com).
HOST = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")


def plain(text: str | None) -> str | None:
    """A meta's headline as text: markup inside it (<div>标题</div>) stripped."""
    if not text or "<" not in text:
        return text
    return squash(html.unescape(re.sub(r"<[^>]*>", " ", text))) or None


def names_site(meta_title: str, structured: Structured, doc_title: str) -> bool:
    """Whether the meta headline is only the site's or a section's name: the site name
    meta, or a part of the <title> after its first (unless the first is the site's name)."""
    c = compact(meta_title)
    sites = {compact(v) for name in SITE_NAME_METAS for v in structured.metas.get(name, [])}
    parts = [compact(p) for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    # 某某博客 – 标题 with og:site_name 某某博客: the site first, the headline after it
    tail = set(parts[1:]) if parts and parts[0] not in sites else set()
    whole_site = compact(doc_title) == c and _paper_name(meta_title)
    # "-某某新聞網": a template whose headline before the separator came out empty
    empty = re.match(r"\s*[-_|｜–—]", meta_title) is not None
    return c in sites or c in tail or whole_site or empty


#: 标题—新闻—某某网, 标题——某某网: a column and the site, each after an em dash (or a doubled
#: one) without spaces, as some portals title a story (a headline's own dash, 北京—上海, is not
#: followed by a site's name).
DASH_SITE_TAIL = re.compile(
    r"(?<=[^\s—])—{1,2}(?:[\u4e00-\u9fff]{2,6}—{1,2})?[\u4e00-\u9fffA-Za-z]{1,10}(?:网|網|网站|網站)$"
)


def cut_title(text: str) -> str:
    """The headline in a <title> or meta: edition labels and trailing site names cut."""
    text = _without_section_chain(_without_edition(text))
    text = DASH_SITE_TAIL.sub("", text) if len(text) >= 12 else text
    parts = [p for p in TITLE_SPLIT.split(text) if p.strip()]
    if len(parts) > 2 and HOST.fullmatch(parts[-1].strip()):
        parts.pop()
    if site_first(parts):
        return squash(parts[-1])
    while len(parts) > 1 and len(compact(parts[-1])) <= 16:
        parts.pop()
    head = squash(parts[0] if len(parts) == 1 else _through(text, parts)) if parts else ""
    return SECTION_TAIL.sub("", head)


def _through(text: str, parts: list[str]) -> str:
    """*text* from its start through the last of *parts*, its own bars kept (每日技术热点 | 3月
    26日：…, a headline holding a bar before the site's name was cut)."""
    at = 0
    for part in parts:
        found = text.find(part.strip(), at)
        if found < 0:
            return " ".join(parts)
        at = found + len(part.strip())
    return text[:at]


#: 标题-学院新闻-某某大学: the section and the site each after a bare hyphen, as campus and
#: office sites title a story; the section is cut with the site.
SECTION_CHAIN = re.compile(r"(?<=\S)-[\u4e00-\u9fff]{2,8}(?=-[\u4e00-\u9fffA-Za-z]{2,12}$)")


def _without_section_chain(text: str) -> str:
    """标题-学院新闻-某某大学 → 标题-某某大学, when a headline of 8 characters or more leads."""
    m = SECTION_CHAIN.search(text)
    if m is None or len(compact(text[: m.start()])) < 8:
        return text
    return text[: m.start()] + text[m.end() :]


#: 标题-新闻频道-快科技: the site's section joined to the headline by a bare hyphen, left over
#: when the site's name is cut.
SECTION_TAIL = re.compile(r"(?<=\S)-[\u4e00-\u9fff]{1,8}(?:频道|頻道|栏目|欄目)$")


def site_names(structured: Structured) -> frozenset[str]:
    """The site's names its metas give (og:site_name …), compacted."""
    return frozenset(compact(v) for name in SITE_NAME_METAS for v in structured.metas.get(name, []))


def only_site(doc_title: str, structured: Structured) -> bool:
    """Whether the <title> is only the site's name (江城晚报, or og:site_name)."""
    c = compact(doc_title)
    sites = {compact(v) for name in SITE_NAME_METAS for v in structured.metas.get(name, [])}
    return c in sites or (len(TITLE_SPLIT.split(doc_title)) == 1 and _paper_name(doc_title))


def names_only_site(doc_title: str) -> bool:
    """Whether a <title> reads like a site's or an office's own name alone (某某廣播電台全球資訊網),
    or with an edition's or a desk's, not a headline."""
    parts = [p for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    c = compact(doc_title)
    if NAME_THEN_HOST.fullmatch(doc_title.strip()):
        return True  # 某某调查-example.com: the site's name and its host, no headline
    if len(parts) == 2 and all(BLOG_END.search(p.strip()) and len(p.strip()) <= 16 for p in parts):
        return True  # 某某博客--web前端技术博客: the blog's name and its tagline, both a blog's
    if len(parts) == 2 and GLOSSED_SECTION.match(parts[1].strip()):
        c = compact(parts[0])  # 明報新聞網 - 每日明報 daily news: the site, then its edition
    elif 1 < len(parts) <= 3 and all(4 <= len(compact(p)) <= 16 and _web_name(p) for p in parts):
        return True  # 福建信息网-福建民间组织信息网: the site's short and full names alone
    elif 1 < len(parts) <= 3 and all(2 <= len(compact(p)) <= 6 for p in parts):
        # 新闻中心_新浪网: the short names of a desk and of the site, and nothing else
        return all(SITE_END.search(compact(p)) for p in parts)
    elif len(parts) != 1:
        return False
    if UNIT.fullmatch(c):
        return True  # 某某大学化学国家级实验教学示范中心: a unit's full name, however long
    return 4 <= len(c) <= 16 and SITE_END.search(c) is not None


def _web_name(part: str) -> bool:
    """Whether a <title>'s part is a web site's name (某某信息网, 某某之站), no headline's end."""
    return compact(part)[-1] in "网網站"


#: 每日明報 daily news, 即時新聞 instant news, 港聞 Local News: an edition or a section named in
#: Chinese and glossed in English (… news), the fixed <title> of every story on a paper's old site.
GLOSSED_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*(?:[A-Za-z]+ ){0,3}news$", re.I)


#: A paper's section in brackets before the headline, as Hong Kong portals title a story:
#: (港聞) 标题, 【港聞】标题 (a label such as 【獨家】 stays: it belongs to the headline); a blog's
#: mark of a repost or a category likewise.
SECTION_AHEAD = re.compile(
    r"^\s*[(（【\[［〔]\s*(?:即時|即时)?(?:港聞|港闻|要聞|要闻|國際|国际|兩岸|两岸|中國|中国|財經|财经"
    r"|經濟|经济|體育|体育|娛樂|娱乐|社會|社会|地產|地产|澳聞|港澳|大陸|大陆|本地|突發|突发|時事|时事"
    r"|政情|評論|评论|副刊"
    # 【转载】标题, 【精彩博文】标题: a blog's mark of a repost or a category, no headline's word
    r"|转载|轉載|转帖|轉帖|新闻|新聞|精彩博文|置顶|置頂|置顶文章|置頂文章)\s*[)）】\]］〕]\s*(?=\S)"
)


#: The issue of a paper or a magazine in brackets before the headline, as campus papers' sites
#: title a story: 【1481期】标题, [第326期] 标题, （总第1024期）标题 (an edition label, not the
#: headline's).
ISSUE_AHEAD = re.compile(
    r"^\s*[(（【\[［〔]\s*(?:总|總)?第?\s*\d{1,8}\s*期\s*[)）】\]］〕]\s*(?=\S)"
)


#: A tag (<p>, </p>, <img src=…>) or template code (<?php echo $x; ?>, <%=x%>), not 《》-like
#: brackets around a Han title (梦醒在<大话西游>).
MARKUP = re.compile(r"<\?.*?\?>|<%.*?%>|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def without_section(title: str) -> str:
    """The headline without a section or an issue named in brackets before it: (港聞) 标题,
    【1481期】标题 → 标题; and as plain text, without tags or template code a <title> holds
    as its text (<p>标题<img …>, 修改<?php echo $x; ?>, <%NOTE_TITLE%>)."""
    if "<" in title and ">" in title:
        title = squash(MARKUP.sub(" ", title))
    return ISSUE_AHEAD.sub("", SECTION_AHEAD.sub("", title))


def sections_first_at(parts: list[str]) -> int | None:
    """Where the headline sits in a <title> that names its sections first and its site
    last (即時新聞 - 時事脈搏 - 標題 - 某報網站): the one long part after short section names."""
    if len(parts) < 3:
        return None
    sizes = [len(compact(p)) for p in parts]
    at = max(range(len(parts) - 1), key=sizes.__getitem__)  # the site's name aside
    if at == 0 or sizes[at] < 8:
        return None
    return at if all(n <= 6 and 2 * n <= sizes[at] for n in sizes[:at]) else None


def classed_over(tag: Tag, line: str, doc_title: str) -> bool:
    """Whether *tag*, a title-classed block (<div class="article-title">) reading *line*, says
    more than a <title> of a section's and a topic's short names (志工服務-關愛之家); or an
    <h1> or <h2> says more than a <title> of one short name the page shows nowhere (the site's:
    <title>SC美妆连锁加盟</title> over <h2>策马腾飞，领航未来——…年会报道</h2>)."""
    head, c = compact(cut_title(doc_title)), compact(line)
    if tag.name[0] == "h":
        whole = compact(doc_title)
        alone = TITLE_SPLIT.search(doc_title.strip()) is None and len(whole) <= 12
        return tag.name in ("h1", "h2") and alone and 10 <= len(c) <= 80 and whole not in c
    return len(head) <= 6 and 10 <= len(c) <= 80 and head not in c


def opens_title(doc: str, c: str) -> bool:
    """Whether the <title> (compacted) opens with *c* and a separator (致母亲-赞美诗歌-美文网)."""
    return bool(c) and doc.startswith(c) and doc[len(c) : len(c) + 1] in ("-", "_", "|", "｜")


def opens_head(doc: str, head: str, c: str) -> bool:
    """Whether the <title> (compacted) opens with *c*, not a word or two cut from the start of
    its headline (<h2>群众路线</h2>, a column, under 群众路线教育实践活动之边学边改-某某中学)."""
    return doc.startswith(c) and not (head.startswith(c) and len(c) * 2 < len(head))
