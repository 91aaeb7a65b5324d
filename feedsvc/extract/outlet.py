"""The outlet (来源): labelled, beside the time, from a dateline, an author account or the site."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..models import Source
from ..outlets import is_known_channel
from .beside import SOURCE_CLASS
from .beside import adjacent_outlet as adjacent_outlet
from .beside import classed_outlet
from .beside import logo_alt
from .beside import logo_link
from .blocks import centered
from .builder import builder_names
from .closing import closing_outlet
from .closing import in_figure
from .closing import paper_citation
from .closing import reprint_paper
from .closing import reprinted_account
from .closingalone import bracket_line
from .closingsource import closing_paper
from .datasource import data_source_line
from .datelineoutlet import dateline_outlet
from .headcopy import same_line
from .headlineoutlet import headline_outlet
from .hiddencopy import hidden_copy
from .latinsite import latin_titled
from .leadoutlets import news_net_lead
from .leadoutlets import xun_lead
from .lexicon import AUTHOR
from .lexicon import CONTENT_CREDIT
from .lexicon import EDITOR
from .lexicon import PLACE
from .lexicon import REPORTER
from .lexicon import SOURCE_LABELS
from .lexicon import WRITER_SLASH_OUTLET
from .lexicon import alternation
from .linkedsource import linked_away
from .nameshape import GENERIC_SOURCE
from .nameshape import latin_brand
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .nameshape import split_names
from .outletbylines import BRACKET_BYLINE
from .outletjunk import junk_outlet
from .outletjunk import without_cms
from .owncredit import own_credit_lead
from .owncredit import own_name
from .owncredit import past_own_credit
from .ownname import host_alias
from .photosource import photo_credit
from .platforms import carried_origin
from .reprintnote import reprint_note
from .sectionheads import photo_caption
from .slashcredit import slash_source
from .sourceparts import known_source
from .sourceparts import named_outlet as _named_outlet
from .sourcevalue import SOURCE_LABEL
from .sourcevalue import issuer_names
from .sourcevalue import source_value
from .storyitem import story_item
from .text import Line
from .text import attr_words
from .text import find_tag
from .text import in_list
from .unitsite import UNIT

#: The words a SOURCE_LABEL match starts with: a line without any has none, found without
#: the lookbehind SOURCE_LABEL tries at every character (most lines have no label).
_LABEL_WORDS = re.compile(rf"{alternation(*SOURCE_LABELS)}|Source|供稿|来自|來自|本文|following")


#: 經濟日報／記者林宸誼／台北報導, 【聯合報╱本報記者古硯偉】: the paper named before the reporter
#: in a Taiwanese byline.
BYLINE_OUTLET = re.compile(
    rf"(?:^|\s|【)(?P<o>[^\s／/╱|｜:：【]{{2,10}})\s*[／/╱]\s*(?:本報|本报)?(?:{alternation(*REPORTER)})"
)


#: 甲体育、乙体育: several outlets named as one 来源.
SEVERAL_OUTLETS = re.compile(r"[^、，,\s]{2,12}(?:\s*[、，,]\s*[^、，,\s]{2,12})+")


class SourceCandidate(NamedTuple):
    """An outlet name found on the page: its score, the line it stands on, the rule."""

    score: float
    name: str
    line: int
    rule: str


def source_candidates(
    lines: Sequence[Line], title_at: int | None, site: str | None = None
) -> list[SourceCandidate]:
    """Outlet names near the headline, best first; the score falls with the distance from
    the headline."""
    out: list[SourceCandidate] = []
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
            if (
                value
                and looks_like_outlet(value)
                and (_named_outlet(value) or is_known_channel(value))
            ):
                out.append(
                    SourceCandidate(90 - abs(i - anchor), value, i, "element classed as source")
                )
        if 0 < i - anchor <= 3 and len(line.text) <= 80:
            for name in classed_outlet(line):
                rule = "source-classed piece of the info line"
                out.append(SourceCandidate(90 - abs(i - anchor), name, i, rule))
        out += _labelled(lines, i, anchor)
        near = 95 - abs(i - anchor)
        for score, name in _byline_outlets(line.text, near):
            out.append(SourceCandidate(score, name, i, "outlet before the reporter (X／記者)"))
        for score, name in _writer_outlet(line.text, near) if 0 < i - anchor <= 6 else []:
            out.append(SourceCandidate(score, name, i, "reprint byline (writer/paper)"))
        credit = CONTENT_CREDIT.match(line.text) if 0 < i - anchor <= 12 else None
        if credit and _named_outlet(credit["o"]) and not looks_like_person(credit["o"]):
            out.append(
                SourceCandidate(near, credit["o"], i, "outlet credited for the story (圖文／X)")
            )
    for rule, found in (
        ("closing credit or bracket", closing_outlet(lines, anchor, site)),
        ("paper's edition citation", paper_citation(lines, anchor)),
        ("account the story is reprinted from", reprinted_account(lines, anchor)),
        ("outlet a reprint note names", reprint_note(lines, anchor)),
        ("origin a slash credit row names", slash_source(lines, anchor)),
        ("paper a headline opens with", headline_outlet(lines, anchor)),
        ("office a 資料來源 line names", data_source_line(lines, anchor)),
        ("bracket alone closing the text", bracket_line(lines, anchor)),
    ):
        out += [SourceCandidate(score, name, at, rule) for score, name, at in found]
    out.sort(key=lambda found: -found.score)
    return out


#: 作者：甲，乙 before 来源： on an info line: a labelled field of names, its commas no sentence's.
NAMES_FIELD = re.compile(rf"(?:{alternation(*AUTHOR, *REPORTER, *EDITOR)})\s*[:：]\s*[^\s:：]+")


def short_value(text: str) -> str | None:
    """The outlet a line after an empty 来源 names, when the line is short enough to be one."""
    return source_value(text) if len(text) <= 40 else None


def _labelled(lines: Sequence[Line], i: int, anchor: int) -> list[SourceCandidate]:
    """The outlets named after 来源 labels on line *i*, scored by its distance from the
    headline's line *anchor* (lines above it count double)."""
    line = lines[i]
    out: list[SourceCandidate] = []
    if not _LABEL_WORDS.search(line.text):
        return out
    for m in SOURCE_LABEL.finditer(line.text):
        before = line.text[: m.start()]
        # 标题！ 来源：X: a headline run onto the info line, its stop and a space before the label
        prose = re.search(r"[，。！？；]", NAMES_FIELD.sub(" ", before)) and not re.search(
            r"[。！？!?]\s+$", before
        )
        caption = photo_caption(line.element) and centered(line.element)  # 来源：某某 under a photo
        if prose or in_figure(line.element) or caption or photo_credit(m):
            continue  # 記者詢問資金來源：… in a sentence; 来源：Reuters under a picture or 视觉中国
        if story_item(line.element, before):
            continue  # 标题 来源：某报 in a list of other stories
        if re.search(r"(?:[“\"「『]|(?:注明|註明|标明|標明)(?:作者[和及与與]?)?)\s*$", before):
            continue  # 凡本网注明“来源：XXX”的作品: a copyright notice quoting the label
        rest = line.text[m.end() :]
        logo = find_tag(line.element, "img") is not None
        value = source_value(rest) or logo_alt(line.element)
        if value is None and not rest.strip(" ：:|｜丨-－—") and i + 1 < len(lines):
            # 来源： with the name on the next line, unless a logo (no alt) is the value; the
            # text's first sentence after a 来源 left empty names nothing
            after = lines[i + 1].text
            value = logo_link(line.element) if logo else short_value(after)
        if value is None or (i - anchor > 3 and SEVERAL_OUTLETS.fullmatch(value)):
            continue  # 来源：甲体育、乙体育 after the text: what it was compiled from
        if i != anchor and same_line(value, lines[anchor].text):
            continue  # 转载来源：<a>标题</a>: the link to the story copied, named by its headline
        distance = abs(i - anchor)
        score = 100 - distance * (1.0 if i >= anchor else 2.0) - 5 * hidden_copy(line.element)
        out.append(SourceCandidate(score - (40 if distance > 40 else 0), value, i, "来源 label"))
    return out


