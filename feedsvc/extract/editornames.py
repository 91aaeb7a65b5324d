"""The names after an editor label: Han names up to the next label, a Latin name, a login."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import COUNTERS
from .lexicon import CUT_WORDS
from .lexicon import EDITOR_RANK
from .lexicon import INFO_LABELS
from .lexicon import SHORT_EDITOR
from .lexicon import SOURCE_PREFIXED
from .lexicon import cut_at
from .nameshape import DEPARTMENT
from .nameshape import LATIN_NAME as LATIN_FULL_NAME
from .nameshape import NOT_NAME
from .nameshape import ORG_HINT
from .nameshape import looks_like_person
from .nameshape import split_names

#: The other roles of a magazine's credits: 编辑｜王珊 运营｜小山, 编辑 | X 排版 | Y.
CREDIT_ROLES = ("运营", "運營", "出品", "设计", "設計", "排版", "统筹", "統籌", "策划", "策劃")
CREDIT_ROLES_MORE = ("视觉", "視覺", "插图", "插圖", "插画", "插畫", "美编", "美編", "監製", "制图")
#: The voice of an audio post's credits: 编辑|张三 语音|李四 剪辑|王五.
CREDIT_VOICE = ("语音", "語音", "配音", "主播")

#: Editor labels and their rank, with 网编 last: the web editor who posted the story, as portals
#: and news boards credit it below the text, the editor only when no other is named. The intern
#: (实习编辑：A 责任编辑：B, as portals credit a student beside the desk) ranks with the editor on
#: duty: the editor only when no 责任编辑 is named, never joined to one (unlike 见习编辑, a staff
#: grade).
EDITOR_RANKS = {**EDITOR_RANK, "实习编辑": 2, "實習編輯": 2, "网编": 5, "網編": 5}
EDITOR_RANKS |= {"责任编辑人": 0, "責任編輯人": 0}  # 责任编辑人：某某, as some portals' channels
#: （譯者：甲/核稿：乙）: a wire service's copy editor closing a translated story, the editor
#: when no other is named (never joined to a 责任编辑, like the web editor).
EDITOR_RANKS |= {"核稿": 5}

#: What ends the names after an editor label: another label, a counter (编辑：林可 人气：4127),
#: a year, a closing bracket (］, 〕 too: ［责任编辑：X］, 〔责任编辑：X〕), another role of the
#: credits.
EDITOR_CUT = cut_at(
    # 编辑：张三 文章来源：某某: the whole source label, its first word no name
    (
        *SOURCE_PREFIXED,
        *INFO_LABELS,
        *SHORT_EDITOR,
        *CUT_WORDS,
        *COUNTERS,
        "监制",
        "终审",
        "责任",
        "責任",
    )
    + CREDIT_ROLES
    + CREDIT_ROLES_MORE
    + CREDIT_VOICE
    + ("电子信箱", "電子信箱", "邮箱", "郵箱")  # 责编：胡某 电子信箱：…, a desk's mail after
    # 编辑：X 录入时间：…, 发表时间：…, 更新时间：…, 最后修改：…: the time labels of older CMSs
    + ("录入", "錄入", "发表", "發表", "更新", "最后修改", "最後修改"),
    # 责任编辑：张三 见习编辑：李四: the grade before the next editor's label
    r"\d{4}|[】\]］）)〕|｜丨]|(?:见习|見習|实习|實習|值班|流程)(?=编辑|編輯|责编|責編)"
    # 责任编辑：张三初审：张三复审：李四, 一审/二审/三审: the review chain run on without spaces,
    # and the other credits of a media centre: 签发, 值班主任, 摄像, 视频, 图片
    r"|[一二三初复終终]审|签发|簽發|值班主任|摄像|攝像|视频|視頻|图片|圖片",
)


#: An editor named in Latin letters: 责任编辑：Lily Chen.
LATIN_NAME = re.compile(rf"\s*(?P<n>{LATIN_FULL_NAME.pattern})\b")


#: What ends a Latin editor's name: the line's end, a bracket or bar, or the next label of an
#: info line (编辑：Noir　浏览：3681, 编辑：Snow 来源：某某, as game and tech sites set the line).
LATIN_END = r"(?:\s*(?:$|[\]】）)|｜丨])|[ \u3000]+(?=[\u4e00-\u9fff]{2,4}\s*[:：]))"


#: 网编：Auspicious, 编辑：Snow: an editor by one capitalised Latin word, all the label's value.
LATIN_WORD = re.compile(rf"\s*(?P<n>[A-Z][a-z]{{2,15}}){LATIN_END}")
NOT_LATIN_EDITOR = re.compile(
    r"Admin|Administrator|Editor|Staff|Guest|Unknown|Anonymous|News|Official"
)


#: 责任编辑：alonliu, 责任编辑：jl, a portal's editor named by the staff login the CMS shows, as
#: long as a name or as short as its initials (not a desk code of one letter and digits,
#: 流程编辑：u008, which names no one).
STAFF_LOGIN = re.compile(rf"\s*(?P<n>(?![a-z]\d+\b)[a-z][a-z0-9_]{{1,19}}){LATIN_END}")


#: 本文责编：@Mintow, a writing platform's editor named by the @-mention of an account.
AT_HANDLE = re.compile(r"\s*[@＠]\s*(?P<n>[A-Za-z][A-Za-z0-9_.-]{1,19})\b")


#: 责任编辑：橘子汽水君: a pen name of five or six characters, all the label's value.
LONG_PEN_NAME = re.compile(r"\s*(?P<n>[\u4e00-\u9fff]{5,6})\s*(?:$|[\]】）)|｜丨])")


#: 系统管理员, 网站管理员: the CMS's default account, which names no person.
CMS_ACCOUNT = re.compile(r"管理员|管理員|超级用户|超級用戶|系统|系統")


#: 责任编辑：澎湃号·政务, 百家号: a platform's channel of accounts in the editor's place.
CHANNEL = re.compile(r"[号號](?:[·・]|$)")


def editor_names(value: str) -> list[str]:
    """The people after an editor label: a Latin name, a login, an @-mentioned account, a
    long pen name, else the Han names up to the next label."""
    latin = LATIN_NAME.match(value) or STAFF_LOGIN.match(value) or AT_HANDLE.match(value)
    latin = latin or LATIN_WORD.match(value)
    if latin and not NOT_LATIN_EDITOR.fullmatch(latin["n"]):
        return [latin["n"]]
    pen = LONG_PEN_NAME.match(value)
    if (
        pen
        and not ORG_HINT.search(pen["n"])
        and not NOT_NAME.search(pen["n"])
        and not CMS_ACCOUNT.search(pen["n"])
        and not EDITOR_CUT.search(pen["n"])  # 编辑丨夏雨桐审核丨李卫东: the next credit's label
    ):
        return [pen["n"]]
    cut = EDITOR_CUT.search(value)
    if cut:
        value = value[: cut.start()]
    return [
        n
        for n in split_names(value)
        if (looks_like_person(n) and not CHANNEL.search(n))
        or (
            re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n)
            and not CMS_ACCOUNT.search(n)
            and not DEPARTMENT.search(n)  # 责编：杨某、总编室: the desk that signs it off
        )
    ]


#: 王介村 / 編輯: the editor with the role after the name, alone on a line of the story's end.
ROLE_AFTER_EDITOR = re.compile(
    r"^\s*(?P<n>[\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,2})\s*[/／]\s*"
    r"(?:責任|责任)?(?:編輯|编辑)\s*$"
    # (佑安 编辑), （林可 编辑）: the same credit in brackets, as overseas Chinese portals close
    r"|^\s*[(（]\s*(?P<p>[\u4e00-\u9fff]{2,4})[ \u3000]+(?:編輯|编辑)\s*[)）]\s*$"
)


def editor_before_role(texts: Iterable[str]) -> str | None:
    """The editors of the first line that credits them before the role (王介村 / 編輯, as
    Taiwanese broadcasters close a story; (佑安 编辑)); None when no line does."""
    for text in texts:
        m = ROLE_AFTER_EDITOR.match(text) if len(text) <= 24 else None
        if m and m["p"]:
            names = editor_names(m["p"])  # a name the brackets give the editor's role
        else:
            names = [n for n in split_names(m["n"]) if looks_like_person(n)] if m else []
        if names:
            return "、".join(names)
    return None
