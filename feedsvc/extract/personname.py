"""One person's name as a CMS field holds it, without the spaces the CMS sets inside it.

A portal's author field often keeps the space its editors type between the surname and the
given name (``葉 佳欣``, the name a partner's feed sends) or after the middle dot of a
transliterated name (``伊利亚· 贡恰罗夫``). The field names one person, so the name is written
without those spaces, as a byline sets it.
"""

from __future__ import annotations

import re

from .nameshape import SURNAMES
from .nameshape import latin_person
from .nameshape import split_names

#: 葉 佳欣: a surname, a space, then a given name of one to three characters (nothing more).
SPACED_SURNAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff]{1,3})")

#: 伊利亚· 贡恰罗夫, 阿布都 ·热合曼: the spaces around a transliterated name's middle dot.
SPACED_DOT = re.compile(r"(?<=[\u4e00-\u9fff])\s*([·•‧・])\s*(?=[\u4e00-\u9fff])")


def one_name(field: str) -> str:
    """*field*, one person's name, without the spaces a CMS set inside it."""
    name = SPACED_DOT.sub(r"\1", field.strip())
    spaced = SPACED_SURNAME.fullmatch(name)
    if spaced and spaced[1] in SURNAMES:
        return spaced[1] + spaced[2]
    return name


def latin_name(field: str) -> str | None:
    """*field* when it holds one person's Latin full name alone (``Ryan Foley``), no brand
    (``The Register``), else None."""
    name = " ".join(field.split())
    return name if latin_person(name) else None


def field_names(field: str) -> list[str]:
    """The people one author field names: a Latin full name whole, else each name in it."""
    latin = latin_name(field)
    return [latin] if latin else split_names(one_name(field))
