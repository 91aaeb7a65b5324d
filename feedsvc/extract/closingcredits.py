"""Credits closing the text: a newsroom's reporters, a paragraph's slash credit, a credit line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block
from .bylineforms import SPACED_REPORTED
from .lexicon import DATELINE_PLACES
from .nameshape import ORG_HINT
from .nameshape import SPACED_NAME
from .nameshape import looks_like_person
from .nameshape import people_in
from .nameshape import split_names

#: （民視新聞／李孟霖、林柏翰 台北報導）, （東南新聞林佳蓉、吳志明 台南報導）: a newsroom's credit
#: closing the text, its reporters after the newsroom (and a slash).
CLOSING_NEWSROOM = re.compile(
    r"[（(]\s*[^（）()／/]{2,12}?(?:新聞|新闻)[網网台]?\s*[／/]?\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:(?:\s*[、，,]\s*|[ \u3000]+)[\u4e00-\u9fff·]{2,4}){0,4})"
    r"[ \u3000]*(?:" + DATELINE_PLACES + r"|綜合|综合)?(?:報導|报道)\s*[）)]\s*$"
)


def closing_newsroom(last_paragraph: str) -> list[str]:
    """The reporters of a newsroom's credit closing the text: （民視新聞／李孟霖 台北報導）."""
    m = CLOSING_NEWSROOM.search(last_paragraph[-60:])
    if m or len(last_paragraph) > 40:
        return people_in(m)
    # 某某卫视 甲某 乙某 北京报道: the broadcaster, its reporters and the place, closing
    m = SPACED_REPORTED.match(last_paragraph.strip())
    found = split_names(m["n"]) if m and m.end() == len(last_paragraph.strip()) else []
    found = found[1:] if found and ORG_HINT.search(found[0]) else []
    return found if found and all(looks_like_person(n) for n in found) else []


#: …照顧𪜶。」報導．攝影／林佩蓉, …的期待。文／王小明: a Taiwanese paper's credit run onto the
#: end of the lead (or last) paragraph, after its closing punctuation, unbracketed.
PARAGRAPH_SLASH_CREDIT = re.compile(
    r"[。！？」”](?:報導|報道|报道|採訪|采访|撰文|文)(?:\s*[．・.、]\s*(?:攝影|摄影|圖|图))?"
    r"\s*[／/╱]\s*(?P<n>[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4}){0,3})\s*$"
)


def paragraph_slash_credit(paragraph: str) -> list[str]:
    """The writers of a credit closing a paragraph: ``…照顧𪜶。」報導．攝影／林佩蓉``."""
    return people_in(PARAGRAPH_SLASH_CREDIT.search(paragraph[-40:]))


#: （李华 摄）, （王芳）, （新浪娱乐 许安/文）: a paragraph of its own closing the text, the
#: reporter's credit (a portal's channel before the name is no person); （党群工作部 王娜 文/图）:
#: a company's or a college's department, then the writer who took the pictures too.
CLOSING_CREDIT = re.compile(
    r"^[（(]\s*(?P<n>[\u4e00-\u9fff·]{2,8}(?:[、，,\s]+[\u4e00-\u9fff·]{2,8}){0,3})"
    r"\s*(?:[/／]\s*(?=文))?(?:摄|攝|文(?:\s*[/／]\s*[图圖])?|[图圖]\s*[/／]\s*文)?\s*[）)]$"
)


#: 赵豪 文/图, 林某 图/文: the writer who took the pictures too, unbracketed on the line that
#: closes the text (a college's news).
CLOSING_ROLE_LINE = re.compile(
    r"^(?P<n>[\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4}){0,2})\s*"
    r"(?:文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文)$"
)


#: （摄影、供稿：金某）, （文字：王某）: the roles before a colon, the writer's among them.
CLOSING_SUPPLIED = re.compile(
    r"^[（(]\s*(?:(?:摄影|攝影|图片|圖片|摄|攝)\s*[、，,/／]\s*)?(?:供稿|撰稿|文字|文)\s*[:：]\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[）)]$"
)


#: 張家豪、李慧儀、麥浩 北京報道: a Hong Kong paper's reporters on a line of their own under the
#: text, the place and 報道 after their names; （甄妮 / 綜合報導）: bracketed, a slash before.
CLOSING_REPORTED = re.compile(
    r"^(?P<o>[（(])?(?P<n>[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4}){0,9})[ \u3000]*"
    r"(?:(?(o)[/／])[ \u3000]*)?(?:"
    + DATELINE_PLACES
    + r"|綜合|综合)?(?:報道|報導|报道)(?(o)[）)])$"
)


#: The roles of an editing chain closing the text: 编辑 X 审核 Y 终审 Z.
EDITING_ROLE = re.compile(
    r"(?:责任)?编辑|責任編輯|责编|[初复终]?审|審核|审核|校对|校對|审校|监制|统筹"
)


def closing_credit(text_blocks: Sequence[Block]) -> list[str]:
    """The people of a credit closing the text on a line of its own: ``（李华 摄）``; or of a
    line of reporters among the last lines: ``張家豪、李慧儀 北京報道``."""
    for block in text_blocks[-1:]:
        # （陈 静，徐 超）, （马 骏 摄）: two-character names set with a space, as print lays them
        text = SPACED_NAME.sub(r"\1\2", block.text.strip())
        m = CLOSING_CREDIT.match(text) or CLOSING_ROLE_LINE.match(text)
        m = m or CLOSING_SUPPLIED.match(text)
        found = split_names(m["n"]) if m else []
        # （编辑 刘星宇 审核 江文博）: a chain of editing roles, no reporter among them
        if found and not any(EDITING_ROLE.fullmatch(n) for n in found):
            return [n for n in found if looks_like_person(n)]
    for block in text_blocks[-6:]:
        m = CLOSING_REPORTED.match(block.text.strip())
        found = split_names(m["n"]) if m else []
        if found and all(looks_like_person(n) for n in found):
            return found
    return []


#: 宣传科 邵明远, 内二党支部 郭彤阳, 孙丽慧、曹莉: a signature set flush right under the text,
#: an institution's unit (its name ending in 科, 部, 处, 支部…) before its writers' names.
SIGNATURE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,12}(?:科|部|处|處|办|辦|组|組|中心|室|站|所|院|局|队|隊|委|会|會|系)"
    r"[ \u3000]+)?(?P<n>[\u4e00-\u9fff·]{2,4}(?:(?:[、，,]|[ \u3000]+)[\u4e00-\u9fff·]{2,4}){0,4})$"
)

#: 2019年11月11日, 2019-11-11: the day a signature may carry on the line under it.
SIGNED_DAY = re.compile(
    r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?$|^\d{4}([-./])\d{1,2}\1\d{1,2}$"
)


def signed_names(text_blocks: Sequence[Block]) -> list[str]:
    """The writers of a signature set flush right closing the text (``宣传科 邵明远``), a line
    with its day allowed under it: an institution's news signs its stories so."""
    at = len(text_blocks) - 1
    if at > 0 and SIGNED_DAY.match(text_blocks[at].text.strip()):
        at -= 1
    if at < 1 or not text_blocks[at].flush_right:
        return []  # a signature closes a text, under at least one paragraph
    m = SIGNATURE.match(text_blocks[at].text.strip())
    found = split_names(m["n"]) if m else []
    return found if found and all(looks_like_person(n) for n in found) else []
