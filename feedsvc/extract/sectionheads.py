"""A section heading of the text right under the headline (``<h1>标题</h1><h2>简述</h2><p>…``):
the text has begun there, so the line is neither a writer's name set alone under the headline
nor a subtitle. Nor is a name under a picture there: it names the one pictured."""

from __future__ import annotations

from collections.abc import Sequence

from bs4 import Tag

from .bylineforms import name_under_headline
from .text import Line

SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: The blocks a section heading opens: its paragraphs, lists, code.
SECTION_BLOCKS = frozenset({"p", "ul", "ol", "pre", "blockquote", "table"})


def section_heading(element: Tag) -> bool:
    """Whether *element* is a heading that opens a section of the text: a subheading followed
    at once by a paragraph, a list or code, with more headings of its level further on (简述
    over the first paragraph, then 现象, 原因), not a subtitle standing alone."""
    if element.name not in SUBHEADINGS:
        return False
    after = element.find_next_sibling(True)
    if not isinstance(after, Tag) or after.name not in SECTION_BLOCKS:
        return False
    return element.find_next_sibling(element.name) is not None


def name_under_title(after: Sequence[Line], header: Sequence[str]) -> list[str]:
    """The writer's name alone under the headline (:func:`.name_under_headline`), unless the
    first line there is a section heading of the text."""
    first = next((line for line in after if not line.in_comments), None)
    if first is not None and section_heading(first.element):
        return []
    captions = {line.text for line in after if photo_caption(line.element)}
    return name_under_headline([text for text in header if text not in captions][:3])


def photo_caption(element: Tag) -> bool:
    """Whether *element* is set right under a picture standing alone (<center><img></center>
    <center>某某</center>): the name of the one pictured, not the writer's."""
    before = element.find_previous_sibling(True)
    return (
        isinstance(before, Tag)
        and not before.get_text(strip=True)
        and (before.name == "img" or before.find("img") is not None)
    )
