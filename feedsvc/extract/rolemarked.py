"""A name an author meta marks as a reporter's: ``具希聆 记者``, ``玄振宇 記者``.

A Korean paper's Chinese edition (and the CMS many such sites share) writes the reporter's
role after the name in og:article:author and dable:author. The role says the name is a
person's, even when its surname (具, 玄, 奇, 都…) is not one the surname list knows.
"""

from __future__ import annotations

import re

from .nameshape import looks_like_person

#: 具希聆 记者: two to four characters, a space, the role; nothing else in the value.
ROLE_MARKED = re.compile(r"^\s*(?P<n>[\u4e00-\u9fff]{2,4})\s+(?:记者|記者|特派记者|特派記者)\s*$")


def meta_person(name: str, value: str) -> bool:
    """Whether *name*, read from the author meta *value*, is a person's: it looks like one, or
    the value is the name followed by the reporter's role."""
    if looks_like_person(name):
        return True
    m = ROLE_MARKED.match(value)
    return m is not None and m["n"] == name
