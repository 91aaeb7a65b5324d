"""The reporter credited at the very end of the last paragraph, glued to its last sentence.

A paper's story reposted by a site often loses the line break before its closing credit, so
the credit runs on after the last sentence: ``…不會放棄這個夢想的。”本報記者周逸梅``,
``…各养一个。快报记者宗一多张波（来源：现代快报）``. The role word marks the names; two names
set without a space between them are told apart where only one cut leaves two names (a cut
that leaves a name of two and one of three characters, each starting with a surname).
"""

from __future__ import annotations

import re

from .nameshape import looks_like_person

#: …。本报记者王某某, …。”快报记者甲乙乙（来源：某报）: the credit after the closing sentence.
GLUED_REPORTER = re.compile(
    r"[。！？”」][ \u3000]*(?:[\u4e00-\u9fff]{1,4}?[报報])?(?:记者|記者)"
    r"[ \u3000]*(?P<n>[\u4e00-\u9fff]{2,6})[ \u3000]*"
    r"(?:[（(](?:来源|來源)[:：][^（）()]{2,20}[）)])?\s*$"
)


def glued_reporters(last: str) -> list[str]:
    """The reporters of the credit glued to the end of the last paragraph *last*, or none."""
    m = GLUED_REPORTER.search(last[-40:])
    if m is None:
        return []
    run = m["n"]
    if len(run) <= 3:
        return [run] if looks_like_person(run) else []
    cuts = [
        [run[:i], run[i:]]
        for i in (2, 3)
        if 2 <= len(run) - i <= 3 and looks_like_person(run[:i]) and looks_like_person(run[i:])
    ]
    return cuts[0] if len(cuts) == 1 else []
