"""The sources a compiled story names after its writer, with their own reporters.

A paper's web desk signs a story it put together from others' reports with its writer, then
综合 and the sources, each with the reporters it credits in brackets: ``红星新闻记者 黎某 综合
新华社（记者 张某）、新京报（记者李某）等``. The reporters in the brackets wrote the sources,
not this story.
"""

from __future__ import annotations

import re

from .wroteshot import without_wrote_and_shot

#: 综合新华社（记者 张某）、…等: from 综合 (not 综合报道/综合整理, the writer's own word) after
#: a space to the end, when a source there credits people in brackets.
COMPILED_SOURCES = re.compile(
    r"\s+综合(?!报道|報導|報道|整理|编译|編譯)(?=[^（(]{1,20}[（(][^（）()]{2,40}[）)]).*$"
)


def without_compiled_sources(text: str) -> str:
    """*text* without the list of sources a compiled story closes on."""
    return COMPILED_SOURCES.sub("", text)


#: 对本文亦有贡献: the words after the names of a contributors' note ((本报记者甲、实习生乙对本文
#: 亦有贡献)), which credits them as writers.
CONTRIBUTED = re.compile(r"\s*(?:对|對)本文(?:亦|也)?有?(?:贡献|貢獻)")


def credit_of(text: str) -> str:
    """A credit line as its writers read: without a compiled story's sources, the words of a
    contributors' note, and a closing 文/摄 (the writer took the photos too)."""
    return without_wrote_and_shot(without_compiled_sources(CONTRIBUTED.sub("", text)))
