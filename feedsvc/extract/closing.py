"""Outlets named after the story: in brackets closing a paragraph (an outlet alone, or before
its reporters), by a reprint note, or by a reprint's byline naming its paper."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from ..outlets import canonical_outlet
from ..outlets import is_known
from .leadlines import MAGAZINE_ISSUE
from .lexicon import ORIGINAL_HEADER
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .platformcredit import platform_credit
from .text import Line
from .text import attr_words
from .text import find_ancestor
from .text import find_tag
from .text import find_tags
from .text import in_list

#: The classes of a picture's caption.
CAPTION_CLASS = re.compile(r"img|pic|photo|caption|descr|tuzhu", re.I)

#: …每年可減少數十萬件一次性餐具。（三立新聞網）: the outlet closing the story's last paragraph.
CLOSING_OUTLET = re.compile(r"[。！？」”][（(](?P<o>[^（）():：]{2,12})[）)]\s*$")


#: A credit or a note in the closing brackets, not an outlet: （作者系…研究员）, （王五 摄）,
#: （某某學院提供）, a picture's supplier.
CREDIT_WORDS = re.compile(
    r"作者|记者|記者|编辑|編輯|通讯员|通訊員|系|摄|攝|图|圖|译|譯|整理|据|據|报道|報導|提供$"
)


#: （民視新聞／李孟霖、林柏翰 台北報導）, （民視新聞陳韻平、郭文海台北報導）: a television
#: newsroom's credit closing the text names the newsroom before its reporters.
NEWSROOM_CREDIT = re.compile(
    r"[（(]\s*(?P<o>[^（）()／/\s，。、]{1,10}?(?:新聞|新闻)[網网台]?)\s*[／/]?\s*(?:記者|记者)?"
    r"[\u4e00-\u9fff·、，, \u3000]{2,30}?(?:報導|报道)\s*[）)]\s*$"
)


#: （新民晚报记者陆玮鑫）, （总台记者 彭建军）: a reprint's closing credit names its paper or
#: broadcaster before the reporters.
OUTLET_REPORTER = re.compile(
    r"[（(]\s*(?P<o>[^（）()\s，。、：:]{2,10}?)\s*(?:记者|記者)\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:[、，\s]+[\u4e00-\u9fff·]{2,4})*)\s*[）)]\s*$"
)


#: 文/搜狐IT, 文／某某科技: the portal channel a story is credited to, alone on the line closing it.
CLOSING_WEN = re.compile(r"\s*文\s*[/／]\s*(?P<o>[\u4e00-\u9fffA-Za-z]{2,12})\s*")


def closing_outlet(
    lines: Sequence[Line], anchor: int, site: str | None = None
) -> list[tuple[float, str, int]]:
    """The outlet named in brackets closing a paragraph after the headline, the last one there
    (a newsroom's credit above a bare name, by the site's own name when it is the site);
    scored below any labelled 来源; each with the index of its line."""
    found: list[tuple[float, str, int]] = []
    for i, line in enumerate(lines[anchor + 1 : anchor + 80], anchor + 1):
        credit = NEWSROOM_CREDIT.search(line.text[-60:]) if not line.in_comments else None
        if credit and looks_like_outlet(credit["o"]):
            own = site is not None and canonical_outlet(site) == canonical_outlet(credit["o"])
            found = [(55.0, site if own and site else credit["o"], i)]
            continue
        paper = OUTLET_REPORTER.search(line.text[-60:]) if not line.in_comments else None
        if paper and _reporting_outlet(paper["o"], paper["n"]):
            found = [(50.0, paper["o"], i)]
            continue
        m = CLOSING_OUTLET.search(line.text) if len(line.text) >= 20 else None
        if (
            m
            and not line.in_comments
            and not _caption(line.element)
            and not CREDIT_WORDS.search(m["o"])
            and looks_like_outlet(m["o"])
            and (ORG_HINT.search(m["o"]) is not None or is_known(m["o"]))
        ):
            found = [(50.0, re.sub("[《》]", "", m["o"]), i)]  # （《某报》·冰点）: marks dropped
        wen = CLOSING_WEN.fullmatch(line.text) if not line.in_comments else None
        if wen and looks_like_outlet(wen["o"]) and not looks_like_person(wen["o"]):
            found = [(50.0, wen["o"], i)]
    return found


def _reporting_outlet(outlet: str, names: str) -> bool:
    """Whether *outlet* is an outlet's name (a known one, or one of an outlet's shape) and the
    *names* after 记者 are people's."""
    return (
        looks_like_outlet(outlet)
        and (ORG_HINT.search(outlet) is not None or is_known(outlet))
        and all(looks_like_person(n) for n in re.split(r"[、，\s]+", names))
    )


def _caption(element: Tag) -> bool:
    """A picture's caption: …的老年人。（视觉中国） credits a photo agency, not the outlet."""
    box = element.parent  # <div class="photo"><img><p>…（美聯社）</p></div>: a picture box
    return (
        in_figure(element)
        or find_tag(element, "img") is not None
        or CAPTION_CLASS.search(attr_words(element)) is not None
        or isinstance(box, Tag)
        and CAPTION_CLASS.search(attr_words(box)) is not None
        and find_tag(box, "img") is not None
        and len(find_tags(box, ("p",), limit=2)) == 1
        or isinstance(box, Tag)
        and _says_alt(element, box)
    )


