"""A byline of names and the report word alone, as Taiwan's television news sets it over the
text: 王小明 綜合報導, 林美君 李大同 台北報導, 陳怡安 綜合報導 / 日本 (the place after a slash);
or a wire agency's, led by the agency (美联社利亚·威林厄姆报道, see :mod:`.wirereported`)."""

from __future__ import annotations

import re

from .nameshape import looks_like_person
from .nameshape import split_names
from .wirereported import wire_reported

#: Two to four names, then 綜合報導 or a place and 報導, and the story's place after a slash.
NAME_REPORTED = re.compile(
    r"^(?P<n>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s+"
    r"(?:綜合|综合|[\u4e00-\u9fff]{2,3})?(?:報導|报道)(?:\s*[／/╱]\s*[\u4e00-\u9fff]{1,8})?$"
)


def name_reported(text: str) -> list[str]:
    """The writers of a byline line of names followed by the report word (see the module)."""
    m = NAME_REPORTED.match(" ".join(text.split()))
    names = split_names(m["n"]) if m else []
    if names and all(looks_like_person(n) for n in names):
        return names
    return wire_reported(text)