def _writer_outlet(text: str, score: float) -> list[tuple[float, str]]:
    """The paper of a reprint's byline under the headline: 石佳/中国青年报."""
    m = WRITER_SLASH_OUTLET.match(text)
    if not m or not all(looks_like_person(n) for n in split_names(m["n"]) or [""]):
        return []
    # 李立達／台北: the place of the dateline, no paper
    named = looks_like_outlet(m["o"]) and _named_outlet(m["o"]) and not PLACE.fullmatch(m["o"])
    return [(score, m["o"])] if named else []


def _byline_outlets(text: str, score: float) -> list[tuple[float, str]]:
    """The paper of a byline that names it before the reporter (聯合報／記者…)."""
    if len(text) > 80 or ("／" not in text and "/" not in text and "╱" not in text):
        return []  # both forms have a slash between the paper and the reporter
    found = list(BYLINE_OUTLET.finditer(text))
    bracket = BRACKET_BYLINE.search(text)  # 【中廣新聞╱彭清仁】: the reporter without 記者
    if bracket and all(looks_like_person(n) for n in split_names(bracket["n"])):
        found.append(bracket)
    return [(score, m["o"]) for m in found if looks_like_outlet(m["o"]) and _named_outlet(m["o"])]


def choose_source(
    lines: list[Line],
    title_at: int | None,
    meta: str | None,
    first_text: str,
    site_name: str | None,
    author_orgs: list[str],
    beside_time: str | None = None,
    titled: str | None = None,
    address: str | None = None,
) -> Source | None:
    found = past_own_credit(source_candidates(lines, title_at, site_name), site_name, titled)
    carried = closing_paper(found, lines, title_at, site_name)  # 来源：某某晚报 after the text
    names = [
        n for n in ([carried] if carried else []) + [f.name for f in found] if not junk_outlet(n)
    ]
    # 来源：丁香园 on a page titled "标题 - 丁香园": the site's own name, though it reads like a
    # person's (丁香园, 游民星空) or is a number (17173), is an outlet there
    vetted = {n for n in names if _titled_site(n, titled)}
    labelled = [f for f in found if f.rule == "来源 label"]
    vetted |= linked_away(lines, [(f.name, f.line) for f in labelled], address)
    # 来源：The Verge, 本文转载自 Nikkei Asia: a label names an outlet, never a person
    vetted |= {f.name for f in found if f.rule in _NAMING_RULES and latin_brand(f.name)}
    # a source meta that only repeats the site's own name (中時電子報 on its own pages) yields
    # to the outlet its byline names beside the time (中廣, a paper the portal carries)
    first = [beside_time] if beside_time and meta and own_name(meta, site_name) else []
    named = names[:1] + first + ([meta] if meta else []) + names[1:]
    ordered = [n for n in named if n in vetted or looks_like_outlet(n)]
    if beside_time:
        ordered.append(beside_time)  # vetted by adjacent_outlet
    lead = dateline_outlet(first_text)
    lead = None if lead is None or junk_outlet(lead) else lead
    first_named = ordered[0] if ordered else None
    origin = own_credit_lead(first_named, first_text, site_name, titled)
    origin = origin or carried_origin(ordered, lead, author_orgs)
    if origin:
        return known_source(origin)
    if lead and (looks_like_outlet(lead) or lead == xun_lead(first_text)):
        return known_source(_site_owner(lead, author_orgs))
    builders = builder_names([line.text for line in lines])  # the author meta's 某某网络
    org = _author_org([o for o in author_orgs if o not in builders], site_name, address)
    if org:
        return known_source(org)
    fallback = _fallback(lines, title_at, first_text, site_name, titled)
    return known_source(fallback) if fallback else None


