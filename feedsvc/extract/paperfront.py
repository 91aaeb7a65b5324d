"""The front matter of a journal paper that a portal reprints over its text: the abstract
(摘  要：…, its two characters often spaced apart), the keywords and the catalogue codes
(中图分类号：… 文献标识码：… 文章编号：…) and the note on its writer (作者简介：…), none of them
the text's start."""

from __future__ import annotations

import re

_GAP = r"[\s\u3000\xa0]*"

#: 摘  要：…, 【摘要】…, 关 键 词：…, 中图分类号：J821, 文献标识码：A, 文章编号：…, 基金项目：…,
#: 收稿日期：…, 作者简介：…: a line of the paper's front matter, its label first.
PAPER_FRONT = re.compile(
    rf"^{_GAP}[\[【(（]?{_GAP}(?:摘{_GAP}要|關{_GAP}鍵{_GAP}詞|关{_GAP}键{_GAP}词"
    r"|中图分类号|中圖分類號|文献标识码|文獻標識碼|文献标志码|文章编号|文章編號|基金项目|基金項目"
    rf"|收稿日期|作者简介|作者簡介){_GAP}[\]】)）]?{_GAP}[:：]"
)

#: The longest abstract read as front matter.
ABSTRACT_CHARS = 1200


def paper_front(text: str) -> bool:
    """Whether the line *text*, before the text, is a line of a journal paper's front matter."""
    return len(text) <= ABSTRACT_CHARS and PAPER_FRONT.match(text) is not None
