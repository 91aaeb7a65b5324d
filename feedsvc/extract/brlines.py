"""The short line a paragraph sets a blank line below its text (``…報道。<br><br>記者：某某``):
the byline closing a lead, a paragraph of its own."""

from __future__ import annotations

import html
import re

from .lexicon import AND_PHOTO

#: The last line of a paragraph after a blank line (two line breaks or more).
CLOSING_LINE = re.compile(r"<br>\s*<br>(?:\s*<br>)*(?P<tail>(?:(?!<br>).)*)$", re.S)
#: The longest closing line split off: a label and a name or two.
CLOSING_CHARS = 20
TAG = re.compile(r"<[^>]*>")
#: The last line after a single break that a reporter label opens (…批鬥。<br>記者：甲　乙):
#: the byline, though the paper sets no blank line above it; 報導•攝影╱甲, a Taiwanese
#: paper's credit under its lead.
REPORTER_LINE = re.compile(
    r"^\s*(?:本報|本报)?(?:記者|记者|撰文|採訪|采访)\s*[:：]\s*\S"
    rf"|^\s*(?:報導|报道){AND_PHOTO}\s*[╱／/]\s*[\u4e00-\u9fff]{{2,4}}$"
)


def closing_line(inner: str) -> tuple[str, str]:
    """*inner* (a paragraph's HTML with ``<br>`` breaks) without its short closing line, and
    that line; the line is empty when the paragraph has none."""
    m = CLOSING_LINE.search(inner) if "<br>" in inner else None
    if m is None and "<br>" in inner:
        at = inner.rfind("<br>")
        tail = inner[at + 4 :]
        text = html.unescape(TAG.sub("", tail)).strip()
        if REPORTER_LINE.match(text) and len(text) <= CLOSING_CHARS:
            return inner[:at], tail
    if m is None or len(html.unescape(TAG.sub("", m["tail"])).strip()) > CLOSING_CHARS:
        return inner, ""
    return inner[: m.start()], m["tail"]
