"""A wire story's dateline as reprint sites translate it: the place, the agency in brackets and
a dash (达拉斯（美联社）——, 巴黎(法新社)—), the shape of an English "DALLAS (AP) —"."""

from __future__ import annotations

import re

from .lexicon import WIRE_AGENCIES
from .lexicon import alternation

#: 达拉斯（美联社）——, 西弗吉尼亚州查尔斯顿。(美联社)——: a place of a few words, the agency
#: in brackets, then a dash; 8月23日(合众国际社)——: the day in the place's stead, as UPI
#: ("Aug. 23 (UPI) --") dates its stories.
WIRE_DASH = re.compile(
    r"^\s*[\u4e00-\u9fff·・A-Za-z0-9\s]{2,20}[。，,.]?\s*[（(]\s*(?P<o>"
    + alternation(*WIRE_AGENCIES, "合众国际社", "合眾國際社")
    + r")\s*[）)]\s*(?:——|—|－－|--|-)"
)


def wire_dash_outlet(first_text: str) -> str | None:
    """The agency of a translated wire dateline opening the text's first line."""
    m = WIRE_DASH.match(first_text.split("\n", 1)[0])
    return m["o"] if m else None
