"""A credit row of slash labels naming where the story comes from: 文/甲 摄影/乙 来源/某报."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..outlets import is_known
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .text import Line
from .text import in_list

#: 来源/联合早报, 来自／某某日报: the origin, after a slash label.
SLASH_SOURCE = re.compile(
    r"(?:^|\s)(?:来源|來源|来自|來自|转自|轉自)\s*[/／]\s*(?P<o>[^\s/／|｜，,。；;]{2,20})\s*(?=\s|$)"
)

#: 文/甲, 摄影／乙, 编辑/丙: the other credits of the row (a sentence has none).
OTHER_CREDIT = re.compile(
    r"(?:^|\s)(?:文|图|圖|撰文|作者|记者|記者|摄影|攝影|编辑|編輯|责编|責編)\s*[/／]\s*\S"
)


def slash_source(lines: Sequence[Line], anchor: int) -> list[tuple[float, str, int]]:
    """The outlet a slash-labelled credit row after the headline names, alone on its line
    (来源/某报) or among the row's other credits; scored as a closing 来源 line."""
    for i, line in enumerate(lines[anchor + 1 :], anchor + 1):
        if line.in_comments or len(line.text) > 60 or "/" not in line.text.replace("／", "/"):
            continue
        m = SLASH_SOURCE.search(line.text)
        if m is None or in_list(line.element):
            continue
        alone = m.start() == 0 and m.end() == len(line.text.rstrip())
        if not (alone or OTHER_CREDIT.search(line.text)):
            continue
        name = m["o"].strip("《》")
        person = looks_like_person(name) and not (ORG_HINT.search(name) or is_known(name))
        if looks_like_outlet(name) and not person:
            return [(60.0, name, i)]
    return []
