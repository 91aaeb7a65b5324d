"""The names after a byline label (作者：, 记者, 文/): cut at the next label or credit's role."""

from __future__ import annotations

import re

from .bylineforms import LATIN_PEN_NAME
from .bylineforms import PHOTO_CREDIT_END
from .gluedroles import unglue_roles
from .handlename import handle_name
from .handlename import placeholder_account
from .lexicon import COUNTERS
from .lexicon import DATE
from .lexicon import EDITOR_RANK
from .lexicon import PLACES
from .lexicon import POST_META
from .lexicon import PUBLISH
from .lexicon import SOURCE
from .lexicon import SOURCE_PREFIXED
from .lexicon import TIME
from .lexicon import cut_at
from .longpen import credited_name
from .nameshape import ORG_HINT
from .nameshape import SPACED_NAME
from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person
from .nameshape import split_names
from .personname import latin_name
from .sentfrom import without_places
from .towns import TOWNS

#: 文/陈思远, 图文｜X; 文/图：X, 图/文：X, 文图：X with a colon (the writer took the pictures too);
#: 文·图/X and 文、图/X with a dot or a stop between the two roles; 文：X, as overseas papers'
#: info lines and Malaysian and Singapore pages write it.
WEN_LABEL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:(?:文\s*[/／、]\s*[图圖]|[图圖]\s*[/／、]\s*文|文图|图文|文圖|圖文|文)\s*[:：]"
    r"|(?:文|文图|图文|文圖|圖文|文\s*[·・•、]\s*[图圖]|[图圖]\s*[·・•、]\s*文)\s*[/／｜|丨])"
    r"\s*(?P<v>[^|｜丨\n【】（）()]{2,40})"
)


#: 文/陈思远 图/刘一鸣 审核/张建国, 作者：李文静  摄影：赵凯, 記者／甲 首圖／乙: the next role of a
#: credits line (photographer, cover photo, reviewer, proofreader) ends the writers; so does
#: the translator's of a translated piece (作者：Jane Doe 译者：王某).
CREDIT_ROLE = (
    r"\s(?:首?图|首?圖|摄影|攝影|摄|攝|审核|審核|初审|复审|终审|校对|校對|审校|排版|美编"
    r"|译者|譯者|翻译|翻譯)\s*[/／:：]"
    r"|(?<=[\u4e00-\u9fff])(?:审核|審核|审稿|審稿|校对|校對|审校)\s*[:：]"  # 编译：李仙审稿：朱某
    # 記者 甲 / 攝影 乙 / 高雄 地區報導: a television newsroom's credits, each after a slash
    r"|\s[/／]\s*(?:摄影|攝影|摄像|攝像)\s"
)


#: 文｜陳思妤　攝影｜林俊耀: the next credit's role word, before its own separator.
NEXT_CREDIT = re.compile(r"[ \u3000]+[\u4e00-\u9fff]{1,4}$")


#: 文/晓禾 摄像/孟凡: the next credit after the writer's, its role word and slash.
SLASHED_CREDIT = re.compile(r"\s+[\u4e00-\u9fff]{1,4}\s*[/／]")


def before_next_credit(text: str, m: re.Match[str]) -> str:
    """The names after 文｜ up to the next credit of a credits line (攝影｜, 設計／, 摄像/)."""
    if text[m.end() : m.end() + 1] in ("/", "／", "｜", "|", "丨"):
        return NEXT_CREDIT.sub("", m["v"])
    return SLASHED_CREDIT.split(m["v"])[0]


