"""Find the element that holds the article text, and clear the page furniture out of it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import BeautifulSoup
from bs4 import Tag
from bs4.element import Comment
from bs4.element import Doctype
from bs4.element import NavigableString

from .addresses import join_url
from .explain import Explanation
from .foldbox import unfolded
from .leadblock import with_lead
from .leadboxel import lead_box_element
from .lexicon import CHROME
from .lexicon import EDITORS_NOTE
from .owntext import NO_TEXT_HOLDER
from .ranking import best_container
from .repeatblocks import with_repeats
from .sizes import Sizes
from .sizes import detached
from .sizes import measure
from .storyitem import linked_card
from .storyroot import story_root
from .streams import CAMEL
from .text import SKIP_TAGS
from .text import attr_words
from .text import compact
from .text import find_tags
from .text import is_comment_box
from .videoinfo import video_text_box

PUNCT = re.compile(r"[，。、；！？,;!?“”：]")

JUNK_WORD = re.compile(
    r"^(?:.*[-_])?(?:share|fenxiang|bdshare\w*|jiathis\w*|comments?|related\w*|relate|recommend\w*|"
    r"tuijian|xgxw|xglj|xgwz|xgyd|hot\w*|rank\w*|advert\w*|ads?|adv|banner|footer|copyright|"
    r"toolbar|tools?|print|qrcode|erweima|ewm|weixin|wechat|nav\w*|menu|breadcrumbs?|crumbs?|"
    r"position|location|sidebar|pagination|pager|page-?nav|prev|next|tags?|keywords?|zebian|"
    r"editor|bianji|edit|author|source|info\d?|time|date|title|subtitle|audio|player|collect|"
    r"dianzan|like|zan|fontsize|font|zihao|correction|jiucuo|close|gotop|backtop|statement|social|"
    r"disclaimer|mianze|sm|search|login|reply|more|channel|"
    r"zhaiyao|abstract|summary|digest|daodu|daoyu)(?:[-_].*)?$|^tips$",
    re.I,
)

#: fontM2, font_14, fontsize-16: the text size a paragraph is set in (the size buttons switch
#: these classes), not the buttons themselves (fontL, fontsize): the text, kept; so is the
#: block editor's size of a paragraph (has-medium-font-size, has-x-large-font-size).
TEXT_SIZE_CLASS = re.compile(
    r"font(?:size)?[-_]?[a-z]?\d{1,2}|has-(?:[a-z]+-){1,2}font-size|has-\d{1,3}-font-size", re.I
)

#: contentFont, article_font, txt-font: the font the story's paragraphs are set in (a
#: paragraph's own class), not a font-size button: the text, kept.
TEXT_FONT_CLASS = re.compile(r"(?:content|article|text|txt|detail)[-_]?font", re.I)

#: elementor-widget-text-editor, elementor-text-editor: a page builder's rich-text widget, the
#: text written in its editor, not the editor's (责任编辑) box; elementor-heading-title: the
#: builder's heading widget, a subhead between them, not a title box.
TEXT_EDITOR_CLASS = re.compile(r"(?:.*[-_])?text[-_]?editor|elementor-heading-title", re.I)


JUNK_TAGS = frozenset(
    "nav aside footer header form button select input audio video iframe object embed script "
    "style noscript template svg canvas map area".split()
)

#: Furniture tags that some sites wrap around the whole article: unwrapped, not dropped.
WRAPPING_TAGS = frozenset({"form", "header", "footer", "nav", "aside"})


def text_len(tag: Tag) -> int:
    return len(compact(tag.get_text()))


def _own_text(tag: Tag) -> str:
    return "".join(
        [
            c
            for c in tag.contents
            if isinstance(c, NavigableString) and not isinstance(c, (Comment, Doctype))
        ]
    )


class _ParagraphDivs:
    """Which <div>s are set as paragraphs: its own text and no other block, beside another
    such <div> (a lead and its story, each a <div> of one paragraph); their parent holds the
    text, as a <p>'s does. Each tag's answer is worked out once."""

    def __init__(self, sizes: Sizes) -> None:
        self._gone = sizes.removed
        self._blocky: dict[int, bool] = {}
        self._lone: dict[int, list[Tag]] = {}

    def has_block(self, tag: Tag) -> bool:
        """Whether a <p>, <div> or <table> is inside *tag* (children before parents, without
        recursion: pages nest deep)."""
        if id(tag) in self._blocky:
            return self._blocky[id(tag)]
        if any(c.name in ("p", "div", "table") for c in self._children(tag)):
            self._blocky[id(tag)] = True  # a block child: no need to look deeper
            return True
        stack: list[tuple[Tag, bool]] = [(tag, False)]
        while stack:
            node, done = stack.pop()
            if id(node) in self._blocky:
                continue
            children = self._children(node)
            if done:
                self._blocky[id(node)] = any(
                    c.name in ("p", "div", "table") or self._blocky[id(c)] for c in children
                )
                continue
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in self._blocky)
        return self._blocky[id(tag)]

    def _children(self, tag: Tag) -> list[Tag]:
        """The child tags of *tag* not set aside."""
        return [c for c in tag.contents if isinstance(c, Tag) and id(c) not in self._gone]

    def __call__(self, tag: Tag) -> bool:
        parent = tag.parent
        if tag.name != "div" or parent is None or self.has_block(tag):
            return False
        return self._paragraphs_beside(parent, tag)

    def _paragraphs_beside(self, parent: Tag, tag: Tag) -> bool:
        """Whether *parent* has another block-free <div> child of 40 characters of own text."""
        key = id(parent)
        if key not in self._lone:
            self._lone[key] = [
                s
                for s in self._children(parent)
                if s.name == "div" and not self.has_block(s) and len(compact(_own_text(s))) >= 40
            ]
        return any(s is not tag for s in self._lone[key])


def _hidden(tag: Tag) -> bool:
    attrs = tag.attrs
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style) and "display:none" in str(style).replace(" ", "").lower()


#: Tags whose content is never article text: the copy the body is cut from leaves them out.
NEVER_TEXT = SKIP_TAGS | {"button"}


def prepare(soup: BeautifulSoup, tags: Sequence[Tag] | None = None) -> Sizes:
    """Measure the page *soup* and set aside what is never its text: the :data:`NEVER_TEXT`
    tags, the page furniture, hidden blocks and comment boxes (the page is left as it is);
    *tags* are its tags in document order, when the caller has them.

    :return: the sizes of the tags, kept right through the removals (see :mod:`.sizes`).
    """
    # A pass removes tags in document order, so a tag removed earlier is an ancestor of a
    # later one (then gone) or disjoint from it: the sizes a pass reads are those before it.
    sizes = measure(soup, tags, NEVER_TEXT)
    total = sizes.text_len(soup)
    # Page furniture, unless it wraps the page (ASP.NET puts everything in one <form>).
    furniture = ("form", "nav", "footer", "aside")
    for tag in [t for t in sizes.tags if t.name in furniture]:
        if not sizes.gone(tag) and sizes.text_len(tag) < 0.3 * total:
            sizes.remove(tag)
    removed = sizes.removed
    for tag in sizes.tags:
        # hidden and comment-box tags say so in their attributes (a box in its class or id)
        attrs = tag.attrs
        if attrs and id(tag) not in removed:
            if _hidden(tag) and sizes.text_len(tag) < 300:
                sizes.remove(tag)
            elif (
                ("class" in attrs or "id" in attrs)
                and is_comment_box(tag)
                and sizes.text_len(tag) < total / 2
            ):
                sizes.remove(tag)
    return sizes


SCORED_TAGS = frozenset(("p", "div", "td", "section", "article", "span", "font", "pre"))


def _prose(text: str) -> bool:
    """Whether *text* is long prose (a story's paragraphs run together between <br>s), which a
    phone number or an address it mentions (举报电话) does not make the page's furniture."""
    return len(text) >= 300 and text.count("。") >= 5


def _paragraph_score(text: str) -> float:
    return 1 + len(PUNCT.findall(text)) + min(len(text) / 40, 6)


def find_container(
    soup: BeautifulSoup, sizes: Sizes, explain: Explanation | None = None
) -> Tag | None:
    """The element holding the article text, or None if the page has no text at all.

    :param sizes: the text and link lengths of the tags of *soup*, from :func:`prepare`.
    """
    scores, nodes = _scores(sizes, SCORED_TAGS)
    if not scores:
        # nothing else on the page: the text is a list's definition (an old video page's
        # info box, <dt>视频简介：</dt><dd>…</dd>)
        scores, nodes = _scores(sizes, SCORED_TAGS | {"dd"})
    if not scores:
        # nor that: a theme writes the text inside <a> tags that link nowhere
        scores, nodes = _scores(sizes, SCORED_TAGS | {"dd", "a"})
    if not scores:
        return None
    best = best_container(scores, nodes, sizes, explain)
    if best is None:
        return None
    best = story_root(unfolded(best, sizes), sizes)
    return with_lead(with_repeats(best, sizes), scores, sizes)


def _scores(sizes: Sizes, scored: frozenset[str]) -> tuple[dict[int, float], dict[int, Tag]]:
    """The score of each tag holding the text of the *scored* tags, and the tags by id."""
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}

    def add(tag: Tag | None, value: float) -> None:
        if tag is None or tag.name in ("html", "[document]"):
            return
        nodes[id(tag)] = tag
        scores[id(tag)] = scores.get(id(tag), 0.0) + value

    removed, lengths, own = sizes.removed, sizes.text, sizes.strings
    live = [t for t in sizes.tags if id(t) not in removed]  # the tags prepare() left
    in_links = _in_links(live)
    paragraph_div = _ParagraphDivs(sizes)
    for tag in live:  # every tag of the page: the sizes read in line
        name = tag.name
        if (name not in scored and (name in NO_TEXT_HOLDER or ":" in name)) or id(tag) in in_links:
            continue
        if name == "a" and "href" in tag.attrs:
            continue  # a link's words are never the text, even where <a> is scored
        if name == "p" or name == "pre":
            if lengths[id(tag)] < 8:
                continue  # its text, without spaces, as measure counted it: too short
            text = compact(sizes.text_of(tag))
            holder = tag.parent
        else:
            if own[id(tag)] < 20:
                continue  # what measure counted of its own strings: no need to read them
            text = compact(_own_text(tag))
            if len(text) < 20:
                continue
            holder = _holder(tag, paragraph_div)
        if len(text) < 8 or CHROME.search(text) and not _prose(text):
            continue
        value = _paragraph_score(text)
        add(holder, value)
        if holder is not None:
            add(holder.parent, value / 2)
            if holder.parent is not None:
                add(holder.parent.parent, value / 4)
    return scores, nodes