def _author_org(author_orgs: list[str], site_name: str | None, address: str | None) -> str | None:
    """The organisation named as author that is the outlet, in the site's own words."""
    for org in (o for o in author_orgs if not junk_outlet(o)):
        # 少数派编辑部: the site's own desk; 某某医院网站管理系统: the institution
        org = re.sub(r"(?<=..)(?:编辑部|編輯部)$", "", without_cms(org))
        if site_name and site_name != org and site_name.startswith(org):
            org = site_name  # author 网易 on 网易爱玩's pages: the channel, named in full
        if site_name and (_unit_short(org, site_name) or _site_department(org, site_name)):
            org = site_name  # author 林业局 on 洞口县林业局's pages: the office, with its place
        org = site_name if site_name and host_alias(org, site_name, address) else org
        # an organisation named as author, or a platform's posting account, which may read
        # like a person's name (管不饿): both were vetted where they were found
        if looks_like_outlet(org) or looks_like_person(org) and not GENERIC_SOURCE.match(org):
            return org
    return None


def _fallback(
    lines: list[Line],
    title_at: int | None,
    first_text: str,
    site_name: str | None,
    titled: str | None,
) -> str | None:
    """The outlet when nothing names one: a reprinted paper, the site, an issuing body."""
    edition = site_name is not None and _named_whole(site_name)
    fallbacks: list[str | None] = [
        reprint_paper(lines, title_at),
        site_name if edition else source_value(site_name) if site_name else None,
    ]
    # last, the issuing body of a 信息公开 table, when the page names no site either
    fallbacks += issuer_names(lines, title_at) + [news_net_lead(first_text)]
    for fallback in fallbacks:
        # Harbor Family Services: a Latin site name read like a person's, titled by the site;
        # 白鹭星球, 金石财经: a Chinese one, the site's name the <title> ends with
        if fallback and (
            looks_like_outlet(fallback)
            or latin_titled(fallback, titled)
            or (fallback == site_name and fallback == titled)
        ):
            return fallback
    return None


