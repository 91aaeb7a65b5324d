"""The headline: the heading that shows it, a subtitle, and where it stands among the lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4 import Tag
from bs4.element import NavigableString
from bs4.element import PreformattedString

from .bylineforms import SLASH_BYLINE
from .explain import Explanation
from .explain import where
from .lexicon import AUTHOR
from .lexicon import DATE_START
from .lexicon import PUBLISH_LABELS
from .lexicon import SOURCE_LABELS
from .lexicon import alternation
from .metadata import Structured
from .subtitle import subtitle_after
from .text import TagIndex
from .text import attr_words
from .text import compact
from .text import squash
from .titletext import TITLE_SPLIT as TITLE_SPLIT
from .titletext import cut_title
from .titletext import names_only_site
from .titletext import names_site
from .titletext import only_site
from .titletext import plain
from .titletext import site_first
from .titletext import without_section
from .xxgk import labelled_title

TITLE_WORDS = re.compile(
    r"title|headline|tit\b|biaoti|\bbt\b|art_?tit|news_?tit|(?<![\w-])heading(?![\w-])", re.I
)


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


#: Heading scores: the tag's level, then evidence that it shows the headline the metas and
#: the <title> declare; a heading scoring ACCEPT or more is the headline.
LEVEL_SCORES = {"h1": 3.0, "h2": 1.0, "h3": 0.5, "h4": 0.25, "h5": 0.2, "h6": 0.1}
LEVEL_SCORES["founder-title"] = 5.0  # the headline tag of papers' Founder e-paper editions
TITLE_CLASS_SCORE = 2
SAME_AS_META = 8
OVERLAPS_META = 4
IN_DOC_TITLE = 6
STARTS_DOC_TITLE = 2
IN_A_LIST = 3
SITE_NAME_PENALTY = 6
ORDER_COST = 0.01
ACCEPT = 5

Heading = tuple[float, Tag, list[str]]

#: A date in compacted text (2014-04-3023:54), after a headline in its heading.
DATE_AFTER = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")


@dataclass(frozen=True)
class _Declared:
    """The headline as the metas and the <title> declare it, compacted for comparing."""

    meta: str
    doc: str
    head: str
    tail: list[str]
    meta_head: str = ""  # the meta headline with its site name cut


def _declared(doc_title: str, meta_title: str | None) -> _Declared:
    """Compact forms of the meta headline and of the <title>, whole, first part, the rest."""
    doc_c = compact(doc_title)
    doc_parts = [compact(p) for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    meta_c = compact(meta_title or "")
    meta_head = compact(cut_title(meta_title)) if meta_title else ""
    if site_first(doc_parts):  # 自由電子報 - 標題: the headline last, the site before it
        return _Declared(meta_c, doc_c, doc_parts[-1], doc_parts[:-1], meta_head)
    head_c = doc_parts[0] if len(doc_parts) > 1 else doc_c
    return _Declared(meta_c, doc_c, head_c, doc_parts[1:], meta_head)


Chosen = tuple[str, Tag | None, str | None]


def choose_title(
    soup: BeautifulSoup,
    index: TagIndex,
    structured: Structured,
    explain: Explanation | None = None,
) -> Chosen:
    """The headline, the element showing it (if any), and a subtitle line after ——; *index*
    holds the tags of *soup*."""
    doc_title = squash(soup.title.get_text()) if soup.title else ""
    meta_title = plain(
        structured.headline or structured.meta("articletitle", "og:title", "twitter:title")
    )
    if meta_title and names_site(meta_title, structured, doc_title):
        meta_title = None  # og:title "江城新闻网": the site, not the headline
    if explain is not None:
        _consider_declared(explain, structured, doc_title)
    best = _best_heading(index, _declared(doc_title, meta_title), explain)
    plausible = best is not None and best[1].name == "h1" and len(compact(best[2][0])) >= 6
    shown = plausible and best is not None and _landmark_h1(index, best)
    if best is not None and (best[0] >= ACCEPT or (plausible and (not meta_title or shown))):
        tag, lines = best[1], best[2]
        subtitle: str | None = None
        if len(lines) > 1 and lines[1].startswith(("——", "—", "--")):
            subtitle = lines[1].lstrip("—- ")
        if subtitle is None:
            subtitle = subtitle_after(tag)
        why = f"the best heading scores {best[0]:g}" + (
            f" (>= {ACCEPT}: it shows the declared headline)"
            if best[0] >= ACCEPT
            else ", an <h1> on a page with no headline meta"
            if not meta_title
            else ", the page's only <h1>, in its <main>: the metas carry another (search) title"
        )
        return _told(explain, (lines[0], tag, subtitle), why)
    return _told(explain, *_undeclared(soup, index, structured, meta_title, doc_title, best))


def _landmark_h1(index: TagIndex, best: Heading) -> bool:
    """Whether the heading is the page's only <h1>, inside its <main> or <article>, unpenalised:
    the headline shown, when the metas declare another title for search engines."""
    return (
        best[0] >= LEVEL_SCORES["h1"] - 1
        and best[1].find_parent(["main", "article"]) is not None
        and len(index.named("h1")) == 1
    )


def _undeclared(
    soup: BeautifulSoup,
    index: TagIndex,
    structured: Structured,
    meta_title: str | None,
    doc_title: str,
    best: Heading | None,
) -> tuple[Chosen, str]:
    """The headline when no heading shows it convincingly, and why."""
    if meta_title:
        return (cut_title(meta_title), None, None), "no heading shows it: the headline meta"
    labelled = labelled_title(index)
    if labelled:
        return (labelled, None, None), "no heading or meta: the 标题 cell of an info table"
    site_only = names_only_site(doc_title)
    above = _heading_above_info(soup, site_only)
    if above is not None:
        why = "no heading or meta: the heading right above the info line"
        return (_heading_lines(above)[0], above, None), why
    named = _heading_after_name(index, doc_title) if doc_title else None
    if named is not None:
        why = "the <title> is only a name: the heading that begins with it"
        return (_heading_lines(named)[0], named, None), why
    above = _plain_above_text(soup) if site_only else None
    if above is not None:
        why = "the <title> is only the site's name: the short block right above the text"
        return (_heading_lines(above)[0], above, None), why
    if doc_title and best is not None and only_site(doc_title, structured):
        return (best[2][0], best[1], None), "the <title> is only the site's name: the best heading"
    if doc_title:
        return (cut_title(doc_title), None, None), "nothing else: the <title>, site name cut"
    if best is not None:
        return (best[2][0], best[1], None), "nothing else: the best heading"
    return ("", None, None), "no headline anywhere"


def _heading_after_name(index: TagIndex, doc_title: str) -> Tag | None:
    """The first heading that begins with the whole <title> and says more, outside lists and
    links: <title>某某研究所</title> over <h5>某某研究所召开职工大会</h5>."""
    doc_c = compact(doc_title)
    if len(doc_c) < 4:
        return None
    for tag in index.named("h1", "h2", "h3", "h4", "h5", "h6"):
        lines = _heading_lines(tag)
        c = compact(lines[0]) if lines else ""
        if c.startswith(doc_c) and len(doc_c) + 4 <= len(c) <= 80 and _usable(tag, c):
            if tag.find_parent(["li", "ul", "a"]) is None:
                return tag
    return None


def _told(explain: Explanation | None, chosen: Chosen, why: str) -> Chosen:
    chosen = (without_section(chosen[0]), chosen[1], chosen[2])
    if explain is not None:
        explain.choose("title", chosen[0] or None, why)
    return chosen


def _consider_declared(explain: Explanation, structured: Structured, doc_title: str) -> None:
    """Record the headline the page declares: JSON-LD, metas and the <title>."""
    if structured.headline:
        explain.consider("title", structured.headline, "JSON-LD headline", "structured data")
    for name in ("articletitle", "og:title", "twitter:title"):
        value = structured.meta(name)
        if value:
            explain.consider("title", value, f'meta "{name}"', "headline meta")
    if doc_title:
        explain.consider("title", doc_title, "<title>", "document title (compared, cut)")


def _best_heading(
    index: TagIndex, declared: _Declared, explain: Explanation | None = None
) -> Heading | None:
    """The highest-scoring heading or title-classed element, with its lines."""
    best: Heading | None = None
    seen: set[int] = set()
    candidates: list[Tag] = index.named("h1", "h2", "h3", "h4", "h5", "h6", "founder-title")
    candidates += [
        t
        for t in index.named("div", "p", "span", "td", "strong", "font", "b")
        if t.attrs and TITLE_WORDS.search(attr_words(t))  # class/id words: no attrs, none
    ]
    for order, tag in enumerate(candidates):
        if not isinstance(tag, Tag) or id(tag) in seen:
            continue
        seen.add(id(tag))
        lines = _heading_lines(tag)
        if not lines or not _usable(tag, compact(lines[0])):
            continue
        score = _heading_score(tag, compact(lines[0]), declared) - order * ORDER_COST
        if explain is not None:
            rule = f"<{tag.name}>" + (" title-classed" if tag.name[0] != "h" else "")
            explain.consider("title", lines[0], where(tag), rule, round(score, 2))
        if best is None or score > best[0]:
            best = (score, tag, lines)
    return best


def _usable(tag: Tag, c: str) -> bool:
    """Whether a heading reading *c* can be the headline: not a link, not too short or long."""
    return not (
        not 4 <= len(c) <= 150
        or tag.find_parent("a") is not None
        or tag.find("a")
        and len(
            compact(tag.find("a").get_text())  # type: ignore[union-attr]
        )
        == len(c)
        and tag.name != "h1"
    )


def _heading_score(tag: Tag, c: str, declared: _Declared) -> float:
    """How well the heading *tag* reading *c* matches the declared headline."""
    score = LEVEL_SCORES.get(tag.name, 0.0)
    if TITLE_WORDS.search(attr_words(tag)):
        score += TITLE_CLASS_SCORE
    meta_c, doc_c = declared.meta, declared.doc
    if meta_c and c == meta_c:
        score += SAME_AS_META
    elif meta_c and len(c) >= 4 and (c in meta_c or meta_c in c):
        score += OVERLAPS_META
    elif (
        len(declared.meta_head) >= 8
        and c.startswith(declared.meta_head)
        and not DATE_AFTER.search(c[len(declared.meta_head) :])  # 标题 2014-04-30 23:54
    ):
        score += OVERLAPS_META  # the headline shown whole, the meta's cut short (标题　续题)
    if doc_c and c in doc_c:
        score += IN_DOC_TITLE + (STARTS_DOC_TITLE if doc_c.startswith(c) else 0)
    if tag.find_parent(["li", "ul"]) is not None:
        score -= IN_A_LIST
    if (doc_c.endswith(c) and not doc_c.startswith(c) and len(c) < 12 and c != declared.head) or (
        len(c) < 16 and c not in declared.head and any(c in p for p in declared.tail)
    ):
        score -= SITE_NAME_PENALTY  # the site or section name (a logo in <h1>), not the headline
    return score


INFO_START = re.compile(
    rf"^\s*(?:{alternation(*PUBLISH_LABELS, *SOURCE_LABELS, *AUTHOR)})\s*[:：]|^\s*{DATE_START}"
    # www.gov.cn 2012年05月08日 来源：新华社, http://news.sina.com.cn 2002年05月12日09:30: the host
    rf"|^\s*(?:https?://)?(?:www|news)\.[a-z0-9.-]+\.(?:cn|com|net|org)/?\s+{DATE_START}"
)


def _heading_above_info(soup: BeautifulSoup, plain: bool = False) -> Tag | None:
    """A heading (h1-h6, strong, b, a title-classed block; with *plain*, when the <title> is
    only the site's name, any short block of its own) right before the info line (发布时间 /
    来源 / a date):
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
        heading = _heading_before(info, plain)
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


