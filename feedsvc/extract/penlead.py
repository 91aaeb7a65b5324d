"""The writers a lead's bracket names after their role word.

A city paper's lead brackets its reporter with the role word before the name,
``(特约记者舟游)``, ``（记者 石青）``; a correspondent or a stringer often signs with a pen name
whose first character is no family name. Labelled so, alone in the bracket, the name is the
writer's all the same; two or more names, or none after the role, are read as before (by the
family-name table).
"""

from __future__ import annotations

import re

from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person
from .nameshape import split_names

#: (特约记者舟游), （本报记者 石青）: one role word, one name of two or three characters.
ROLE_AND_NAME = re.compile(
    r"^\s*(?:本报|本報|特约|特約|首席|驻站|駐站)?(?:记者|記者)\s*(?P<n>[\u4e00-\u9fff]{2,3})\s*$"
)


def bracket_writers(writers: str) -> list[str]:
    """The people a lead's bracket names: by the family-name table, else the one name a
    reporter's role word labels (a pen name)."""
    names = [n for n in split_names(writers) if looks_like_person(n)]
    if names:
        return names
    m = ROLE_AND_NAME.match(writers)
    return [m["n"]] if m and looks_like_pen_name(m["n"]) else []