def _holder(tag: Tag, paragraph_div: _ParagraphDivs) -> Tag | None:
    """The tag credited with the text of *tag*: a <span> or <font> set in the middle of its
    <div>'s sentence (<div>　　我校自<span>2005年以来……</span></div>) is a piece of that
    paragraph, credited as the <div> would be; a <div> set as a paragraph credits its parent."""
    parent = tag.parent
    if tag.name in ("span", "font") and parent is not None and parent.name == "div":
        before = tag.previous_sibling
        if isinstance(before, NavigableString) and not isinstance(before, Comment):
            if before.strip(_BLANK):
                tag = parent
    if tag.name == "font" and parent is not None and parent.name == "font":
        if _sentence_before(tag):
            tag = parent
    return tag.parent if paragraph_div(tag) else tag


_BLANK = " \t\r\n\u3000\xa0"


def _sentence_before(tag: Tag) -> bool:
    """Whether the <font> before *tag* holds the start of *tag*'s sentence (an old editor's
    <font>……，于</font><font>4</font><font>月上旬……</font>): the one paragraph in three fonts."""
    before = tag.previous_sibling
    while isinstance(before, NavigableString) and not before.strip(_BLANK):
        before = before.previous_sibling
    if not isinstance(before, Tag) or before.name != "font" or before.find("br") is not None:
        return False
    text = before.get_text().strip(_BLANK)
    return bool(text) and text[-1] not in "。！？!?：:”」"


