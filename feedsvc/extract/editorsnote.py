"""The editor's note that opens a text (编者按：…, or 编者按 on a line over the note): the
text's start, kept in the body, but not the story's, whose first paragraph carries the
dateline (新华社北京5月9日电（记者…）) the outlet and the writers are read from."""

from __future__ import annotations

from .blocks import Block
from .lexicon import EDITORS_NOTE


def note_label(text: str) -> bool:
    """Whether *text* is an editor's note's label alone (编者按, 【编者的话】)."""
    return len(text.strip()) <= 8 and EDITORS_NOTE.match(text) is not None


def opening_text(blocks: list[Block]) -> str:
    """The text's first paragraph; a note's label on a line of its own joins the note."""
    if not blocks:
        return ""
    first = blocks[0].text
    if len(blocks) > 1 and note_label(first):
        return f"{first.strip()}：{blocks[1].text}"
    return first


def past_note(blocks: list[Block]) -> list[Block]:
    """*blocks* after the editor's note that opens them (its label and its paragraph): the
    story; *blocks* themselves when no note opens them or nothing follows it."""
    if not blocks or not EDITORS_NOTE.match(blocks[0].text):
        return blocks
    skip = 2 if note_label(blocks[0].text) else 1
    return blocks[skip:] or blocks
