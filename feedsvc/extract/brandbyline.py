"""A company's news page signed with the company's brand: ``作者：蔚锐`` over a text that names
``蔚锐信息科技（上海）有限公司``. The byline names no writer, the company is the outlet."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Source
from .nameshape import looks_like_person
from .sourceparts import known_source

#: What follows a brand in a company's full name: 信息科技（上海）有限公司, 集团.
COMPANY_TAIL = (
    r"[\u4e00-\u9fff]{0,10}(?:[（(][\u4e00-\u9fff]{2,4}[)）])?"
    r"(?:股份有限公司|有限责任公司|有限公司|集团)"
)


def brand_company(authors: Sequence[str], texts: Sequence[str]) -> str | None:
    """The company whose brand is the only name a byline gives, as the text names it in full;
    None when the name reads like a person's or no text names such a company."""
    if len(authors) != 1 or looks_like_person(authors[0]):
        return None
    m = re.search(re.escape(authors[0]) + COMPANY_TAIL, "\n".join(texts))
    return m.group(0) if m else None


def company_page(
    authors: list[str], source: Source | None, texts: Sequence[str]
) -> tuple[list[str], Source | None]:
    """The authors and the outlet of a page signed with its company's brand: no writer, and
    the company as the outlet when no other is named; else both as they were."""
    company = brand_company(authors, texts)
    if company is None:
        return authors, source
    return [], source or known_source(company)
