"""The article body: find the block that holds the text, keep only the article, rebuild it.

The container is chosen readability-style: every paragraph scores its parent and grandparent
by length and punctuation, link-heavy blocks lose, and class/id words and the selectors of the
big portals tip the balance. Inside it, share bars, related lists, editor lines and the like
are dropped, lazy images get their real ``src``, links become absolute, and the content is
rebuilt as plain blocks (paragraphs, headings, figures with caption and credit, lists, tables)
for :func:`feedsvc.sanitize.clean_html`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urljoin
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from bs4.element import Comment
from bs4.element import NavigableString
from bs4.element import Tag

from .text import SKIP_TAGS
from .text import attr_words
from .text import compact
from .text import is_comment_box
from .text import squash

#: Site chrome: footers and contact lines, never article text.
CHROME = re.compile(
    r"ICP备|ICP证|公网安备|版权所有|Copyright|©|举报电话|联系电话|监督电话|客服电话|联系我们|网站地图|"
    r"免责声明|本站郑重声明|主办单位|承办单位|技术支持|邮编|All Rights Reserved|不良信息举报",
    re.I,
)
PUNCT = re.compile(r"[，。、；！？,;!?“”：]")
POSITIVE = re.compile(
    r"article|content|body|text|detail|zhengwen|\bzw|main|post|story|cont|txt|trs_editor|"
    r"ucap|zoom|entry|news_?con|pages_content|rm_txt|artibody|js_content|left_zw|con_?txt",
    re.I,
)
NEGATIVE = re.compile(
    r"comment|footer|foot|sidebar|side|related|relate|share|nav|menu|hot|rank|recommend|list|"
    r"links|banner|header|copyright|tuijian|xgxw|ad-|ads|advert|login|search|right|left_?nav",
    re.I,
)
#: Containers of the big portals' article text (news.cn, people.cn, gov.cn, cctv, chinanews...).
KNOWN_CONTAINERS = (
    "#detail",
    "#detailContent",
    "#UCAP-CONTENT",
    ".pages_content",
    "#content_area",
    ".content_area",
    ".rm_txt_con",
    "#rwb_zw",
    ".box_con",
    ".left_zw",
    ".TRS_Editor",
    ".TRS_UEDITOR",
    "#zoom",
    "#Zoom",
    ".article-content",
    ".article_content",
    "#articleContent",
    "#artibody",
    "#js_content",
    ".news_txt",
    ".article-body",
    ".articleBody",
    ".post-content",
    ".entry-content",
    "#text",
    ".text_con",
    "#ArticleContent",
    "#mainText",
    ".xl-content",
    ".detail-content",
    ".con_txt",
    "#Content",
    "#content",
    ".article",
)
_KNOWN_IDS = frozenset(s[1:] for s in KNOWN_CONTAINERS if s.startswith("#"))
_KNOWN_CLASSES = frozenset(s[1:] for s in KNOWN_CONTAINERS if s.startswith("."))


def _is_known(tag: Tag) -> bool:
    """Whether *tag* is one of the article containers of the big portals."""
    if tag.get("id") in _KNOWN_IDS or tag.get("itemprop") == "articleBody":
        return True
    raw: str | list[str] = tag.get("class") or []
    classes: list[str] = [raw] if isinstance(raw, str) else list(raw)
    return any(c in _KNOWN_CLASSES for c in classes)


JUNK_WORD = re.compile(
    r"^(?:.*[-_])?(?:share|fenxiang|bdshare\w*|jiathis\w*|comments?|related|relate|recommend\w*|"
    r"tuijian|xgxw|xglj|xgwz|xgyd|hot\w*|rank\w*|advert\w*|ads?|adv|banner|footer|copyright|"
    r"toolbar|tools?|print|qrcode|erweima|ewm|weixin|wechat|nav\w*|menu|breadcrumbs?|crumbs?|"
    r"position|location|sidebar|pagination|pager|page-?nav|prev|next|tags?|keywords?|zebian|"
    r"editor|bianji|edit|author|source|info\d?|time|date|title|subtitle|audio|player|collect|"
    r"dianzan|like|zan|fontsize|font|zihao|correction|jiucuo|close|gotop|backtop|statement|"
    r"disclaimer|mianze|sm|search|login|reply|more|channel)(?:[-_].*)?$",
    re.I,
)
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
JUNK_TAGS = frozenset(
    "nav aside footer header form button select input audio video iframe object embed script "
    "style noscript template svg canvas map area".split()
)
JUNK_LINE = re.compile(
    r"^[\[【(（\s]*(?:分享到|分享至|分享\s*[:：]?\s*$|扫一扫|扫码|用微信扫|打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|字号|字体|"
    r"【?[大中小]\s*[中小]|我要纠错|纠错|返回顶部|收藏\s*$|点赞\s*$|责任编辑|责编|编辑[:：]|值班编辑|"
    r"上一篇|下一篇|相关(?:新闻|阅读|链接|文章|报道|稿件)|推荐阅读|热门推荐|热点推荐|更多精彩|"
    r"点击(?:查看|进入|播放)|关注我们|版权(?:声明|所有)|本文链接|原文链接|网友评论|我要评论|"
    r"发表评论|评论\s*(?:\(\d+\)|[:：]?\s*$)|举报\s*$|免责声明|视频加载中|播放(?:器|视频)?\s*$|听新闻|浏览次数|访问量|阅读量|来源[:：]|"
    r"作者[:：]|发布时间|发布日期|上一页|下一页|首页\s*上一页|共\s*\d+\s*页|第\s*\d+\s*页|【\s*$|】)",
)
AUTHOR_TRAILER = re.compile(r"^[(（]\s*作者\s*[:：]")
END_LINE = re.compile(
    r"^[\[【(（\s]*(?:相关(?:新闻|阅读|链接|文章|报道|稿件|推荐)|推荐阅读|上一篇|下一篇|热门推荐|"
    r"热点推荐|精彩推荐|更多精彩|往期回顾|网友评论|我要评论|发表评论|版权声明|免责声明|"
    r"点击排行|热点新闻|分享到|扫一扫|附件下载|打印本页|关闭窗口|返回\S{0,6}[，,]?查看更多)"
)
SUMMARY_BOX = re.compile(r"^\s*[\[【(（]\s*(?:内容)?摘要\s*[:：】\]]")
ORIGINAL_TITLE = re.compile(
    r"^[(（【\[]?\s*(?:本文)?原(?:标)?题\s*[:：为]?\s*[《“]?(?P<v>.+?)[》”]?\s*[)）】\]]?$"
)
BYLINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员|实习生|作者|撰文|文字|采写)|文|图|图文)"
    r"\s*[:：/|｜丨 ]?\s*"
    r"[\u4e00-\u9fff·A-Za-z][\u4e00-\u9fff·A-Za-z、，, ]{1,40}$"
)
CAPTION_CLASS = re.compile(r"pic|img|image|photo|caption|tuzhu|desc|tt|zhu|illus|note", re.I)
CREDIT = re.compile(
    r"[（(]?\s*(?P<credit>(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员|特约摄影|摄影记者|摄影)\s*)?"
    r"[\u4e00-\u9fff·]{2,8}(?:\s*[、，]\s*[\u4e00-\u9fff·]{2,8})*\s*摄(?:影)?"
    r"|[\u4e00-\u9fff]{2,8}(?:发|供图|提供)(?:\s*[\u4e00-\u9fff·]{2,8}\s*摄)?"
    r"|图(?:片)?(?:来源)?\s*[/／:：丨|]\s*[^\s，。]{2,30}"
    r"|(?:新华社|中新社|视觉中国|IC photo|东方IC)\s*(?:记者)?\s*[\u4e00-\u9fff·]{0,8}\s*(?:摄|发)?)"
    r"\s*[）)]?\s*$"
)
ICON_SRC = re.compile(
    r"logo|icon|share|qrcode|erweima|ewm|weixin|wx_|spacer|blank|loading|arrow|btn|button|"
    r"pixel|1x1|clear\.gif|dot\.gif|print|close|\bbg\b|code\.(?:png|jpg)",
    re.I,
)
LAZY_SRC = (
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-echo",
    "data-url",
    "original",
    "_src",
    "src",
)
#: Furniture tags that some sites wrap around the whole article: unwrapped, not dropped.
WRAPPING_TAGS = frozenset({"form", "header", "footer", "nav", "aside"})
INLINE_KEEP = frozenset({"strong", "b", "em", "i", "u", "sub", "sup", "code", "q", "cite"})
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code del dfn em font i ins kbd label mark q s samp small span strike "
    "strong sub sup time tt u var wbr big nobr".split()
)
BLOCK_NAMES = frozenset("p div section article center main td th li dd dt blockquote".split())


@dataclass
class Block:
    """One rebuilt piece of the body."""

    kind: str  # p, h2..h6, figure, list, table, quote
    html: str
    text: str
    image_url: str | None = None
    image_alt: str = ""
    caption: str = ""
    credit: str | None = None
    centered: bool = False
    caption_like: bool = False


@dataclass
class Body:
    """The rebuilt body and what was lifted out of it on the way."""

    blocks: list[Block]
    original_title: str | None
    bylines: list[str]


def _text_len(tag: Tag) -> int:
    return len(compact(tag.get_text()))


def _link_len(tag: Tag) -> int:
    return sum(len(compact(a.get_text())) for a in tag.find_all("a"))


def _own_text(tag: Tag) -> str:
    return "".join(
        str(c)
        for c in tag.children
        if isinstance(c, NavigableString) and not isinstance(c, Comment)
    )


def _hidden(tag: Tag) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or tag.has_attr("hidden")


def prepare(soup: BeautifulSoup) -> None:
    """Drop what is never article text: scripts, forms, comments, hidden and comment boxes."""
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(list(SKIP_TAGS | {"button"})):
        if isinstance(tag, Tag) and not tag.decomposed:
            tag.decompose()
    total = _text_len(soup)
    # Page furniture, unless it wraps the page (ASP.NET puts everything in one <form>).
    for tag in soup.find_all(["form", "nav", "footer", "aside"]):
        if isinstance(tag, Tag) and not tag.decomposed and _text_len(tag) < 0.3 * total:
            tag.decompose()
    for tag in soup.find_all(True):
        if isinstance(tag, Tag) and not tag.decomposed and tag.attrs is not None:
            if _hidden(tag) and _text_len(tag) < 300:
                tag.decompose()
            elif is_comment_box(tag) and _text_len(tag) < total / 2:
                tag.decompose()


def _paragraph_score(text: str) -> float:
    return 1 + len(PUNCT.findall(text)) + min(len(text) / 40, 6)


def find_container(soup: BeautifulSoup) -> Tag | None:
    """The element holding the article text, or None if the page has no text at all."""
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}

    def add(tag: Tag | None, value: float) -> None:
        if tag is None or tag.name in ("html", "[document]"):
            return
        nodes[id(tag)] = tag
        scores[id(tag)] = scores.get(id(tag), 0.0) + value

    for tag in soup.find_all(["p", "div", "td", "section", "article", "span", "font", "pre"]):
        if not isinstance(tag, Tag) or tag.find_parent("a") is not None:
            continue
        if tag.name in ("p", "pre"):
            text = compact(tag.get_text())
            holder = tag.parent
        else:
            text = compact(_own_text(tag))
            if len(text) < 20:
                continue
            holder = tag
        if len(text) < 8 or CHROME.search(text):
            continue
        value = _paragraph_score(text)
        add(holder, value)
        if holder is not None:
            add(holder.parent, value / 2)
            if holder.parent is not None:
                add(holder.parent.parent, value / 4)
    if not scores:
        return None
    best: tuple[float, Tag] | None = None
    for key, raw in scores.items():
        tag = nodes[key]
        total = _text_len(tag) or 1
        density = min(_link_len(tag) / total, 1.0)
        words = attr_words(tag)
        weight = 0.0
        if words:
            if POSITIVE.search(words):
                weight += 20
            if NEGATIVE.search(words):
                weight -= 20
        if _is_known(tag):
            weight += 30
        value = raw * (1 - density) + weight
        if best is None or value > best[0]:
            best = (value, tag)
    return best[1] if best else None


def _image_src(img: Tag, base: str | None) -> str | None:
    for attr in LAZY_SRC:
        value = img.get(attr)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        if value.startswith("data:") or ICON_SRC.search(value.rsplit("/", 1)[-1]):
            return None
        absolute = urljoin(base, value) if base else value
        if absolute.startswith("//"):
            absolute = "https:" + absolute
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.netloc and " " not in absolute.strip():
            return absolute.strip()
        return None
    return None


def _tiny(img: Tag) -> bool:
    for attr in ("width", "height"):
        value = str(img.get(attr) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < 60:
            return True
    return False


def _absolutize(root: Tag, base: str | None) -> None:
    for a in root.find_all("a"):
        href = a.get("href")
        if isinstance(href, str):
            href = href.strip()
            if href.startswith(("javascript:", "#")) or not href:
                del a["href"]
            elif base:
                a["href"] = urljoin(base, href)


def _clean_container(root: Tag) -> None:
    total = _text_len(root) or 1
    for tag in root.find_all(True):
        if not isinstance(tag, Tag) or tag.decomposed or tag.attrs is None:
            continue
        if tag.name in JUNK_TAGS:
            if tag.name in WRAPPING_TAGS and _text_len(tag) > 0.3 * total:
                tag.unwrap()
            else:
                tag.decompose()
            continue
        # camelCase class names count word by word: mbArticleShareBtn is a share button.
        words = [CAMEL.sub("-", w) for w in attr_words(tag).split()]
        if not words or not any(JUNK_WORD.match(w) for w in words):
            continue
        size = _text_len(tag)
        if (
            size <= 300
            and size <= 0.4 * total
            and not tag.find("img", recursive=True)
            or (size <= 0.15 * total and _link_len(tag) > 0.5 * size)
        ):
            tag.decompose()


def _inline_html(node: Tag | NavigableString, base: str | None, images: list[Tag]) -> str:
    if isinstance(node, Comment):
        return ""
    if isinstance(node, NavigableString):
        return html.escape(str(node), quote=False)
    if node.name in SKIP_TAGS:
        return ""
    if node.name == "img":
        images.append(node)
        return ""
    if node.name == "br":
        return "<br>"
    inner = "".join(_inline_html(c, base, images) for c in node.children)  # type: ignore[arg-type]
    if node.name == "a":
        href = node.get("href")
        if isinstance(href, str) and urlsplit(href).scheme in ("http", "https") and inner.strip():
            return f'<a href="{html.escape(href)}">{inner}</a>'
        return inner
    if node.name in INLINE_KEEP and inner.strip():
        return f"<{node.name}>{inner}</{node.name}>"
    return inner


def _centered(tag: Tag) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "text-align:center" in style or str(tag.get("align") or "").lower() == "center"


def _figure(img: Tag, base: str | None) -> Block | None:
    if _tiny(img):
        return None
    src = _image_src(img, base)
    if src is None:
        return None
    alt = squash(str(img.get("alt") or img.get("title") or ""))
    return Block("figure", "", "", image_url=src, image_alt=alt)


def _is_data_table(table: Tag) -> bool:
    if table.find("table") is not None:
        return False
    cells = table.find_all(["td", "th"])
    if len(cells) < 2:
        return False
    return all(_text_len(c) <= 300 for c in cells)


class _Builder:
    def __init__(self, base: str | None) -> None:
        self.base = base
        self.blocks: list[Block] = []
        self.run: list[Tag | NavigableString] = []
        self.run_centered = False

    def flush(self) -> None:
        images: list[Tag] = []
        parts = "".join(_inline_html(n, self.base, images) for n in self.run)
        self.run = []
        for piece in re.split(r"(?:<br>\s*)+", parts):
            self._paragraph(piece, centered=self.run_centered)
        self._images(images)

    def _paragraph(self, inner: str, *, centered: bool = False, caption_like: bool = False) -> None:
        inner = inner.strip()
        text = squash(BeautifulSoup(inner, "html.parser").get_text()) if inner else ""
        if text:
            self.blocks.append(
                Block("p", inner, text, centered=centered, caption_like=caption_like)
            )

    def _images(self, images: list[Tag]) -> None:
        for img in images:
            block = _figure(img, self.base)
            if block is not None:
                self.blocks.append(block)

    def paragraph_tag(self, tag: Tag) -> None:
        images: list[Tag] = []
        inner = "".join(_inline_html(c, self.base, images) for c in tag.children)  # type: ignore[arg-type]
        inner = re.sub(r"^(?:\s*<br>)+|(?:<br>\s*)+$", "", inner.strip())
        caption_like = bool(CAPTION_CLASS.search(attr_words(tag)))
        text = squash(BeautifulSoup(inner, "html.parser").get_text()) if inner else ""
        figures = [b for b in (_figure(i, self.base) for i in images) if b is not None]
        if figures and text and len(text) <= 150:
            self.blocks.extend(figures[:-1])
            last = figures[-1]
            last.caption = text
            self.blocks.append(last)
            return
        self.blocks.extend(figures)
        self._paragraph(inner, centered=_centered(tag), caption_like=caption_like)

    def walk(self, root: Tag) -> None:
        for child in root.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.run.append(child)
                continue
            if not isinstance(child, Tag) or child.name in SKIP_TAGS or child.name in JUNK_TAGS:
                continue
            name = child.name
            if name == "br" or (name in INLINE_TAGS and child.find(list(BLOCK_NAMES)) is None):
                if not self.run:
                    self.run_centered = _centered(root)
                self.run.append(child)
                continue
            self.flush()
            if name in ("p", "pre"):
                if child.find(["p", "div", "table"]) is not None:
                    self.walk(child)
                else:
                    self.paragraph_tag(child)
            elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                images: list[Tag] = []
                inner = "".join(_inline_html(c, self.base, images) for c in child.children)  # type: ignore[arg-type]
                text = squash(BeautifulSoup(inner, "html.parser").get_text())
                level = max(2, int(name[1]))
                if text:
                    self.blocks.append(Block(f"h{level}", inner.strip(), text))
                self._images(images)
            elif name == "img":
                self._images([child])
            elif name == "figure":
                imgs = child.find_all("img")
                cap = child.find("figcaption")
                cap_text = squash(cap.get_text(" ")) if isinstance(cap, Tag) else ""
                figures = [b for b in (_figure(i, self.base) for i in imgs) if b is not None]
                if figures:
                    figures[-1].caption = cap_text
                    self.blocks.extend(figures)
                elif cap_text:
                    self._paragraph(html.escape(cap_text), caption_like=True)
            elif name in ("ul", "ol"):
                items = []
                for li in child.find_all("li", recursive=False):
                    li_images: list[Tag] = []
                    inner = "".join(_inline_html(c, self.base, li_images) for c in li.children)  # type: ignore[arg-type]
                    if squash(BeautifulSoup(inner, "html.parser").get_text()):
                        items.append(f"<li>{inner.strip()}</li>")
                    self._images(li_images)
                if items:
                    text = squash(child.get_text(" "))
                    self.blocks.append(Block("list", f"<{name}>{''.join(items)}</{name}>", text))
            elif name == "table":
                if _is_data_table(child):
                    for tag in child.find_all(True):
                        tag.attrs = {
                            k: v
                            for k, v in tag.attrs.items()
                            if k in ("colspan", "rowspan", "href", "src")
                        }
                    child.attrs = {}
                    self.blocks.append(Block("table", str(child), squash(child.get_text(" "))))
                else:
                    self.walk(child)
            elif name == "blockquote":
                inner_builder = _Builder(self.base)
                inner_builder.walk(child)
                inner_builder.flush()
                quoted = "".join(render_block(b) for b in inner_builder.blocks)
                text = " ".join(b.text for b in inner_builder.blocks)
                if text:
                    self.blocks.append(Block("quote", f"<blockquote>{quoted}</blockquote>", text))
            else:
                self.walk(child)
                self.flush()
        self.flush()


def _split_credit(text: str) -> tuple[str, str | None]:
    m = CREDIT.search(text)
    if not m or m.start() == 0 and len(text) > 40:
        return text, None
    return text[: m.start()].rstrip(" （(，,"), squash(m["credit"])


def _attach_captions(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.kind == "figure"
            and not block.caption
            and nxt is not None
            and nxt.kind == "p"
            and len(nxt.text) <= 160
            and (
                nxt.centered
                or nxt.caption_like
                or CREDIT.search(nxt.text) is not None
                or nxt.text.startswith(("图为", "图：", "图:", "▲", "△"))
            )
        ):
            block.caption = nxt.text
            i += 1
        if block.kind == "figure" and block.caption:
            caption, credit = _split_credit(block.caption)
            block.caption, block.credit = caption, credit
            block.text = squash(f"{caption} {credit or ''}")
        out.append(block)
        i += 1
    return out


def render_block(block: Block) -> str:
    """HTML of one block (still to be sanitized)."""
    if block.kind == "p":
        return f"<p>{block.html}</p>"
    if block.kind.startswith("h"):
        return f"<{block.kind}>{block.html}</{block.kind}>"
    if block.kind == "figure":
        alt = html.escape(block.image_alt or block.caption, quote=True)
        caption = html.escape(block.caption)
        credit = f' <span class="credit">{html.escape(block.credit)}</span>' if block.credit else ""
        src = html.escape(block.image_url or "", quote=True)
        figcaption = f"<figcaption>{caption}{credit}</figcaption>" if caption or credit else ""
        return f'<figure><img src="{src}" alt="{alt}">{figcaption}</figure>'
    return block.html


def _same(a: str, b: str) -> bool:
    a, b = compact(a), compact(b)
    return (
        bool(a)
        and bool(b)
        and (a == b or (len(b) >= 6 and a.startswith(b) and len(a) - len(b) <= 8))
    )


GALLERY = re.compile(
    r"\d{1,3}\s*/\s*\d{1,3}|图集|组图|视频|音频|播放|听新闻|朗读|[A-Za-z]?[+-]|[大中小]+"
)
INFO_HINT = re.compile(r"来源|作者|编辑|发布|浏览|点击|阅读|字号|时间|日期|记者")
DATE_HINT = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}"
)


def _title_lines(blocks: list[Block], title: str) -> int:
    """How many opening blocks spell the headline over several lines (a 公文's centred title)."""
    target = compact(title)
    joined = ""
    for i, block in enumerate(blocks[:6]):
        if block.kind == "figure":
            return 0
        joined += compact(block.text)
        if not joined or not target.startswith(joined):
            return 0
        if joined == target:
            return i + 1 if i > 0 else 0
    return 0


DATELINE_START = re.compile(
    r"^(?:新华社|中新社|中新网|本报|人民网|央视网)?\S{0,12}?\d{1,2}月\d{1,2}日[电讯]"
)


def _deck_lines(blocks: list[Block]) -> int:
    """How many short headline lines (a wire story's deck: 强调 …, 李强蔡奇出席) precede the
    dateline that opens the text."""
    for i, block in enumerate(blocks[:6]):
        if block.kind != "figure" and DATELINE_START.match(block.text):
            deck = [b for b in blocks[:i] if b.kind != "figure"]
            if deck and all(
                len(b.text) <= 30 and not re.search(r"[。，！？：]", b.text) for b in deck
            ):
                return i
            return 0
    return 0


def _trim(blocks: list[Block], title: str, subtitle: str | None) -> Body:
    original: str | None = None
    bylines: list[str] = []
    kept: list[Block] = []
    started = False
    # When the container holds the headline, what comes before it (引题, breadcrumb) is not text.
    for i, block in enumerate(blocks[:8]):
        if block.kind != "figure" and _same(block.text, title):
            blocks = blocks[i + 1 :]
            break
    blocks = blocks[_title_lines(blocks, title) :]
    blocks = blocks[_deck_lines(blocks) :]
    for block in blocks:
        text = block.text
        if block.kind in ("p", "h2", "h3", "h4", "h5", "h6") and len(text) <= 200:
            m = ORIGINAL_TITLE.match(text)
            if m and not started:
                original = original or m["v"]
                continue
            if m and len(kept) < 6:
                original = original or m["v"]
                continue
        if not started:
            if block.kind == "figure":
                kept.append(block)
                continue
            short = len(text) <= 150
            if _same(text, title) or (subtitle and _same(text, subtitle)):
                continue
            if short and (
                JUNK_LINE.match(text) or (DATE_HINT.search(text) and INFO_HINT.search(text))
            ):
                continue
            if short and DATE_HINT.fullmatch(text.strip("()（） ")):
                continue
            if len(text) <= 45 and BYLINE.match(text):
                bylines.append(text)
                continue
            if SUMMARY_BOX.match(text) and len(text) <= 400:
                continue  # [摘要：...]: the editors' summary box, not the article's text
            if short and (text in ("【", "】", "|", "打印", "关闭") or GALLERY.fullmatch(text)):
                continue
            if len(text) <= 4 and block.kind == "p" and not re.search(r"[:：，。！？,]", text):
                continue
            started = True
            figures = [b for b in kept if b.kind == "figure"]
            kept = [b for b in kept if b.kind != "figure"]
            kept.append(block)
            # The body opens with text: a lead photo follows the first paragraph.
            kept.extend(figures)
            continue
        if (
            len(kept) <= 3
            and len(text) <= 150
            and DATE_HINT.search(text)
            and INFO_HINT.search(text)
        ):
            continue  # the info line under a subtitle or lead photo
        if len(text) <= 60 and END_LINE.match(text):
            break
        if len(text) <= 80 and JUNK_LINE.match(text):
            if AUTHOR_TRAILER.match(text):
                bylines.append(text)  # （作者：方敏 北京大学经济学院教授）
            continue
        kept.append(block)
    while (
        kept
        and kept[-1].kind != "figure"
        and (len(kept[-1].text) <= 45 and BYLINE.match(kept[-1].text))
    ):
        bylines.append(kept.pop().text)
    return Body(kept, original, bylines)


def extract_body(soup: BeautifulSoup, base: str | None, title: str, subtitle: str | None) -> Body:
    """Rebuild the article body of *soup* (which is modified); see the module docstring."""
    prepare(soup)
    container = find_container(soup)
    if container is None:
        return Body([], None, [])
    _absolutize(container, base)
    _clean_container(container)
    builder = _Builder(base)
    builder.walk(container)
    blocks = _attach_captions(builder.blocks)
    return _trim(blocks, title, subtitle)


def render(blocks: list[Block]) -> str:
    return "\n".join(render_block(b) for b in blocks)
