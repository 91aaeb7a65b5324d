"""A heading's permalink mark: ``<h1><a class="header-anchor" href="#x">#</a> 标题</h1>``.
Documentation and blog engines (VuePress, VitePress, Docusaurus, Sphinx, some Hexo and Hugo
themes) put a link to the heading itself before or after its words; the mark (#, ¶, §) is
no part of the headline."""

from __future__ import annotations

from bs4 import Tag

#: The marks a heading's link to itself shows.
_MARKS = ("#", "¶", "§", "🔗")


def without_anchor_mark(heading: Tag, line: str) -> str:
    """*line*, the text of *heading*, without the mark of a link to an anchor in the page that
    opens or closes it."""
    for link in heading.find_all("a", href=True, limit=3):
        href = link.get("href")
        mark = link.get_text().strip()
        if not isinstance(href, str) or not href.startswith("#") or mark not in _MARKS:
            continue
        if line.startswith(mark):
            return line[len(mark) :].strip()
        if line.endswith(mark):
            return line[: -len(mark)].strip()
    return line
