"""Info-line labels run onto the name before them, where a CMS sets each item in a span of
its own with no space between (作者：周某摄影：李某浏览次数：12)."""

from __future__ import annotations

import re

#: A photographer's, reviewer's, counter's or source's label with its colon, glued to the
#: Chinese text before it: a label, never a name's tail (周某摄 is a credit without a colon).
GLUED_LABEL = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=(?:摄影|审核|终审|浏览次数|阅读次数|点击数|(?:信息|文章|稿件|新闻)来源|(?:发布|发表|录入|更新)时间)\s*[:：])"
)


def space_glued_labels(text: str) -> str:
    """*text* with a space before each such label glued to the name before it."""
    return GLUED_LABEL.sub(" ", text) if "：" in text or ":" in text else text
