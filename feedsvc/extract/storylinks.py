"""Entries of a list of other stories, whose credits name those stories' writers."""

from __future__ import annotations

from bs4 import Tag

from .storyitem import story_card
from .text import HAN
from .text import Line
from .text import find_tags
from .text import in_list
from .text import squash

#: The fewest Han characters of a linked headline (a short link is a name, an outlet, a label
#: or a handle: X, @wingkei_h).
HEADLINE_CHARS = 8
#: The most tags an entry of a list holds: its headline, a picture, a summary and a credit.
ENTRY_TAGS = 40


def linked_story(line: Line, title_el: Tag | None = None) -> bool:
    """Whether *line* is the credit of an entry in a list of other stories: a headline's link
    opens the line (``<li><a href="…">城南片区新增两处便民早餐点</a> <span>记者 某某</span>
    </li>``) or a line of its own in the entry (``<li><a><h4>标题</h4></a><div class="meta">
    作者：某某 2025-03-12</div></li>``, a related or hot list's card): the name is that story's
    writer, not the page's. An entry holding the page's headline (*title_el*) is no other story.
    """
    above = {id(p) for p in title_el.parents} if title_el is not None else set()
    card = story_card(line.element)
    if card is not None and id(card) not in above:
        return True  # <article><h2><a>标题</a></h2><p>…（记者 某某）…</p></article>, a card
    if not in_list(line.element):
        return False
    entry: Tag | None = line.element
    for _ in range(3):  # the line's block, then its entry up to two levels above
        if entry is None or entry.name in ("body", "html") or id(entry) in above:
            return False
        tags = find_tags(entry, None, limit=ENTRY_TAGS + 1)
        if len(tags) > ENTRY_TAGS or entry is title_el:
            return False
        if any(_headline_link(a, line.text) for a in tags if a.name == "a"):
            return True
        entry = entry.parent
    return False


def _headline_link(link: Tag, line: str) -> bool:
    """Whether *link* is another story's headline beside the credit *line*: it has an address
    and a headline's Han characters, and it opens the line or stands outside it (not the line
    itself, nor a link after a label in it: 来源：<a>…</a>)."""
    href = link.get("href")
    address = href.strip() if isinstance(href, str) else ""
    if not address or address.startswith(("#", "javascript")):
        return False  # <a href="#">2017/01/12 15:55</a>: an info row's widget, no story's address
    head = squash(link.get_text(" "))
    if len(HAN.findall(head)) < HEADLINE_CHARS or head == line:
        return False
    return line.startswith(head) or head not in line
