"""A text that opens with its outlet's bracketed lead (【财新网】, 【环球网报道】, 【新京报讯】).

Such a lead marks where the article's own text begins. A portal may set other things before
it in the container: the editors' deck (摘要), a lead photo, and a box of related stories
whose heading (相关报道) would otherwise end the body before its text has begun. When the
trimmed body does not start at the lead, it is trimmed again from the lead on, keeping the
figures and the bylines found before it.
"""

from __future__ import annotations

import re

from .blocks import Block
from .trim import Body
from .trim import trim

#: 【财新网】, 【环球网报道】, 【新京报讯】, 【本报讯】: the outlet's lead, then the text.
OUTLET_LEAD = re.compile(
    r"^【[^】\s]{1,10}?(?:网|網|报|報|社|台)(?:报道|報導|讯|訊)?】\s*[^【\s]"
    r"|^【[^】\s]{1,10}?(?:讯|訊)】\s*[^【\s]"
)

#: How far into the container's blocks the lead may stand.
REACH = 20


def _lead_at(blocks: list[Block]) -> int | None:
    """The index of the paragraph that opens with the outlet's lead, if one does early."""
    for i, block in enumerate(blocks[:REACH]):
        text = block.text
        if block.kind == "p" and len(text) > 40 and "，" in text and OUTLET_LEAD.match(text):
            return i
    return None


def _text_first(body: Body, lead: str) -> bool:
    """Whether *body* starts with the lead, or a sentence of text stands before it (only a
    deck without a full stop and figures are set before a lead)."""
    for i, block in enumerate(body.blocks):
        if block.text == lead:
            return i == 0
        if block.kind != "figure" and "。" in block.text:
            return True
    return False


def from_outlet_lead(blocks: list[Block], body: Body, title: str, subtitle: str | None) -> Body:
    """*body* as trimmed from the outlet's lead on, when the lead stands in *blocks* but the
    body does not start with it (see the module)."""
    at = _lead_at(blocks)
    if at is None or _text_first(body, blocks[at].text):
        return body
    figures = [b for b in blocks[:at] if b.kind == "figure"]
    rest = trim(figures + blocks[at:], title, subtitle)
    bylines = body.bylines + [b for b in rest.bylines if b not in body.bylines]
    return Body(rest.blocks, body.original_title or rest.original_title, bylines)
