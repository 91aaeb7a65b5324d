"""The 原标题 line wrapped onto the next paragraph: a paper's headline of two rows, copied with
its break (<p>原标题：省领导集中收看庆祝中华人民共和国成立</p><p>70周年大会实况直播</p>)."""

from __future__ import annotations

import re

from .lexicon import SECTION_NUMBER

#: Punctuation that ends a headline's row, or opens a sentence of the text.
ENDED = re.compile(r"[。！？!?”」》）)】…]$")
SENTENCE = re.compile(r"[。，！？；：:,;!?（(【\[]")
#: The lead of the text: 本报讯, 新华社北京10月1日电, 记者 X.
LEAD = re.compile(r"讯|电|記者|记者|报道|報導|通讯员|^\d{1,2}月\d{1,2}日")


def continues_title(original: str, text: str) -> bool:
    """Whether *text*, the paragraph after the 原标题 line, is the rest of that headline: a
    short row without sentence punctuation, a lead or a section's number (一、总体目标), after
    a row that ends without any."""
    return (
        2 <= len(text) <= 30
        and SECTION_NUMBER.match(text) is None
        and len(original) + len(text) <= 60
        and ENDED.search(original) is None
        and SENTENCE.search(text) is None
        and LEAD.search(text) is None
    )
