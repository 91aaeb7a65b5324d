"""A regional portal's story carried from its paper: the info line under the headline names
the portal itself (来源：某某网), and a credit line of its own after the last paragraph names
the paper the story comes from (来源：某某晚报). That closing line names the outlet."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..outlets import is_known
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .owncredit import own_name
from .text import Line

#: 来源：某某晚报 as a whole line: a credit line of its own, not a sentence.
CREDIT_LINE = re.compile(r"^\s*(?:来源|來源)\s*[:：]\s*(?P<o>[^\s:：，。]{2,16})\s*$")


def closing_paper(
    found: Sequence[tuple[float, str, int, str]],
    lines: Sequence[Line],
    title_at: int | None,
    site: str | None,
) -> str | None:
    """The outlet of a closing 来源 line of its own after the text, when the best candidate
    is only the site's own name."""
    if not found or not own_name(found[0][1], site):
        return None
    anchor = title_at if title_at is not None else 0
    for _, name, at, rule in found[1:]:
        if rule != "来源 label" or at - anchor <= 6 or lines[at].in_comments:
            continue
        m = CREDIT_LINE.match(lines[at].text)
        if (
            m
            and m["o"] == name
            and not own_name(name, site)
            and looks_like_outlet(name)
            and (ORG_HINT.search(name) is not None or is_known(name))
        ):
            return name
    return None
