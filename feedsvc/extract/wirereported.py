"""A wire story's byline on a line of its own, as a portal translating it sets it over the
text: 美联社利亚·威林厄姆报道, 路透社记者 马修·哈灵顿 报道, 法新社記者陳大文報導."""

from __future__ import annotations

import re

from .lexicon import WIRE_AGENCIES
from .lexicon import alternation
from .nameshape import split_names

#: One name: two to four characters, or a foreign name transliterated with its dots.
_NAME = r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}|[\u4e00-\u9fff]{2,4}"

#: The agency, perhaps 记者, one to three names, then the report word and nothing else.
WIRE_REPORTED = re.compile(
    rf"^(?:{alternation(*WIRE_AGENCIES)})\s*(?:记者|記者)?\s*"
    rf"(?P<n>(?:{_NAME})(?:\s*[、和與与]\s*(?:{_NAME})){{0,2}})\s*(?:报道|報導|報道)$"
)


def wire_reported(text: str) -> list[str]:
    """The writers of a wire agency's byline line (see the module)."""
    m = WIRE_REPORTED.match(text.strip())
    return split_names(m["n"]) if m else []
