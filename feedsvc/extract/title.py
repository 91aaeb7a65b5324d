"""The headline: the heading that shows it, a subtitle, and where it stands among the lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import replace

from bs4 import BeautifulSoup
from bs4 import Tag

from .anchormark import without_anchor_mark
from .appbanner import in_app_banner
from .columntitle import declares_no_headline
from .columntitle import label_heading
from .columntitle import without_label_parts
from .explain import Explanation
from .explain import where
from .hiddencopy import hidden_copy
from .logosite import home_logo
from .metadata import Structured
from .ownedtitle import site_titled
from .pagemark import without_page_number
from .postheadline import account_headline
from .subtitle import subtitle_after
from .text import TagIndex
from .text import attr_words
from .text import compact
from .text import find_ancestor
from .text import find_tag
from .text import find_tags
from .text import squash
from .titleabove import BLOCK_OVER_INFO
from .titleabove import TITLE_WORDS
from .titleabove import block_over_info
from .titleabove import heading_above_info
from .titleabove import heading_lines
from .titleabove import opening_bold
from .titleabove import plain_above_text
from .titleabove import subtitle_below
from .titlebadge import without_badge
from .titlefirst import site_led_headline
from .titleshown import other_than_shown
from .titleshown import shown_head
from .titletext import TITLE_SPLIT as TITLE_SPLIT
from .titletext import classed_over
from .titletext import cut_title
from .titletext import names_only_site
from .titletext import names_site
from .titletext import only_site
from .titletext import opens_head
from .titletext import opens_title
from .titletext import plain
from .titletext import sections_first_at
from .titletext import site_first
from .titletext import site_names
from .titletext import without_section
from .unshownmeta import heading_over_meta
from .xxgk import labelled_title

#: Heading scores: the tag's level, then evidence that it shows the headline the metas and
#: the <title> declare; a heading scoring ACCEPT or more is the headline.
LEVEL_SCORES = {"h1": 3.0, "h2": 1.0, "h3": 0.5, "h4": 0.25, "h5": 0.2, "h6": 0.1}
LEVEL_SCORES["founder-title"] = 5.0  # the headline tag of papers' Founder e-paper editions
TITLE_CLASS_SCORE = 2
SAME_AS_META = 8
OVERLAPS_META = 4
IN_DOC_TITLE = 6
STARTS_DOC_TITLE = 2
ASIDE = 3  # a heading in a list of stories, or a hidden copy of the headline
SITE_NAME_PENALTY = 6
ACCOUNT_HEADLINE = 5  # a 公众号 post's <h2 id="activity-name">: its headline, whatever <title> says
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
    sites: frozenset[str] = frozenset()  # the site's names its metas give, compacted


def _declared(
    doc_title: str, meta_title: str | None, sites: frozenset[str] = frozenset()
) -> _Declared:
    """Compact forms of the meta headline and of the <title>, whole, first part, the rest;
    *sites* are the site's names its metas give (one leading the <title> is no headline)."""
    doc_c = compact(doc_title)
    doc_parts = [compact(p) for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    meta_c = compact(meta_title or "")
    meta_head = compact(cut_title(meta_title)) if meta_title else ""
    if declares_no_headline(doc_title):  # 新闻中心-某某股份有限公司, 新闻动态: none declared
        return _Declared(meta_c, "", "", [], meta_head)
    if site_first(doc_parts) or (len(doc_parts) > 1 and doc_parts[0] in sites):
        # 自由電子報 - 標題, 某某 Blog – 标题 (og:site_name 某某 Blog): the site, then the headline
        return _Declared(meta_c, doc_c, doc_parts[-1], doc_parts[:-1], meta_head, sites)
    if (at := sections_first_at(doc_parts)) is not None:  # 欄目 - 欄目 - 標題 - 某報網站
        rest = doc_parts[:at] + doc_parts[at + 1 :]
        return _Declared(meta_c, doc_c, doc_parts[at], rest, meta_head)
    head_c = doc_parts[0] if len(doc_parts) > 1 else doc_c
    return _Declared(meta_c, doc_c, head_c, doc_parts[1:], meta_head)


Chosen = tuple[str, Tag | None, str | None]

#: An HTTP status line, compacted: 302Found, 404NotFound, 502BadGateway.
HTTP_STATUS = re.compile(r"[1-5]\d\d[A-Z][A-Za-z-]*$")


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
    sites = site_names(structured)
    declared = replace(_declared(doc_title, meta_title, sites), sites=sites)
    best = _best_heading(index, declared, explain)
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
        headline = without_anchor_mark(tag, lines[0])  # <a href="#x">#</a> 标题: a permalink
        headline = without_page_number(headline, (declared.head, meta_title or "", doc_title))
        headline = without_badge(tag, headline, meta_title or doc_title)
        return _told(explain, (headline, tag, subtitle), why)
    return _told(explain, *_undeclared(soup, index, structured, meta_title, doc_title, best))


def _landmark_h1(index: TagIndex, best: Heading) -> bool:
    """Whether the heading is the page's only, unpenalised <h1>, in its <main> or <article>."""
    return (
        best[0] >= LEVEL_SCORES["h1"] - 1
        and find_ancestor(best[1], "main", "article") is not None
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
    over = heading_over_meta(soup, meta_title, doc_title) if meta_title else None
    if over is not None:
        why = "the headline meta is shown nowhere, nor in the <title>: the heading above the info"
        return (heading_lines(over)[0], over, subtitle_below(over) or subtitle_after(over)), why
    if meta_title:
        return (cut_title(meta_title), None, None), "no heading shows it: the headline meta"
    labelled = labelled_title(index)
    if labelled:
        return (labelled, None, None), "no heading or meta: the 标题 cell of an info table"
    # an empty <title> says no more of the headline than a site-only one
    site_only = not doc_title or names_only_site(doc_title) or declares_no_headline(doc_title)
    above = heading_above_info(soup, site_only)
    if above is not None and not site_only and other_than_shown(index, doc_title, above):
        above = None  # a widget's heading (匿名发表) over a block showing the <title>'s head
    if above is not None:
        why = "no heading or meta: the heading right above the info line"
        return (heading_lines(above)[0], above, subtitle_below(above) or subtitle_after(above)), why
    named = _heading_after_name(index, doc_title) if doc_title else None
    if named is not None:
        why = "the <title> is only a name: the heading that begins with it"
        return (heading_lines(named)[0], named, None), why
    classed = best is not None and best[0] >= TITLE_CLASS_SCORE  # <div class="title">
    above = None if not site_only or classed else plain_above_text(soup)
    if above is not None:
        why = "the <title> is only the site's name: the short block right above the text"
        return (heading_lines(above)[0], above, None), why
    logo = doc_title and site_titled(soup, doc_title, index.named("a"))
    logo = logo and best is not None and len(compact(best[2][0])) >= 6  # not a footer's 业务领域
    if doc_title and best is not None and (only_site(doc_title, structured) or logo or site_only):
        return (best[2][0], best[1], None), "the <title> is only the site's name: the best heading"
    led = site_led_headline(doc_title, index, structured) if doc_title else None
    if led is not None:
        return (led, None, None), "nothing else: the <title> after the site's name that leads it"
    shown = shown_head(index, doc_title) if doc_title else None
    if shown is not None:
        return (shown[0], shown[1], None), "nothing else: the head of the <title> a block shows"
    bare = without_label_parts(doc_title)  # C2B-新闻: the site's name and a column's
    if best and best[0] >= TITLE_CLASS_SCORE - 1 and classed_over(best[1], best[2][0], bare):
        why = "the <title> is a section's or a site's name: the heading says more"
        return (best[2][0], best[1], None), why
    above = None if site_only else block_over_info(soup, cut_title(doc_title))
    if above is not None:
        return (heading_lines(above)[0], above, None), BLOCK_OVER_INFO
    if doc_title:
        return (cut_title(doc_title), None, None), "nothing else: the <title>, site name cut"
    if best is not None:
        return (best[2][0], best[1], None), "nothing else: the best heading"
    lead = opening_bold(soup)  # <div><strong>标题</strong></div> opening a crawler's fragment
    if lead is not None:
        return (heading_lines(lead)[0], lead, None), "nothing else: the bold line opening the page"
    return ("", None, None), "no headline anywhere"


def _heading_after_name(index: TagIndex, doc_title: str) -> Tag | None:
    """The first heading that begins with the whole <title> and says more, outside lists and
    links: <title>某某研究所</title> over <h5>某某研究所召开职工大会</h5>."""
    doc_c = compact(doc_title)
    if len(doc_c) < 4:
        return None
    for tag in index.named("h1", "h2", "h3", "h4", "h5", "h6"):
        lines = heading_lines(tag)
        c = compact(lines[0]) if lines else ""
        if c.startswith(doc_c) and len(doc_c) + 4 <= len(c) <= 80 and _usable(tag, c):
            if find_ancestor(tag, "li", "ul", "a") is None:
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


#: The heading tags a title-classed box may hold.
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _best_heading(
    index: TagIndex, declared: _Declared, explain: Explanation | None = None
) -> Heading | None:
    """The highest-scoring heading or title-classed element, with its lines."""
    best: Heading | None = None
    plain: dict[str, Heading] = {}  # the unlinked headings, by their words
    best_linked = False
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
        if tag.name[0] != "h" and (
            find_tag(tag, "h1") is not None or len(find_tags(tag, HEADINGS, limit=2)) > 1
        ):
            # a title-classed box holding the <h1> and its deck, or a paper's main and lower
            # headlines (<h3 class="main-headline">, <h3 class="lower-headline">): the heading
            continue
        seen.add(id(tag))
        lines = heading_lines(tag)
        opens = bool(lines) and opens_title(declared.doc, compact(lines[0]))  # <h1>致母亲</h1>
        if not lines or not _usable(tag, compact(lines[0]), opens or _declares(declared, lines[0])):
            continue
        score = _heading_score(tag, compact(lines[0]), declared) - order * ORDER_COST
        linked = tag.name != "h1" and _linked(tag, compact(lines[0]))
        if not linked:
            plain.setdefault(compact(lines[0]), (score, tag, lines))
        if explain is not None:
            rule = f"<{tag.name}>" + (" title-classed" if tag.name[0] != "h" else "")
            explain.consider("title", lines[0], where(tag), rule, round(score, 2))
        if best is None or score > best[0]:
            best, best_linked = (score, tag, lines), linked
    # the headline linked in a list of further reading (推荐阅读) and unlinked: the article's
    if best is not None and best_linked:
        return plain.get(compact(best[2][0]), best)
    return best


def _usable(tag: Tag, c: str, declared: bool = False) -> bool:
    """Whether a heading reading *c* can be the headline: not a link (unless the metas or the
    <title> *declared* its words: a headline linked to its own page), not too short (an <h1>
    the <title> opens with may be short: 致母亲) or long, not a server's error page an include
    left in (<h1>302 Found</h1> ... nginx)."""
    return not (
        not (2 if declared and tag.name == "h1" else 4) <= len(c) <= 150
        or HTTP_STATUS.match(c) is not None
        or c.endswith(("：", ":"))  # 一、主要工作：: a section's lead-in, never a headline
        or label_heading(c)
        or find_ancestor(tag, "a", "footer") is not None  # (<footer><h2>站名</h2>)
        or _linked(tag, c)
        and tag.name != "h1"
        and not declared
    )


def _linked(tag: Tag, c: str) -> bool:
    """Whether the heading reading *c* is one link whole (<h2><a>标题</a></h2>)."""
    link = find_tag(tag, "a")
    return link is not None and len(compact(link.get_text())) == len(c)


def _declares(declared: _Declared, line: str) -> bool:
    """Whether the headline meta or the head of the <title> reads *line* whole, or the <title>
    holds it (【民生】标题_某某在线), as a heading that links its own page shows it
    (<h2 class="title"><a href="…/40512.html">快讯|标题</a></h2>)."""
    c = compact(line)
    held = len(c) >= HELD_IN_TITLE and c in declared.doc
    return len(c) >= 6 and (c in (declared.meta, declared.meta_head, declared.head) or held)


#: How long a linked heading must be for the <title> holding it to declare it: a headline, not
#: the name of a section or of the site the <title> also holds.
HELD_IN_TITLE = 12


def _cut_short(declared: _Declared, c: str) -> bool:
    """Whether the <title>'s head is the headline *c* cut short, as CMSs cap a <title>'s
    length (标题前半_站名 over <h1>标题前半后半</h1>): a few more words the <title> lacks, no
    label or date."""
    head = declared.head
    rest = c[len(head) :] if len(head) >= 12 and c.startswith(head) else ""
    if not 0 < len(rest) <= 24 or rest in declared.doc:
        return False
    return not re.search(r"[:：|｜]", rest) and not DATE_AFTER.search(rest)


def _heading_score(tag: Tag, c: str, declared: _Declared) -> float:
    """How well the heading *tag* reading *c* matches the declared headline."""
    score = LEVEL_SCORES.get(tag.name, 0.0)
    if TITLE_WORDS.search(attr_words(tag)):
        score += TITLE_CLASS_SCORE
    if account_headline(tag):
        score += ACCOUNT_HEADLINE
    meta_c, doc_c = declared.meta, declared.doc
    shown_meta = declared.meta_head if len(declared.meta_head) >= 4 else meta_c
    if meta_c and c == shown_meta:
        score += SAME_AS_META  # og:title "标题 - 某報 - 港聞": the meta with its site cut
    elif meta_c and len(c) >= 4 and (c in meta_c or meta_c in c):
        score += OVERLAPS_META
    elif (
        len(declared.meta_head) >= 8
        and c.startswith(declared.meta_head)
        and not DATE_AFTER.search(c[len(declared.meta_head) :])  # 标题 2014-04-30 23:54
    ):
        score += OVERLAPS_META  # the headline shown whole, the meta's cut short (标题　续题)
    if doc_c and c in doc_c:
        score += IN_DOC_TITLE + (STARTS_DOC_TITLE if opens_head(doc_c, declared.head, c) else 0)
    elif tag.name == "h1" and _cut_short(declared, c):
        score += IN_DOC_TITLE + STARTS_DOC_TITLE  # a <title> a CMS cut short: the headline whole
    if find_ancestor(tag, "li", "ul") is not None or hidden_copy(tag):
        score -= ASIDE  # a story in a list, or a share widget's hidden copy (display:none)
    # the name that ends the <title> may also open the headline (某某医院举办… - 某某医院)
    ends_only = not doc_c.startswith(c) or doc_c.count(c) > 1
    if (doc_c.endswith(c) and ends_only and len(c) < 12 and c != declared.head) or (
        len(c) < 16 and c not in declared.head and any(c in p for p in declared.tail)
    ):
        score -= SITE_NAME_PENALTY  # the site or section name (a logo in <h1>), not the headline
    if c in declared.sites and c != declared.head and c != declared.meta:
        score -= SITE_NAME_PENALTY  # <h1>某某市衛生局</h1>, the og:site_name: the logo
    if in_app_banner(tag, c):
        score -= SITE_NAME_PENALTY  # 某某新闻APP 专注时政 beside 打开: an app's download bar
    if home_logo(tag, c):  # <h1><a href="//example.org/">站名</a></h1>, <h1 class="logo">
        score -= SITE_NAME_PENALTY
    return score