def _in_links(tags: list[Tag]) -> set[int]:
    """The ids of the tags inside the links among *tags* (``a.descendants``, but only for the
    links that hold more than text: most hold one string)."""
    inside: set[int] = set()
    for a in tags:
        if a.name == "a" and id(a) not in inside:
            if any(type(c) is not NavigableString for c in a.contents):
                inside.update(id(t) for t in a.descendants)
    return inside


def absolutize(root: Tag, base: str | None) -> None:
    for a in find_tags(root, ("a",)):
        href = a.get("href")
        if isinstance(href, str):
            href = href.strip()
            if href.startswith(("javascript:", "#")) or not href:
                del a["href"]
            elif base:
                a["href"] = join_url(base, href) or ""


def _in_sentence(tag: Tag, size: int, sizes: Sizes) -> bool:
    """Whether the inline *tag* is a word of a paragraph's sentence (<p>前衛生署長<a class="tag">
    楊志良</a>昨…): a keyword linked to its topic page, not furniture; also inside the link
    (<a class="akey"><span class="keyword">陈某</span></a>)."""
    box = tag.parent
    for _ in range(2):
        if isinstance(box, Tag) and box.name in ("a", "span", "strong", "b", "font", "em"):
            box = box.parent
    return isinstance(box, Tag) and box.name == "p" and sizes.text_len(box) >= 3 * size + 20