def _unit_short(org: str, site_name: str) -> bool:
    """Whether *org* is the site's unit named without its place or parent (林业局 for the site
    洞口县林业局)."""
    return len(org) >= 2 and site_name.endswith(org) and UNIT.fullmatch(site_name) is not None


#: A department's word closing an organisation's name: 技术部, 宣传组, 网络中心 not.
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:部|组|組)")


def _site_department(org: str, site_name: str) -> bool:
    """Whether *org* is a department of the organisation the site is (科协技术部 on the site
    某某大学学生科协, the team that keeps its pages): no outlet of its own."""
    return any(
        site_name.endswith(org[:k]) and _DEPARTMENT.fullmatch(org[k:]) is not None
        for k in range(2, len(org) - 1)
    )


def _site_owner(lead: str, author_orgs: list[str]) -> str:
    """The organisation named as author whose website the lead names: （德國之聲中文網） with
    德國之聲 in the byline gives 德國之聲."""
    for org in author_orgs:
        if re.fullmatch(rf"{re.escape(org)}\s*(?:中文|中國|中国)?(?:网|網|网站|網站)", lead):
            return org
    return lead


#: The rules whose candidates an outlet's label names (来源：, 本文转载自).
_NAMING_RULES = ("来源 label", "outlet a reprint note names")


def _named_whole(site_name: str) -> bool:
    """Whether the site's name is kept whole: a foreign outlet's Chinese edition (BBC News
    中文), a blog's name glued by a hyphen (某某-思伟), no portal and its channel, or a company's
    name with its place in brackets (星杓（成都）信息科技有限公司)."""
    return (
        EDITION.fullmatch(site_name) is not None
        or GLUED_PAIR.fullmatch(site_name) is not None
        or PLACED_COMPANY.fullmatch(site_name) is not None
    )


#: 星杓（成都）信息科技有限公司, 某某（中国）有限公司: a company's name, its place in brackets.
PLACED_COMPANY = re.compile(
    r"[\u4e00-\u9fff]{2,8}[（(][\u4e00-\u9fff]{2,4}[）)][\u4e00-\u9fff]{0,12}"
    r"(?:公司|集团|集團)"
)


def _titled_site(name: str, titled: str | None) -> bool:
    """Whether the <title>'s site part is *name*, alone or before its host or motto
    (``17173.com网络游戏门户站``, ``游民星空 GamerSky.com``)."""
    return bool(titled) and re.match(re.escape(name) + r"(?:$|[\s.])", titled or "") is not None


#: A Latin name and a Chinese word after a space: an edition's name (BBC News 中文, VOA 中文).
EDITION = re.compile(r"[A-Za-z][A-Za-z0-9 .&'-]{1,24} [\u4e00-\u9fff]{1,6}")

#: 某某-思伟: two short names joined by a hyphen without spaces, neither an outlet's name.
GLUED_PAIR = re.compile(
    r"(?!.*(?:网|網|报|報|台|社|刊|频道|頻道|中心))[\u4e00-\u9fff]{2,4}-[\u4e00-\u9fff]{2,4}"
)
