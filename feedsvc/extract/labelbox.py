"""The summary under a lead box's label.

A lead box over the text often sets its label on a line of its own (a heading 内容提要, 导读,
摘要, 核心提示) and its summary under it as one paragraph of prose, not as a list of points.
That paragraph, right under the label, is the box's, not the text's start: the text opens
after it.
"""

from __future__ import annotations

import re

from .blocks import Block

#: The longest summary read as the box's: a few sentences.
LONGEST = 300

#: A paragraph of prose closes on a sentence's end (a quote may close after it).
_SENTENCE_END = re.compile(r"[。！？!?][”」』\"']?\s*$")


def box_summary(block: Block) -> bool:
    """Whether *block*, right under a lead box's label alone, is the box's summary."""
    text = block.text.strip()
    return (
        block.kind == "p" and 10 <= len(text) <= LONGEST and _SENTENCE_END.search(text) is not None
    )
