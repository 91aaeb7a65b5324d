"""Outlets a page declares outside its text: source metas, data scripts, organisations and
accounts named as the author."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from bs4 import Tag

from ..outlets import is_known
from .account import ACCOUNT_MARK
from .account import account_name
from .agencyline import AGENCY_DATELINE
from .authormarkup import class_author_texts
from .beside import NOT_OUTLET_PIECE
from .lexicon import WRITER_SLASH_OUTLET
from .metadata import AUTHOR_METAS
from .metadata import SOURCE_METAS
from .metadata import Structured
from .nameshape import GENERIC_SOURCE
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .platforms import provider_logo
from .replyfloors import POSTER_RANK
from .sourcevalue import SOURCE_LABEL
from .sourcevalue import source_value
from .text import attr_words
from .text import tags_after
from .text import tags_before


def meta_source(structured: Structured) -> str | None:
    raw = structured.meta(*SOURCE_METAS)
    if not raw:
        return None
    m = SOURCE_LABEL.search(raw)
    return source_value(raw[m.end() :] if m else raw)


#: The outlet a page's data script carries (new.qq.com's ``window.DATA = {"media":"腾讯体育"}``).
SCRIPT_SOURCE = re.compile(
    r"""\bmedia(?:Name|_name)?["']?\s*[:=]\s*"""  # a word first: the engine scans for it
    r"""["'](?P<v>[^"'<>\n]{2,20})["']"""
)


def script_source(scripts: str) -> str | None:
    """The outlet named in a data script, when it reads as an outlet's name (with Chinese)."""
    for m in SCRIPT_SOURCE.finditer(scripts):
        value = source_value(m["v"])
        if (
            value
            and re.search(r"[\u4e00-\u9fff]", value)
            and looks_like_outlet(value)
            and (ORG_HINT.search(value) or is_known(value))
            and not GENERIC_SOURCE.match(value)
        ):
            return value
    return None


#: A web address or a bare domain: http://www.example.cn, webThemez.com.
ADDRESS = re.compile(r"\s*(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\s*")


def author_orgs(structured: Structured) -> list[str]:
    """Organisations named as author (JSON-LD Organization, an author meta naming an outlet)."""
    orgs = list(structured.author_orgs)
    # 經濟日報 記者陳美君／台北報導: the paper before its reporter's byline
    meta_author = re.split(r"\s*[／/]?\s*(?:記者|记者)", structured.meta(*AUTHOR_METAS) or "")[0]
    # (an e-mail address or a web address there is the theme's or the webmaster's, no outlet:
    # webThemez.com, http://www.example.cn)
    meta_author = "" if "@" in meta_author or ADDRESS.fullmatch(meta_author) else meta_author
    # 陳宥蓁／綜合報導: a reporter's byline, whose 報 names no organisation
    meta_author = re.sub(r"\s*[／/][^／/]{0,12}(?:報導|报道|報道)$", "", meta_author)
    if meta_author and looks_like_outlet(meta_author) and ORG_HINT.search(meta_author):
        orgs.append(meta_author)
    return orgs


#: an aggregator's provider logo: Yahoo's caas-attr-provider-logo, MSN's sourcename link
PROVIDER = re.compile(r"provider|sourcename|source-?logo", re.I)
SELF_MEDIA_CLASS = re.compile(r"(?:^|[-_\s])bjh(?:$|[-_\s])|baijiahao", re.I)


def class_author_outlets(title_el: Tag | None, links: Sequence[Tag] = ()) -> list[str]:
    """Outlets in an author-classed element beside the headline: a paper's account
    (``<a class="author">城市晚报</a>``, ``扬眼 企鹅号``) rather than a person; *links* are the
    page's <a> tags."""
    account = account_name(title_el, links)
    out: list[str] = [account] if account else []
    after = list(islice(tags_after(title_el), 60)) if title_el is not None else []
    # a 百家号 page (article-source-bjh): the author-classed name is the posting account
    platform = any(
        isinstance(tag, Tag) and SELF_MEDIA_CLASS.search(attr_words(tag)) for tag in after
    )
    # an aggregator's provider logo beside the headline, under it or over it (MSN; Yahoo's
    # header row, the logo then the follow button)
    near = [*after, *(islice(tags_before(title_el), 20) if title_el is not None else [])]
    logos = [
        provider_logo(tag)
        for tag in near
        if isinstance(tag, Tag) and PROVIDER.search(attr_words(tag))
    ]
    out += [source_value(alt) or alt for alt in logos if alt]
    texts = class_author_texts(title_el)
    # a forum poster's card (阳台上的小花园 吧主, 中级会员): a member, whatever the name says
    texts = [] if any(POSTER_RANK.search(t) for t in texts) else texts
    for text in texts:
        marked = platform or ACCOUNT_MARK.search(text) is not None
        name = ACCOUNT_MARK.sub("", text).strip()
        # 王思远 / 晨星日报: the writer, then the paper, in one author-classed row
        slash = WRITER_SLASH_OUTLET.match(name)
        name = slash["o"] if slash and looks_like_person(slash["n"]) else name
        if AGENCY_DATELINE.fullmatch(name):  # 中央社／ 倫敦3日綜合外電報導: the agency's line
            out.append(name)
        elif (
            2 <= len(name) <= 16
            and not looks_like_person(name)
            and looks_like_outlet(name)
            and (marked or ORG_HINT.search(name) or is_known(name))
            and not NOT_OUTLET_PIECE.search(name)
            and not re.search(r"[:：]", name)  # 报导：陈志强, a labelled byline
            and not re.search(r"(?:報導|报道)$", name)  # 生活中心／綜合報導, a desk's byline
        ):
            out.append(name)
    return out
