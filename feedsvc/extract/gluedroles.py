"""The staff roles of a byline a name runs on to (记者 曾子墨通讯员 罗一帆) or that name no
one (共享联盟·德清)."""

from __future__ import annotations

import re

from ..outlets import is_known
from .lexicon import STAFF
from .lexicon import alternation
from .nameshape import looks_like_person

#: A short name glued to the role word after it, the role then spaced from its own name.
GLUED_ROLE = re.compile(
    rf"(?:(?<=\s)|^)(?P<n>[\u4e00-\u9fff]{{2,3}})(?=(?:{alternation(*STAFF)})[ \u3000]+\S)"
)


def _spaced(m: re.Match[str]) -> str:
    name = m["n"]
    return f"{name} " if looks_like_person(name) and not is_known(name) else name


#: 共享联盟·德清 沈佳琪: the county newsroom a provincial app shares its byline with, a role
#: before its correspondent's name like 通讯员, never a person.
SHARED_ALLIANCE = re.compile(r"共享联盟\s*[·・]\s*[\u4e00-\u9fff]{1,6}")


def unglue_roles(value: str) -> str:
    """The byline's value with a space between a name and the role glued to it (曾子墨通讯员
    罗一帆 → 曾子墨 通讯员 罗一帆), where the name reads as a person's and is no outlet the
    table knows (南方周末实习生 许安然 keeps the paper before its intern)."""
    if "联盟" in value:
        value = SHARED_ALLIANCE.sub(" ", value)
    value = COMPILED_MARK.sub("", value)  # 岳佳综: 综(合) after the last name, no part of it
    pair = GLUED_PAIR.fullmatch(value.strip().rstrip(")）"))
    if pair and looks_like_person(pair["n"]) and looks_like_person(pair["m"]):
        return f"{pair['n']} {pair['r']} {pair['m']}"  # 李婧通讯员岳佳: two names, no space
    return GLUED_ROLE.sub(_spaced, value) if "\u3000" in value or " " in value else value


#: 李婧通讯员岳佳: a name, a role and the next name, all glued (记者李婧通讯员岳佳).
GLUED_PAIR = re.compile(
    rf"(?P<n>[\u4e00-\u9fff]{{2,3}}?)(?P<r>{alternation(*STAFF)})(?P<m>[\u4e00-\u9fff]{{2,3}})"
)

#: 综 (综合, compiled) after the last name of a reporter's bracket: （记者李婧 岳佳综）.
COMPILED_MARK = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s*综(?=\s*[)）]?\s*$)")


#: 撰稿：向芳芳 摄像：覃涛: a name alone after a label's colon, up to a space or the end.
NAME_ALONE = re.compile(r"\s*(?P<n>[\u4e00-\u9fff]{2,3})(?:[\s、，,]|$)")


def name_after_colon(value: str) -> bool:
    """Whether a label's value after its colon is a person's name alone, though its surname is
    a word of prose too (向, 从: 记者向市民介绍 is prose, 撰稿：向芳芳 is a byline)."""
    m = NAME_ALONE.match(value)
    return m is not None and looks_like_person(m["n"])
