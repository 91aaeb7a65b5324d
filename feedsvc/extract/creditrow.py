"""A row of credits over a magazine's or a review site's text: 撰文：X｜文字編輯：Y｜攝影：Z, each
role with its colon and its name, the roles set apart by bars; the article's credits, never its
first line."""

from __future__ import annotations

import re

#: The roles such a row names: the writer, the editors, the photographer, the designer.
_ROLE = (
    r"(?:撰文|撰稿|文字|作者|記者|记者|採訪|采访|整理|翻譯|翻译|編譯|编译|攝影|摄影|圖片|图片|"
    r"設計|设计|插畫|插画|美編|美编|責編|责编|(?:[\u4e00-\u9fff]{0,4})(?:編輯|编辑))"
)
#: One credit: 撰文：林小蔓, 《城南周刊》網站編輯：Kiki.
_CREDIT = rf"(?:《[^》]{{1,12}}》)?{_ROLE}\s*[:：]\s*[^｜|丨:：。，！？]{{1,20}}?"
#: Two or more credits with bars between them, and nothing else on the line.
CREDIT_ROW = re.compile(rf"^\s*{_CREDIT}(?:\s*[｜|丨]\s*{_CREDIT}){{1,5}}\s*$")


def credit_row(text: str) -> bool:
    """Whether *text* is a row of labelled credits set apart by bars (撰文：X｜編輯：Y)."""
    return len(text) <= 100 and CREDIT_ROW.match(text) is not None
