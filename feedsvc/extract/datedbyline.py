"""A byline line that carries the story's dates after the writer's name, as a Hong Kong portal's
article head reads when copied into a reprint: ``撰文：某某出版：2019-03-02 10:20更新：…``."""

from __future__ import annotations

import re

from .creditline import english_date
from .creditline import without_weekday
from .leadlines import DATE_HINT
from .lexicon import AUTHOR
from .lexicon import BYLINE_WORDS
from .lexicon import STAFF
from .lexicon import alternation

#: 撰文：, 作者：, 記者：: a writer's label with its colon.
WRITER_LABEL = re.compile(rf"(?:{alternation(*AUTHOR, *STAFF, *BYLINE_WORDS)})\s*[:：]")
#: The end of a sentence, as an info line never has.
SENTENCE_END = re.compile(r"[\u4e00-\u9fff][。！？]")


#: By Felix021 | Thursday, November 30, 2023: a blog theme's byline (Hugo's Docsy), the writer
#: after By, a bar or a dot, then the date.
BY_THEN_DATE = re.compile(r"^[Bb]y\s+[^|｜·•]{2,30}?\s*[|｜·•]\s*(?P<d>.{6,40})$")


def dated_byline(text: str) -> bool:
    """Whether a short opening line is the writer's label and name with a date after it (the
    byline and info line in one), not a sentence of the text."""
    by = BY_THEN_DATE.match(text.strip())
    if by and (english_date(without_weekday(by["d"])) or DATE_HINT.fullmatch(by["d"].strip())):
        return True
    return (
        len(text) <= 80
        and WRITER_LABEL.match(text.strip()) is not None
        and DATE_HINT.search(text) is not None
        and SENTENCE_END.search(text) is None
    )
