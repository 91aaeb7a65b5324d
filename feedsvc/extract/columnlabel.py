"""The column labels a paper prints over a story, copied between the byline and the text:
<p>羊城晚报记者 赵燕华</p><p>国庆黄金周消费新升级</p><p>南粤大地欢庆国庆巡礼</p><p>国庆楼市…。</p>.
Short lines of a phrase each, without punctuation: the series the story runs in, no text."""

from __future__ import annotations

import re

from .blocks import Block

#: A phrase without punctuation, digits or Latin letters: 国庆黄金周消费新升级.
PHRASE = re.compile(r"[\u4e00-\u9fff]{4,14}")
#: Words of a lead or a byline, which are no column's label.
LEAD_WORDS = re.compile(r"记者|記者|通讯员|报道|讯$|电$|摄$")


def column_label(block: Block) -> bool:
    """Whether *block*, after the byline and before the text, is a column's label."""
    text = block.text.strip()
    return block.kind == "p" and PHRASE.fullmatch(text) is not None and not LEAD_WORDS.search(text)
