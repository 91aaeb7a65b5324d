"""A wire agency's dateline read as an outlet: 中央社華盛頓29日電, 中央社／ 新加坡29日專電.

A portal carrying a wire story closes it with the agency's dateline (（中央社東京19日電）) or
puts it in its info line (中央社／ 雪梨8日專電, 中央社／ 倫敦3日綜合外電報導); the outlet is the
agency, the place and day after it are not part of its name. An outlet in book-title marks
(《海外网》) is the name inside.
"""

from __future__ import annotations

import re

from ..models import Source
from ..outlets import known_outlet
from .lexicon import WIRE_AGENCIES
from .lexicon import alternation

#: The agency, an optional slash, a place, the day and 電/电 (專電 and 专电 too), or a
#: report compiled from foreign wires (綜合外電報導).
AGENCY_DATELINE = re.compile(
    rf"(?P<o>{alternation(*WIRE_AGENCIES)})\s*[／/]?\s*"
    r"[\u4e00-\u9fff]{1,8}\s*\d{1,2}\s*日\s*"
    r"(?:(?:專|专)?(?:電|电)|(?:綜合|综合)?(?:外電|外电)(?:報導|报道))"
)
#: 《海外网》: the whole name in book-title marks.
QUOTED = re.compile(r"《(?P<o>[^《》]{2,20})》")


def agency_outlet(source: Source | None) -> Source | None:
    """*source* named by its agency alone, or its name out of book-title marks; else as is."""
    if source is None:
        return None
    name = source.name.strip()
    m = AGENCY_DATELINE.fullmatch(name) or QUOTED.fullmatch(name)
    return known_outlet(m["o"]) if m else source
