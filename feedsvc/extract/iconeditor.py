"""The editor a portal credits only in the alt text of a picture below the article (an editor
icon, <img src="editor.gif" alt="（责编：陈晨）">): no visible line names the editor then."""

from __future__ import annotations

import re

from .editors import find_editor
from .text import Line
from .text import TagIndex

#: （责编：陈晨）, [责任编辑：张三 NN123]: an editor's credit filling the alt text.
ALT_CREDIT = re.compile(r"^\s*[\[【(（]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]")


def icon_editor(index: TagIndex) -> str | None:
    """The editor named by a picture's alt text that is an editor's credit and nothing else."""
    lines = [
        Line(alt, img, False)
        for img in index.named("img")
        if isinstance(alt := img.get("alt"), str) and len(alt) <= 40 and ALT_CREDIT.match(alt)
    ]
    return find_editor(lines, None) if lines else None
