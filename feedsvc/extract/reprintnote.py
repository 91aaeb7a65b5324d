"""A closing reprint note naming the outlet without quotes: 本文經授權轉載自遠見雜誌, 本文最初发表在
lintao.example.org."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..outlets import is_known
from .nameshape import LATIN_WORDS
from .nameshape import ORG_HINT
from .nameshape import latin_brand
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .text import Line
from .text import in_list

#: 本文經授權轉載自遠見雜誌（原標題：…）, 本文转载自中国青年报，如有侵权…, 文章轉載自《天下雜誌》,
#: 以下消息转载自某某网 版权归原作者所有, 本文收录自公众号：X 2024年01月19日:
#: the outlet a reprint comes from, named bare or in 《》 (quoted names are the 公众号 rule's).
REPRINT_NOTE = re.compile(
    r"^\s*(?:注\s*[:：]\s*)?[(（【]?\s*(?:本文|文章|本篇|原文|以下(?:消息|文章|内容|內容)?)"
    r"\s*(?:全部|所有)?(?:图文|圖文|内容|內容)?"
    r"\s*(?:經|经)?\s*(?:授權|授权|同意)?\s*"
    r"(?:轉載|转载|轉|转|摘自|選自|选自|收录|收錄)(?:自|於|于)?\s*(?:公众号|公眾號)?\s*[:：]?\s*"
    rf"《?(?P<o>[^\s，。,、；;：:（(《》“”\"「」]{{2,16}}?|{LATIN_WORDS})》?\s*(?:[，。,；;（(]|$"
    # 以下消息转载自  某某网   版权归原作者所有: a blog's repost notice, the rights after spaces
    r"|(?<=\s)(?:版权|版權|(?:19|20)\d{2}\s*[年/.-]))"
)

#: 本文最初发表在lintao.example.org，…, 原文首发于 www.example.com: the site, named by its host, a
#: reprint was first published on (not 本篇發表於 分類, a blog theme's category line).
FIRST_PUBLISHED = re.compile(
    r"^\s*[(（【]?\s*(?:本文|文章|原文)\s*(?:最初|最早|首先)?(?:发表|發表|首发|首發|刊发|刊發)"
    r"(?:在|于|於)\s*(?P<o>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6})\s*(?:[，。,；;）)】]|$)"
)

#: The print day after a paper's bare name, with its weekday and page: 2017年1月13日 周五 第二版.
PRINT_DAY = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
    r"[\s\u4e00-\u9fffA-Za-z0-9]{0,12}?"
)

#: 摘自《某某日报》, （选自《某某晚报》2024年3月5日）, （摘自某某日报 2017年1月13日 第二版）,
#: 转载自某某晚报, 搬运自《某某周刊》, （刊登于某某网，原文链接）: a line of its own that names the
#: paper a reprint comes from, with no 本文 before it.
DIGEST_NOTE = re.compile(
    r"^\s*[(（【]?\s*(?:原文)?\s*(?:摘自|摘编自|摘編自|选自|選自|转载自|轉載自|转自|轉自|搬运自|搬運自"
    r"|原载于?|原載於?|刊载于|刊載於|刊发于|刊發於|刊登于|刊登於|刊于|刊於)\s*[:：]?\s*"
    rf"(?:《(?P<o>[^《》]{{2,16}}|{LATIN_WORDS})》[^。！？!?《》]{{0,30}}"
    rf"|(?P<b>[^\s，。,、；;：:（(《》“”\"「」）)】]{{2,16}}?|{LATIN_WORDS})\s*(?:{PRINT_DAY})?"
    # （刊登于某某网，原文链接）: the note with the link to the original
    r"(?:\s*[，,]\s*(?:原文链接|原文連結|原文))?\s*[）)】]?\s*[。.]?)$"
)

#: 新华网原稿：http://…, 人民网原文链接：http://…: the outlet whose original the link points to.
ORIGINAL_LINK = re.compile(
    r"^\s*(?P<o>[\u4e00-\u9fff]{2,12}?)\s*(?:原稿|原文链接|原文連結|原文地址|原文)\s*[:：]"
    r"\s*(?:https?://\S+)?\s*$"
)

#: 雜誌, 週刊, 月刊: a magazine's name, as the outlet table does not know most of them.
MAGAZINE = re.compile(r"(?:雜誌|杂志|週刊|周刊|月刊|半月刊|季刊)$")


def reprint_note(lines: Sequence[Line], anchor: int) -> list[tuple[float, str, int]]:
    """The outlet a reprint note after the headline names, scored as a closing 来源 line."""
    for i, line in enumerate(lines[anchor + 1 :], anchor + 1):
        if line.in_comments or len(line.text) > 160:
            continue
        m = REPRINT_NOTE.match(line.text) or DIGEST_NOTE.match(line.text)
        m = m or ORIGINAL_LINK.match(line.text)
        first = FIRST_PUBLISHED.match(line.text)
        if first and not in_list(line.element):
            return [(60.0, first["o"], i)]
        if m is None or in_list(line.element):
            continue
        name = m["o"] or m.groupdict().get("b") or ""
        if latin_brand(name):
            return [(60.0, name, i)]  # 本文转载自 Nikkei Asia: a Latin publication's name
        named = ORG_HINT.search(name) or is_known(name) or MAGAZINE.search(name)
        if named and looks_like_outlet(name) and not looks_like_person(name):
            return [(60.0, name, i)]
    return []
