"""A reprint site's own name in its info row, and the outlet it carries the story from named
again in a 来源 line opening the text (来源：某网 above, 来源：某周刊 2024-09-06 below) or by
the lead (来源：某网 above, ``（某某晚报）（记者 X）…`` opening the text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..outlets import canonical_outlet
from .leadoutlets import paper_xun_lead
from .leadoutlets import paren_lead
from .nameshape import looks_like_outlet

if TYPE_CHECKING:
    from .outlet import SourceCandidate

#: How many lines below the info row the text's own 来源 line may stand.
REACH = 3


def past_own_credit(
    found: list[SourceCandidate], site: str | None, titled: str | None
) -> list[SourceCandidate]:
    """*found* with a 来源 line just below the first put first, when the first (the info row's
    来源) only names the site itself."""
    if not found or found[0].rule != "来源 label" or not own_name(found[0].name, site, titled):
        return found
    first = found[0]
    for i, other in enumerate(found[1:], 1):
        if (
            other.rule == "来源 label"
            and 0 < other.line - first.line <= REACH
            and looks_like_outlet(other.name)
            and not own_name(other.name, site, titled)
        ):
            return [other] + found[:i] + found[i + 1 :]
    return found


def own_name(name: str, site: str | None, titled: str | None = None) -> bool:
    """Whether *name* is the site's own (its site name, or the <title>'s site part), by any of
    the outlet table's names for it."""
    own = canonical_outlet(name)
    return bool(site and canonical_outlet(site) == own) or bool(
        titled and canonical_outlet(titled) == own
    )


def own_credit_lead(
    first: str | None, first_text: str, site: str | None, titled: str | None
) -> str | None:
    """The paper the lead names (``（某某晚报）``, ``某某晚报讯（记者 X）``) when the first outlet
    found only names the site itself: a group's portal credits itself and keeps its paper's
    lead (来源：长江网 over ``(楚天都市报) (特约记者 X)``)."""
    if first is None or not own_name(first, site, titled):
        return None
    lead = paren_lead(first_text) or paper_xun_lead(first_text)
    if lead is None or own_name(lead, site, titled) or not looks_like_outlet(lead):
        return None
    # 星城晚报讯 on 星城晚报网: the paper's own site, crediting itself by its site's name
    return None if any(n and n.startswith(lead) for n in (site, titled, first)) else lead