def _text_class(word: str) -> bool:
    """Whether the class *word* names the size or font of the text it is set on, or the
    rich-text widget holding it."""
    return bool(
        TEXT_SIZE_CLASS.fullmatch(word)
        or TEXT_FONT_CLASS.fullmatch(word.replace("-", ""))
        or TEXT_EDITOR_CLASS.fullmatch(word)
    )


def _editors_note(tag: Tag, junk: list[str]) -> bool:
    """Whether *tag*, a box whose class names an editor (editor-note, editorNote), holds the
    editor's note that opens the text (编者按：…), not the 责任编辑 line."""
    return any(w.lower().startswith("editor") for w in junk) and bool(
        EDITORS_NOTE.match(tag.get_text())
    )


def clean_container(root: Tag, sizes: Sizes) -> None:
    """Drop the furniture inside the container *root*; *sizes* are those of :func:`prepare`
    (still right: nothing was removed since, and they stay right during the pass, as there)."""
    total = sizes.text_len(root) or 1
    for tag in find_tags(root, None):
        if not isinstance(tag, Tag) or detached(tag):
            continue
        if tag.name in JUNK_TAGS:
            if tag.name in WRAPPING_TAGS and sizes.text_len(tag) > 0.3 * total:
                tag.unwrap()
            else:
                tag.decompose()
            continue
        # camelCase class names count word by word: mbArticleShareBtn is a share button.
        size = sizes.text_len(tag)
        if lead_box_element(tag, size, total, sizes):
            tag.decompose()  # 导读：… in a block of its own over the text's element
            continue
        if tag.name == "article" and size <= 0.3 * total and linked_card(tag):
            tag.decompose()  # <article><h2><a>another story</a></h2><p>excerpt</p></article>
            continue
        words = [CAMEL.sub("-", w) for w in attr_words(tag).split()]
        junk = [w for w in words if JUNK_WORD.match(w) and not _text_class(w)]
        if not junk or video_text_box(junk, tag.get_text()) or _editors_note(tag, junk):
            continue
        if tag.name in ("a", "strong", "b", "span") and _in_sentence(tag, size, sizes):
            continue
        if (
            size <= 300
            and size <= 0.4 * total
            and not tag.find("img", recursive=True)
            or (size <= 0.15 * total and sizes.link_len(tag) > 0.5 * size)
        ):
            tag.decompose()
