"""A writer's name alone after a paper's box mark, on a line of its own at the head of the text.

City and provincial papers set a commentary's or a column's byline as a hollow or solid box
and the name only (□张三, ■李四 王五), sometimes the writer's post in brackets after it
(□张三（学者）): no role word, the mark is what sets the line apart as a byline.
"""

from __future__ import annotations

import re

from .nameshape import SPACED_NAME
from .nameshape import looks_like_person
from .nameshape import split_names

#: □张三, ■李四 王五, □欧阳晓明（高校教师）: the mark, one to three names, a post in brackets.
MARKED_NAMES = re.compile(
    r"^[□■]\s*(?P<n>[\u4e00-\u9fff·]{2,10}(?:[ \u3000、][\u4e00-\u9fff·]{1,10}){0,5})"
    r"\s*(?:[（(][^（）()]{1,16}[）)])?$"
)


def marked_names(text: str) -> list[str]:
    """The writers a box-marked line names (□张三), or nothing when any part is no name."""
    m = MARKED_NAMES.match(SPACED_NAME.sub(r"\1\2", text.strip()))
    found = split_names(m["n"]) if m else []
    return found if found and all(looks_like_person(n) for n in found) else []