def _says_alt(element: Tag, box: Tag) -> bool:
    """Whether *element* says again the alt text of a picture in its box, as a carousel's
    caption does (<a><img alt="…。（路透社）"><div>…。（路透社）</div></a>)."""
    text = element.get_text().strip()
    return any(str(img.get("alt", "")).strip() == text for img in find_tags(box, ("img",), limit=4))


def in_figure(element: Tag) -> bool:
    """Whether *element* is a <figure> or its caption, or sits in one."""
    return (
        element.name in ("figure", "figcaption")
        or find_ancestor(element, "figure", "figcaption") is not None
    )


#: 本文来自微信公众号“字母榜”（ID：…），作者：…: the account a platform reprints the story from;
#: 本文来自“某某科技”，编译：…: the source named in quotes alone; 本文来自公众号@某某足球: the
#: account by its handle (the @ is no part of the name); （全文转自微信公众号某某）: the note in
#: brackets, the name bare up to the closing bracket.
REPRINTED_ACCOUNT = re.compile(
    r"(?:本文|文章|本文章|全文)(?:经授权)?(?:来自|转载自|转自|来源于|來自|轉載自)\s*"
    r"(?:(?:微信)?公众号\s*[:：]?\s*[“\"「『@＠]?|[“\"「『])(?P<o>[^”\"」』（()），,。\s]{2,20})"
)


def reprinted_account(lines: Sequence[Line], anchor: int) -> list[tuple[float, str, int]]:
    """The 公众号 a closing line says the story comes from, or the header of a WeChat post
    copied onto a portal names (原创： 作者 公众号名); scored below a labelled 来源."""
    for i, line in enumerate(lines[anchor + 1 : anchor + 15], anchor + 1):
        header = ORIGINAL_HEADER.match(line.text) if not line.in_comments else None
        if header and header["n"] != header["o"] and looks_like_outlet(header["o"]):
            return [(60.0, header["o"], i)]
    for i, line in enumerate(lines[anchor + 1 :], anchor + 1):
        m = REPRINTED_ACCOUNT.search(line.text) if not line.in_comments else None
        if m and looks_like_outlet(m["o"]) and not in_list(line.element):
            return [(60.0, m["o"], i)]
    return platform_credit(lines, anchor)  # 本文由 @X 原创发布于人人都是产品经理


#: 《人民日报》（ 2014年03月18日 01 版）: a paper's edition citation, under an e-paper article
#: or closing a portal's reprint of it ((《光明日报》2010年11月09日 03版), 《河北日报》（2017年4月
#: 11日） 02版, the page after the bracket).
PAPER_CITATION = re.compile(
    r"《(?P<o>[^《》]{2,16})》\s*[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*[）)]?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版"
)


def paper_citation(lines: Sequence[Line], anchor: int) -> list[tuple[float, str, int]]:
    """The paper named by its edition citation after the headline, or the magazine by its
    issue; scored above a closing bracket, below any labelled 来源."""
    for i, line in enumerate(lines[anchor + 1 : anchor + 80], anchor + 1):
        m = PAPER_CITATION.search(line.text) if len(line.text) <= 60 else None
        issue = MAGAZINE_ISSUE.match(line.text) if len(line.text) <= 100 else None
        if issue and in_list(line.element):
            issue = None  # an issue's link in a list of issues
        name = m["o"] if m else issue and (issue["o"] or issue["p"])
        if name and not line.in_comments and looks_like_outlet(name):
            return [(60.0, name.strip(), i)]
    return []


#: 作者：《中国企业家》记者 林涛, 文/《财经》记者 张三: the paper or magazine, in title marks,
#: before its reporter's name.
QUOTED_PAPER_REPORTER = re.compile(
    r"《(?P<o>[^《》]{2,12})》\s*(?:特约|实习|見習|实习生)?(?:记者|記者)\s*[\u4e00-\u9fff·]{2,4}"
)


#: 新京报记者 裴剑飞, 南方都市报记者 甲 乙: a known paper's reporters on a line of their own.
KNOWN_PAPER_REPORTER = re.compile(
    r"^\s*(?P<o>[\u4e00-\u9fff]{2,8}?)\s*(?:特约|实习|見習)?(?:记者|記者)\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*$"
)


def reprint_paper(lines: Sequence[Line], title_at: int | None) -> str | None:
    """The paper of a byline under the headline, 作者：《中国企业家》记者 林涛, or of a known
    paper's reporters on a line of their own under it or closing the story (新京报记者 裴剑飞),
    when nothing else names an outlet: a site that reposts the story (a company's blog) is not
    its outlet, and a portal that names itself beside the time still is."""
    if title_at is None:
        return None
    for at, line in enumerate(lines[title_at + 1 : title_at + 200], 1):
        if line.in_comments or len(line.text) > 60 or in_list(line.element):
            continue
        m = QUOTED_PAPER_REPORTER.search(line.text) if at < 8 else None
        if m and looks_like_outlet(m["o"]):
            return m["o"]
        known = KNOWN_PAPER_REPORTER.match(line.text)
        if known and is_known(known["o"]):
            return known["o"]
    return None
