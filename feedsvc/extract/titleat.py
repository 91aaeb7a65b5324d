"""Where the headline stands among the page's lines: the line the info block follows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC

from bs4 import Tag

from .dates import find_times
from .text import Line
from .text import compact

#: 吴某 · 5小时前, 3分钟前, 刚刚: a time the page shows relative to now, under the headline.
RELATIVE_TIME = re.compile(r"(?<!\d)\d{1,2}\s*(?:分钟|分鐘|小时|小時)前|刚刚|剛剛")


def _dated_head(c: str, target: str, text: str) -> bool:
    """Whether the line (*text*, compacted *c*) reads the headline and then its time, in one
    block (标题 2015/6/2 18:13)."""
    if not c.startswith(target) or len(c) > len(target) + 24:
        return False
    hits = find_times(text, UTC)
    return bool(hits) and len(compact(text[: hits[0].start])) == len(target)


def title_index(lines: Sequence[Line], title: str, element: Tag | None) -> int | None:
    """Index of the line that shows the headline."""
    target = compact(title)
    if not target:
        return None
    shown: list[int] = []
    texts: list[int] = []
    for i, line in enumerate(lines):
        if line.in_comments or target[0] not in line.text:  # then the headline is not in it
            continue
        c = compact(line.text)
        if (
            (target in c or (len(c) >= 6 and target.startswith(c)))  # <h1>标题前半<br>后半</h1>
            and element is not None
            and (
                line.element is element
                or element in line.element.parents
                or line.element in element.parents
            )
        ):
            shown.append(i)
        elif (
            c == target
            or (target in c and len(c) <= len(target) + 12)
            or _dated_head(c, target, line.text)
        ):
            texts.append(i)
    if not shown and not texts:
        return None
    primary = shown[0] if shown else texts[0]
    while (  # <h1>标题前半<br>后半</h1>: the headline's last line, the info line after it
        primary + 1 < len(lines)
        and target not in compact(lines[primary].text)
        and lines[primary + 1].element is lines[primary].element
        and compact(lines[primary + 1].text) in target
    ):
        primary += 1

    def dated(i: int, reach: int = 6) -> bool:
        after = lines[i + 1 : i + reach]
        if i == primary and any(RELATIVE_TIME.search(ln.text[:40]) for ln in after[:2]):
            return True  # the headline's own line, its time given as 5小时前
        return any(find_times(line.text, UTC) for line in after)

    # the headline's own element, its time under a picture's credits and a byline list (Author,
    # Role, Reporting from: eight lines), before a later copy in a list of other stories
    if not dated(primary, 10 if shown else 6):
        # the headline shown twice (a copy for sharing, a print header): the one the info
        # line with the time follows
        for i in sorted(shown + texts):
            if i > primary and dated(i):
                return i
    return primary


def earlier_copy_lines(lines: Sequence[Line], title_at: int | None) -> list[Line]:
    """The few lines under an earlier copy of the headline, when the page shows it twice (a
    desktop layout before its mobile copy, whose shorter info line the headline was read at):
    the first copy's info line may name the writer the other leaves out."""
    if title_at is None:
        return []
    head = lines[title_at].text
    target = compact(head)
    for i, line in enumerate(lines[: max(0, title_at - 6)]):
        if head[:1] in line.text and not line.in_comments and compact(line.text) == target:
            return [ln for ln in lines[i + 1 : i + 4] if not ln.in_comments]
    return []