AUTHOR_CUT = cut_at(
    # 撰文者：許凱玲編譯發表日期：: the translation and the date run into the name
    (
        *SOURCE_PREFIXED,
        *SOURCE,
        *EDITOR_RANK,
        *PUBLISH,
        *TIME,
        *DATE,
        *COUNTERS,
        "职务",
        "職務",
        "發表",
        "发表",
    )
    + ("更新时间", "更新日期", "更新時間", "出版：", "出版:")  # 更新时间：…, 撰文：X出版：
    + ("最後更新", "最后更新", "刊登日期")  # 撰文：X 最後更新：…, 撰文：X 刊登日期：…
    + ("录入", "錄入")  # 作者：X 录入时间：…, an old CMS's posting time
    # 作者：X 分类：网络 标签：…: a blog theme's post info, the post's category after the writer
    + tuple(f"{w}{c}" for w in ("分类", "分類", "栏目", "欄目", "标签", "標籤") for c in "：:")
    + tuple(f"{w}{c}" for w in ("Tags", "Tag", "tags", "TAGS") for c in "：:")  # Tags：博客 备案
    + POST_META,  # 作者：X 分类于 运维: the label with no colon, run into the name
    # 作者：lee_1987: the digits of a Latin handle are the name's; a date glued on is not
    rf"{CREDIT_ROLE}|(?<![A-Za-z0-9_.-])\d{{4}}|\d{{4}}(?=[-/.年]\d)"
    # 記者甲、乙／連線報導: the dateline after the slash (連線, 專題, a place) is no name
    r"|[／/╱]\s*[\u4e00-\u9fff]{0,4}(?:外電|外电)?(?:报道|報導|報道|报导)(?=\s|$)"
    r"|[。；！？]|电$|電$|报道$|報導$|報道$|报导$|消息$|编译|編譯|$"
    r"|\s(?:分类|分類|标签|標籤)(?=\s)"  # 作者：X 标签 运维: the bare label, spaced off
    # 作者:李梅综合报道 选稿:桑怡: the writer who compiled the report, another label after it;
    # 本报讯 通讯员王某报道：: a company paper's lead (記者蘇樂深圳報道：, the place before it)
    r"|(?:综合|綜合)?(?:报道|報導|報道|报导)(?=\s)"
    r"|(?:" + PLACES + r")?(?:报道|報導|報道|报导)(?=\s*[:：])"
    # 本报记者 张三，通讯员 李四 王五: a comma before the correspondents does not end the names
    r"|，(?!\s*(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者))"
    # 大纪元记者李明台北报导: the place of the dateline before 报导 is not part of the name
    r"|(?:" + PLACES + r")(?:综合|綜合)?(?:报道|報導|报导|報道)(?=\s|$)"
    # 記者林明豐原報導, 记者张三义乌报道: a town's, two characters of the name before it at least
    # (林永和報導 is 林永和's, not 永和's)
    r"|(?<=[\u4e00-\u9fff]{2})(?:"
    + TOWNS
    + r")(?:综合|綜合)?(?:报道|報導|报导|報道)(?=\s*[:：]|\s|$)"
    # 记者 张三 实习记者 李四 摄影报道: the reporters took the pictures too
    r"|\s*(?:摄影|攝影|图文|圖文)(?:报道|報導|報道)$"
    # 郭建华/文 李威/图: the role after the name, the photographer's ends the writers
    r"|\s[\u4e00-\u9fff·]{2,4}\s*[/／]\s*(?:图|圖|摄|攝)(?![\u4e00-\u9fff])"
    # 文字 蔣宜婷 攝影 林彥廷 設計 黃禹禛: a credits list's next role, its name after a space
    # (not a newsroom's 攝影 王大明 報導, where the cameraman reports too)
    r"|\s(?:攝影|摄影|設計|设计|插畫|插画|剪輯|剪辑)\s+(?=[\u4e00-\u9fff·]{2,4}(?:\s|$))"
    r"(?!.*(?:報導|报道))"
    # 每经记者 刘明 每经编辑 陈星: the outlet's short name before the editor's role (not a name
    # the editor's label runs on to: 记者：丁一帆 彭雪编辑：刘佳)
    r"|\s[\u4e00-\u9fff]{2,4}(?=(?:编辑|編輯)(?!\s*[:：︰|｜丨]))",
)


#: 作者：网友：梓冥: a reader's contribution, credited to the reader as 网友 before the name.
READER_CREDIT = re.compile(r"^\s*(?:网友|網友)\s*[:：]\s*(?=\S)")


