"""Text helpers shared by the extractor: visible lines, labels, and telling people from outlets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4.element import Comment
from bs4.element import NavigableString
from bs4.element import Tag

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption"
    " figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody"
    " td tfoot th thead tr ul title".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template iframe object embed svg canvas select option textarea"
    " button input head".split()
)
SPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u3000\ufeff]+")
COLON = r"\s*[:：]\s*"
#: class/id words of comment sections: their times and names never describe the article.
COMMENT_HINT = re.compile(r"comment|pinglun|pl_|reply|gentie|discuss|评论|留言|cmt", re.I)

#: Family names, for telling a person (王慧慧) from an outlet (人民网).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
    "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
    "苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡钮鞠丰蔺从苑弓尉宿信萧"
    "張劉陳楊黃趙吳鄭謝韓馮鄧蕭許葉蘇魏呂盧薑鍾譚陸範賈韋鄒熊邱閻賀顧龔萬錢嚴湯溫龐聶魯嶽殷"
    "歐關藍紀畢單裴塗蓋駱藍靳饒譚"
    "印奚栗禹郜隗冼阚邴訾逄綦鄢酆谌嵇蒯宓宦阙冀雍茅邝竺"
)
#: Words that mark an organisation, never a person.
ORG_HINT = re.compile(
    r"网|報|报|社|台|局|厅|委|办|院|部|会|中心|政府|新闻|客户端|频道|时报|日报|晚报|周刊|杂志|出版"
    r"|公司|集团|中国|省|市|县|区|署|所|站|微信|公众号|微博|号$|大学|学校|协会|联盟|研究|机构|媒体"
    r"|China|News|Daily|Times|Press|Agency|Xinhua|CCTV|CGTN|\.com|\.cn"
)
#: 来源 values that name no outlet: fall back to the outlet named elsewhere.
GENERIC_SOURCE = re.compile(
    r"^(?:本网|本站|本台|本报|本刊|本网站|网站|原创|转载|转载文章|转自网络|网络|互联网|综合|整理|"
    r"综合整理|网络整理|未知|其他|其它|来源|佚名|不详|无|暂无|默认|编辑部|本网综合|本网原创|"
    r"网络转载|媒体|网友|投稿|自媒体|(?:本网|本站|本台|本报)\S{0,4})$"
)
NOT_NAME = re.compile(
    r"报道|记者|通讯员|编辑|责编|摄影|摄像|实习生|图片|视频|来源|新华社|本报|电$|讯$|電$|综合|整理|"
    r"記者|編輯|報導|简介|介绍|观点|声明|专栏|"
    r"^(?:佚名|本网|本站|未知|匿名|无|不详)$|[0-9:：/|]"
)


#: Han characters, including the extension planes (names such as 王䶮 or 李𠮷).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


@dataclass(frozen=True)
class Line:
    """A visible line of text (a block element's own inline content) and where it sits."""

    text: str
    element: Tag
    in_comments: bool


def squash(text: str) -> str:
    """Collapse every kind of space (NBSP, ideographic, zero-width) into single spaces."""
    return SPACE.sub(" ", text).strip()


def compact(text: str) -> str:
    """*text* without any spaces: for comparing Chinese strings."""
    return SPACE.sub("", text)


def _attr_words(tag: Tag) -> str:
    raw: str | list[str] = tag.get("class") or []
    classes: list[str] = [raw] if isinstance(raw, str) else list(raw)
    ident = tag.get("id") or ""
    return " ".join([*classes, str(ident)])


def attr_words(tag: Tag) -> str:
    """The class names and id of *tag*, space-separated."""
    return _attr_words(tag)


def is_comment_box(tag: Tag) -> bool:
    """Whether *tag* is a comment section (never the page's body or article element)."""
    if tag.name in ("html", "body", "main", "article"):
        return False
    return bool(COMMENT_HINT.search(_attr_words(tag)))


def iter_lines(root: Tag) -> Iterator[Line]:
    """The visible lines under *root*: inline runs joined by spaces, split at block elements."""
    buffer: list[str] = []
    owner: list[Tag] = [root]
    comment_depth = [0]

    def flush() -> Line | None:
        text = squash(" ".join(buffer))
        buffer.clear()
        if text:
            return Line(text, owner[-1], comment_depth[0] > 0)
        return None

    def walk(node: Tag) -> Iterator[Line]:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                buffer.append(str(child))
                continue
            if not isinstance(child, Tag) or child.name in SKIP_TAGS:
                continue
            if child.name == "br":
                line = flush()
                if line:
                    yield line
                continue
            block = child.name in BLOCK_TAGS
            comment = is_comment_box(child)
            if block:
                line = flush()
                if line:
                    yield line
                owner.append(child)
            comment_depth[0] += comment
            yield from walk(child)
            if block:
                line = flush()
                if line:
                    yield line
                owner.pop()
            comment_depth[0] -= comment

    yield from walk(root)
    last = flush()
    if last:
        yield last


def looks_like_person(name: str) -> bool:
    """A Chinese personal name (王慧慧, 欧阳娜娜, 阿布都·热合曼) or a short Latin one."""
    name = name.strip()
    if re.fullmatch(f"[{HAN}]{{2,4}}", name):
        return name[0] in SURNAMES or name[:2] in ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫")
    if re.fullmatch(f"[{HAN}]{{1,8}}[·•][{HAN}]{{1,10}}", name):
        return True
    return bool(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", name))


def looks_like_outlet(name: str) -> bool:
    """Whether *name* can be an outlet: not a person, not generic, not a sentence."""
    name = name.strip()
    if not name or len(name) > 30 or GENERIC_SOURCE.match(name):
        return False
    if re.search(r"[。！？，]", name) or re.fullmatch(r"[\d\W]+", name):
        return False
    if looks_like_person(name) and not ORG_HINT.search(name):
        return False
    return True


def split_names(text: str) -> list[str]:
    """People named in '王洲、刘开雄' or '记者 张三 通讯员 李四': the names, in order."""
    text = re.sub(
        r"(?:本报|本刊|本台|特约|见习|实习|首席)?(?:记者|通讯员|实习生|评论员|摄影|摄像)", " ", text
    )
    text = re.sub(r"(?:报道|摄|撰文|文字|编译|综合)$", "", text.strip())
    # 方 敏: a two-character name set with a space to line up with three-character ones
    text = re.sub(f"(?<![{HAN}])([{HAN}])[ \u3000]([{HAN}])(?![{HAN}])", r"\1\2", text)
    names: list[str] = []
    tokens: list[str] = []
    for token in re.split(r"[、，,；;/|｜\s]+", text):
        if len(token) > 4 and re.search("[和及与]", token):
            tokens.extend(re.split("[和及与]", token))
        else:
            tokens.append(token)
    for token in tokens:
        token = token.strip(" ：:（）()【】[]\"'“”")
        if not token or NOT_NAME.search(token) or len(token) > 12:
            continue
        if re.fullmatch(f"[{HAN}]{{2,4}}", token) or "·" in token or looks_like_person(token):
            names.append(token)
    return names


LIST_WORDS = re.compile(r"hot|tuijian|relat|recommend|list|rank|xgxw|more|side|right", re.I)


def in_list(tag: Tag) -> bool:
    """Whether *tag* sits in a list of other articles (related, hot, recommended...)."""
    for depth, parent in enumerate([tag, *tag.parents]):
        if depth > 4 or parent.name in ("body", "html"):
            return False
        if parent.name in ("li", "dd", "dt") or LIST_WORDS.search(attr_words(parent)):
            return True
    return False
