"""The salutation that opens a notice or a letter (各单位：, 全校师生：, 亲爱的校友们：, 尊敬的X：):
part of the text, even when it stands in bold on a line of its own like a heading."""

from __future__ import annotations

import re

#: Who a notice or a letter is addressed to, on a short line closing with a colon: 各学院、各部门：,
#: 全体教职工：, 亲爱的南开校友：, 尊敬的各位家长：, 同学们：, 女士们、先生们：.
SALUTATION = re.compile(
    r"^(?:(?:各|全体|全校|全市|全省|全县|全区|亲爱的|親愛的|尊敬的|致)[^。！？：:]{1,24}"
    r"|[^。！？：:]{0,20}(?:们|們|单位|單位|部门|部門|师生|師生|同志|同学|同學|校友|朋友|家长|家長"
    r"|读者|讀者|市民|居民|会员|會員|老师|老師|考生|先生|女士))\s*[:：]$"
)


def salutation(text: str) -> bool:
    """Whether *text* is a notice's or a letter's salutation line (up to 30 characters)."""
    return len(text) <= 30 and SALUTATION.match(text.strip()) is not None