#: 文字： 大 中 小: the text-size picker beside an info line, no writer after 文字.
SIZE_PICKER = re.compile(r"^\s*[大中小]\s+[大中小]\s+[大中小](?![\u4e00-\u9fff])")


#: 作者：甲某，乙某 / 本报记者 甲某，乙某: the comma between two writers, the line holding names
#: alone after it (up to its end or the next credit's label); not 作者：甲某，某大学教授.
COMMA_NAMES = re.compile(
    r"^，\s*(?P<n>[\u4e00-\u9fff·]{2,10}(?:\s*[，、]\s*[\u4e00-\u9fff·]{2,10}){0,3})"
    r"\s*(?:$|\s+[\u4e00-\u9fff]{1,6}\s*[:：/／｜|丨]"
    # 记者 甲某，乙某 通讯员 丙某: the correspondents' role after the reporters
    r"|(?P<role>\s+(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者))"
    # 记者 甲某，乙某 编辑 丁某: the editor's role, unlabelled by a colon, after the reporters
    r"|\s+(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s)"
)


#: 作者：甲某，高级记者 / ，江苏南京人: the writer's post or home after the comma, no name.
POST_WORD = re.compile(
    r"(?:记者|記者|编辑|編輯|教授|老师|老師|律师|律師|医生|醫生|博士|硕士|主任|主编|作家|学者|學者"
    r"|专家|專家|人)$"
)


def after_comma(rest: str) -> list[str]:
    """The further writers after a comma that cut a byline's names (``，乙某``), if all are."""
    rest = SPACED_NAME.sub(r"\1\2", rest)
    m = COMMA_NAMES.match(rest)
    found = split_names(m["n"]) if m else []
    ok = all(
        looks_like_person(n)
        and not ORG_HINT.search(n)
        and not POST_WORD.search(n)
        and (len(n) <= 4 or "·" in n)
        for n in found
    )
    if not ok:
        return []
    return found + label_names(rest[m.end() :]) if m and m["role"] else found


def label_names(value: str, pen: bool = False) -> list[str]:
    """The people after a byline label; with *pen* (a label with its colon or slash: 作者：,
    执笔/), pen names too, whatever their first character."""
    if SIZE_PICKER.match(value) or _keyword_list(value):
        return []
    value = READER_CREDIT.sub("", value) if pen else value
    whole = value = without_places(value)  # 王小青 发自香港: the place filed from is no name
    cut = AUTHOR_CUT.search(value)
    value = unglue_roles(value[: cut.start()] if cut else value)
    first, *rest = value.split() or [""]
    if PHOTO_CREDIT_END.search(value) or pen and placeholder_account(first):
        return []  # 作者：admin 经验之谈: the template's account, then the post's category
    if pen and rest and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", rest[0]):
        if LATIN_PEN_NAME.fullmatch(first) or handle_name(first):
            return [first]  # 作者：Aslan 无关技术: the writer's account, then the category
    names = [
        n for n in split_names(value) if looks_like_person(n) or pen and looks_like_pen_name(n)
    ]
    if cut and names and cut.group() == "，":
        names += after_comma(whole[cut.start() :])
    if pen and (LATIN_PEN_NAME.fullmatch(value.strip()) or latin_name(value)):
        names = [" ".join(value.split())]  # 作者：Rainy, 作者: Alan Wei, a Latin name alone
    handle = handle_name(value) if pen and not names else None
    names = [handle] if handle else names  # 作者：zhou_xiaobai, a blog's account handle
    if not names:
        names = credited_name(value, whole, pen)
    return names


def _keyword_list(value: str) -> bool:
    """Whether a byline label's value is the site's search keywords, as a company's template
    fills its 作者 field (作者：陕西板式换热器，陕西换热站安装，西安换热机组，某某有限公司)."""
    items = re.split(r"[，,]", value.strip().split(" ")[0])
    words = all(re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}", i) for i in items[:4])
    return len(items) >= 3 and words and sum(len(i) >= 5 for i in items) >= 2
