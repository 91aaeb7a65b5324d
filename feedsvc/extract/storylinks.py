"""Entries of a list of other stories, whose credits name those stories' writers."""

from __future__ import annotations

from .text import Line
from .text import find_tag
from .text import in_list
from .text import squash

#: The fewest characters of a linked headline (a short link is a name, an outlet or a label).
HEADLINE_CHARS = 8


def linked_story(line: Line) -> bool:
    """Whether *line* is an entry of a list of other stories: a headline's link first, that
    story's credit after it (``<li><a href="…">城南片区新增两处便民早餐点</a> <span>记者
    某某</span></li>`` in a related or hot list): the name is that story's writer, not the page's.
    """
    if not in_list(line.element):
        return False
    link = find_tag(line.element, "a")
    if link is None or not link.get("href"):
        return False
    head = squash(link.get_text())
    return len(head) >= HEADLINE_CHARS and line.text.startswith(head) and line.text != head
