"""A platform's author card naming the account that posted a piece, while the text's own
byline (文：某某（某某大学副教授）) names the writer: the account is the outlet the platform
carries the piece from (a magazine's or an association's account), not a person."""

from __future__ import annotations

import re

from bs4 import Tag

from .authormarkup import class_author_texts
from .beside import NOT_OUTLET_PIECE
from .colonwen import colon_wen_writers
from .metadata import AUTHOR_METAS
from .metadata import Structured
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person


def card_account(title_el: Tag | None, bylines: list[str], structured: Structured) -> list[str]:
    """The account an author card or author meta names, when the text's 文： byline names
    someone else as the writer."""
    writers = colon_wen_writers(bylines)
    if not writers:
        return []
    names = class_author_texts(title_el) + [structured.meta(*AUTHOR_METAS) or ""]
    for name in (n.strip() for n in names):
        if (
            2 <= len(name) <= 16
            and name not in writers
            and not looks_like_person(name)
            and looks_like_outlet(name)
            and not NOT_OUTLET_PIECE.search(name)
            and not re.search(r"[:：/／@]", name)
        ):
            return [name]
    return []
