"""The writers a lead names in its brackets: （记者 X）, （文/X 图/Y）, 新华社…电（X、Y）."""

from __future__ import annotations

import re

from .bylineforms import SLASH_BYLINE
from .bylinenames import CREDIT_ROLE
from .bylinenames import WEN_LABEL
from .bylinenames import before_next_credit
from .bylinenames import label_names
from .lexicon import DATELINE_PLACES
from .nameshape import looks_like_person
from .nameshape import split_names
from .penlead import bracket_writers

#: 中央社記者陳昱婷台北5日電, 台灣醒報記者莊曉琪台北報導: the reporter's name runs into the place
#: of the dateline (whose day older wires write in words: 台北十二日電); 【某侨报网编译段某1月30日
#: 报道】: an overseas paper's translator, the site's name before the role, the day after the name.
#: 【某报网特约记者林某编译报道】: the reporter who translated the story, 编译 before 报道.
#: 中央社記者甲某、乙某台北29日電: several reporters, the last one's name running into the place;
#: 中央社記者甲某台北14日綜合外電報導: the reporter who compiled the wires; 中央社駐東京特派員
#: 甲某東京3日專電: the correspondent abroad.
DATELINE_REPORTER = re.compile(
    r"(?:記者|记者|特派員|(?<=[网網报報])(?:编译|編譯))\s*"
    r"(?P<others>(?:[\u4e00-\u9fff·]{2,4}、)*)(?P<name>[\u4e00-\u9fff·]{2,7}?)\s*"
    r"(?P<place>" + DATELINE_PLACES + r")?\s*(?:\d{1,2}月)?"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日"
    r"(?:(?:专|專)?(?:电|電)|(?:綜合外電|综合外电|綜合|综合)?(?:報導|报道))"
    r"|(?:綜合|综合|編譯|编译)?(?:報導|报道|报导)$)"
)


#: 〔編譯許元馨／綜合外電報導〕: the desk's translator, the role word before the name and the slash.
TRANSLATOR_FIRST = re.compile(r"^\s*(?:編譯|编译)(?=[\u4e00-\u9fff·]{2,4}\s*[／/╱])")


XINHUA_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,6}(?:(?:[、，,]| )[\u4e00-\u9fff·]{2,6}){0,4}")


#: The bracket of a dateline: （新华社…）, 〔記者陳文嬋／高雄報導〕, 【王家俊／台北報導】.
DATELINE_PAREN = re.compile(r"[（(〔【\[［]([^（()）〔〕【】\[\]［］]{2,60})[）)〕】\]］]")


#: （作者：叶某）, （通讯员：满某）: the writer's role and a colon, as a campus story or a reprint
#: opens its first paragraph: the name after the colon is the writer's, a pen name too.
COLON_CREDIT = re.compile(r"^\s*(?:作者|撰文|记者|記者|通讯员|通訊員)\s*[:：]\s*(?P<v>\S.*)$")


def lead_bracket_writers(head: str) -> list[str]:
    """The writers a lead names in its brackets: （记者 X）, （文/X 图/Y）, 新华社…电（X、Y）."""
    names: list[str] = []
    for m in DATELINE_PAREN.finditer(head):
        inner = m.group(1)
        if head[: m.start()].rstrip().endswith(("电", "電")) and XINHUA_NAMES.fullmatch(inner):
            # 新华社北京5月19日电（刘艺、杨吉）, 中新网…电 (甲某 乙某): the reporters, unlabelled
            names += [n for n in split_names(inner) if looks_like_person(n)]
            continue
        wired = DATELINE_REPORTER.search(inner)
        if wired:
            name = wired["name"]
            names += [n for n in wired["others"].split("、") if looks_like_person(n)]
            names.append(name[:3] if len(name) > 4 and not wired["place"] else name)
            continue
        staff = re.search(r"记者|通讯员|实习生|作者|文/|記者|通訊員|特派員", inner)
        if staff or TRANSLATOR_FIRST.match(inner):
            if re.search(r"[摄攝]\s*$", inner):
                continue
            # （文/何雨 图/陈光）: not the photographer
            writers = re.split(CREDIT_ROLE, TRANSLATOR_FIRST.sub("", inner))[0]
            if colon := COLON_CREDIT.match(writers):
                names += label_names(colon["v"], pen=True)
                continue
            pen = WEN_LABEL.match(writers)  # （文/少言 摄像/毛杰）: the writer's pen name alone
            names += (
                label_names(before_next_credit(writers, pen), pen=True)
                if pen
                else bracket_writers(writers)
            )
        elif SLASH_BYLINE.match(inner) and m.start() <= 2:
            names += [n for n in split_names(inner) if looks_like_person(n)]
    return names