def _plain_above_text(soup: BeautifulSoup) -> Tag | None:
    """The short unmarked block right above the first paragraph of text (a sentence of 40
    characters or more), on a page whose <title> and metas name only the site."""
    for para in soup.find_all(["p", "div", "td"], limit=400):
        text = squash(para.get_text(" "))
        if len(text) < 40 or not re.search(r"[，。]", text) or para.find(["p", "div", "td"]):
            continue
        if para.find_parent(["li", "a"]) is not None:
            return None
        heading = _heading_before(para, plain=True)
        if heading is None or heading.find_parent(["li", "a"]) is not None:
            return None
        if len(compact(squash(heading.get_text(" ")))) < 6:
            return None  # 分享, 正文: a label, not a headline
        return heading if _text_between(heading, para) <= 20 else None
    return None


def _heading_before(info: Tag, plain: bool = False) -> Tag | None:
    """The nearest heading before *info* that does not hold it (a title-classed wrapper)."""
    around = {id(parent) for parent in info.parents}
    for tag in info.find_all_previous(True):
        if not isinstance(tag, Tag) or id(tag) in around:
            continue
        if _headingish(tag) or (plain and _plain_heading(tag)):
            return tag
    return None


def _plain_heading(tag: Tag) -> bool:
    """A block that reads like a headline though nothing marks it: <div class="t31">标题</div>,
    <th class="f24">标题</th>, one short line, no sentence, no blocks or links inside."""
    if tag.name not in ("div", "p", "td", "th") or tag.find(["div", "p", "table", "a", "br"]):
        return False
    text = squash(tag.get_text(" "))
    byline = SLASH_BYLINE.match(text)  # 林美玲／台北報導 right under the headline: not one
    return 6 <= len(compact(text)) <= 60 and not byline and not re.search(r"[。！？；]", text)


def _headingish(tag: Tag) -> bool:
    """A heading, bold text, or a title-classed block (<div class="rumor-title">)."""
    if tag.name in ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"):
        return True
    return tag.name in ("div", "p", "span", "td") and bool(TITLE_WORDS.search(attr_words(tag)))


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
