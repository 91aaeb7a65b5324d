"""A writer's pen name longer than a personal name, after a byline label with its colon:
作者：兔子撅屁股, 文：妙哉心理师 (a self-media writer on a portal or a community site)."""

from __future__ import annotations

import re

from .affiliations import affiliated_name
from .lexicon import PLACE
from .nameshape import GENERIC_SOURCE
from .nameshape import HAN
from .nameshape import NOT_NAME
from .nameshape import NOT_PEN_NAME
from .nameshape import ORG_HINT
from .nameshape import SENTENCE_WORDS
from .nameshape import UI_WORDS

#: Five to seven Han characters standing alone as the whole value of the label.
LONG_PEN = re.compile(f"[{HAN}]{{5,7}}")

#: Words a label's value may hold that make it no name: a role, a unit or a remark
#: (作者：本站特约撰稿人, 作者：来自网络整理, 作者：暂无作者信息).
NOT_LONG_PEN = re.compile(
    r"作者|撰稿|特约|来自|來自|网络|網路|信息|資訊|资讯|团队|團隊|小组|小組|工作室|编辑部|編輯部"
    r"|原创|原創|转载|轉載|授权|授權|版权|版權|未知|不详|暂无|暫無|匿名|佚名"
)


def long_pen_name(value: str) -> list[str]:
    """The pen name a labelled byline gives alone, five to seven Han characters that are no
    organisation, role, place or sentence."""
    name = value.strip()
    if not LONG_PEN.fullmatch(name):
        return []
    refused = (ORG_HINT, NOT_NAME, NOT_PEN_NAME, UI_WORDS, SENTENCE_WORDS, NOT_LONG_PEN)
    if any(p.search(name) for p in refused) or PLACE.match(name):
        return []
    return [] if GENERIC_SOURCE.fullmatch(name) else [name]


def credited_name(value: str, whole: str, pen: bool) -> list[str]:
    """The writer of a byline value no name splitter read: one with an affiliation or a post
    running into the name, else (after a label with its colon) a long pen name."""
    return affiliated_name(value, whole) or (long_pen_name(value) if pen else [])
