"""A dateline's town ends the reporter's name before it; a name holding a town's word is kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from feedsvc.extract.bylinenames import label_names
from feedsvc.extract.leadbrackets import lead_bracket_writers
from feedsvc.extract.leadreporters import lead_reporters

BRACKETED = lead_bracket_writers
UNBRACKETED = lead_reporters
BYLINE = label_names


@pytest.mark.parametrize(
    ("read", "text", "names"),
    [
        (BRACKETED, "（中央社記者林明豐原3日電）", ["林明"]),
        (BRACKETED, "（中央社記者陳小華花蓮縣5日電）", ["陳小華"]),
        (BRACKETED, "（記者王大同新竹縣竹北市報導）", ["王大同"]),
        (BRACKETED, "（中央社記者張明鳳山5日電）", ["張明"]),
        (BRACKETED, "（中央社記者陳永和3日電）", ["陳永和"]),  # no name of one character
        (BRACKETED, "（記者李中和板橋報導）", ["李中和"]),
        (BRACKETED, "（記者張永康報導）", ["張永康"]),
        (UNBRACKETED, "記者王大同新竹縣竹北市報導市府今天宣布", ["王大同"]),
        (UNBRACKETED, "中央社記者林明豐原3日電行政院今天", ["林明"]),
        (UNBRACKETED, "记者周立义乌报道：当地", ["周立"]),
        (UNBRACKETED, "【大公報訊】記者何小文觀塘報道：區內", ["何小文"]),
        (UNBRACKETED, "記者陳三重板橋報導市府今天", ["陳三重"]),
        (UNBRACKETED, "記者林永和台北報導市府今天", ["林永和"]),
        (BYLINE, "林明豐原報導", ["林明"]),
        (BYLINE, "陳大明板橋報導", ["陳大明"]),
        (BYLINE, "李晓明义乌报道", ["李晓明"]),
        (BYLINE, "林永和報導", ["林永和"]),
        (BYLINE, "陈海宁报道", ["陈海宁"]),  # 海宁 stands for the city only as 海宁市
    ],
)
def test_town_ends_name(read: Callable[[str], list[str]], text: str, names: list[str]) -> None:
    assert read(text) == names
