"""The paper a reprinted story's lead names in brackets: ``（某某晚报）出生时…``.

A city portal carrying its group's paper opens the story with the paper's name in brackets
before the first sentence; that paper is the story's outlet.
"""

from __future__ import annotations

import re

#: （武汉晚报）, (楚天都市报): a paper's name alone in brackets, then the lead's first words.
PAREN_LEAD = re.compile(
    r"^\s*[（(]\s*(?P<o>[\u4e00-\u9fff]{2,10}?(?:日报|日報|晚报|晚報|晨报|晨報|都市报|都市報|"
    r"商报|商報|时报|時報|青年报|青年報|法制报|法制報))\s*[）)]\s*(?=[\u4e00-\u9fff“\"])"
)


def paren_lead(first_text: str) -> str | None:
    """The paper named in brackets at the very start of the first paragraph, if one is."""
    m = PAREN_LEAD.match(first_text)
    return m["o"] if m else None
