"""The writers credited after the story: on a line of their own, by a newsroom's credit, or in
brackets closing the last paragraph: ``…又陌生。（青柠）``, ``…里。（林晓晓/文 赵一鸣/摄影）``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block
from .closingcredits import closing_credit
from .closingcredits import closing_newsroom
from .closingcredits import signed_names
from .gluedreporter import glued_reporters
from .metadata import AUTHOR_METAS
from .metadata import Structured
from .nameshape import DOTTED_NAME
from .nameshape import looks_like_pen_name
from .nameshape import looks_like_person
from .nameshape import org_dotted

#: …的落后。（夜雨/文 王五/摄影）: the credit in brackets closing the last paragraph, after its
#: closing punctuation.
CLOSING_BRACKET = re.compile(r"[。！？!?」”…][ \u3000]*[（(](?P<c>[^（）()。，,]{2,40})[）)]\s*$")
#: …回来。（袁某）（新闻编辑：曲某）: the editor's own bracket after the writer's, set aside.
EDITOR_BRACKET = re.compile(
    r"[ \u3000]*[（(](?:(?:新闻|新聞|责任|責任)?(?:编辑|編輯)|责编|責編"
    # (本文来源：某某网-某某报 ): the portal's source tag after the writer's bracket
    r"|(?:本文)?(?:来源|來源))[:：]"
    r"[^（）()]{2,20}[）)]\s*$"
)

#: 林晓晓/文, 文/林晓晓: the writer's piece of a credit naming each role after a slash.
WRITER_PIECE = re.compile(
    rf"(?P<n>[\u4e00-\u9fff·]{{2,4}}|{DOTTED_NAME})\s*[/／]\s*文"
    rf"|文\s*[/／]\s*(?P<m>[\u4e00-\u9fff·]{{2,4}}|{DOTTED_NAME})"
)  # 阿依古丽·买买提/文: a transliterated name, however long


#: （摘自《读者》2019年第2期 张三 文）: a digest's reprint credit closing the story, the writer
#: before 文 after the magazine and its issue (its opening bracket at times lost, a note of
#: the full issue at times after it: …… 详见本刊2019年3期).
DIGEST_CREDIT = re.compile(
    r"(?:摘自|选自|摘编自)\s*《[^《》]{1,30}》[^（）()《》。，,]{0,20}?"
    r"(?<![\u4e00-\u9fff·])(?P<n>[\u4e00-\u9fff·]{2,4})\s*[/／]?\s*文\s*(?:[）)]|$)"
)

#: （作者为某某大学教授）, （作者系…）: a note on who the writer is, after the name.
AUTHOR_NOTE = re.compile(r"作者(?:为|為|系|係|是)")

#: （朱某摄影报道）, （朱某 图文报道）: a reporter's credit for the words and the photos.
REPORTED_TAIL = re.compile(r"\s*(?:摄影报道|攝影報導|图文报道|圖文報導)$")

#: 中国台湾网, 海峡导报, 中新社: the outlet before its writer in a closing bracket.
OUTLET_WORD = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:网|網|报|報|社)$")

#: （成都商报）, （华商报）: a paper or a site alone in the closing brackets, the story's source;
#: its name may read as a person's (成, 钱, 华 are surnames) but it is never the writer.
PAPER_OR_SITE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:报|報|网|網)$")

#: 冬子, 阿木, 小新: the short pen names of a portal's entertainment desk, a diminutive of two
#: characters, credited in brackets closing the story without any meta behind them.
DIMINUTIVE = re.compile(r"^(?:[小阿][\u4e00-\u9fff]|[\u4e00-\u9fff]子)$")
#: Words of that shape that name no one: (孩子), (小组), (阿里).
NOT_DIMINUTIVE = frozenset("孩子 儿子 妻子 日子 样子 例子 种子 小组 小时 小图 小样 阿里".split())
#: （钟 欣）: a two-character name set with a space to line up with three-character ones.
PADDED_PAIR = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")


#: （为保护受访者隐私，灵儿、王云为化名）, （文中人物均为化名）: a note that the story's names are
#: made up, closing the text as a credit would; the people it names are the story's, no writers.
ALIAS_NOTE = re.compile(r"化名|假名")


def closing_names(blocks: Sequence[Block], last: str, structured: Structured) -> list[str]:
    """The writers a credit after the story names: on a line of its own or a newsroom's credit
    (see :mod:`.closingcredits`); else the bracketed credit closing the last paragraph. A note on
    the names being made up is no credit."""
    blocks = [b for b in blocks if len(b.text) > 60 or not ALIAS_NOTE.search(b.text)]
    found = closing_credit(blocks) + closing_newsroom(last) or bracket_writers(last, structured)
    found = found or glued_reporters(last)  # …的。本报记者周某: the credit glued to the text
    found = found or signed_names(blocks)  # 宣传科 邵明远, set flush right under the text
    digest = DIGEST_CREDIT.search(last[-80:])
    return found or ([digest["n"]] if digest and looks_like_person(digest["n"]) else [])


def bracket_writers(last: str, structured: Structured) -> list[str]:
    """The writer of ``（林晓晓/文 赵一鸣/摄影 钱多多/摄像）`` (the one before 文, no photographer);
    the writer after the outlet (（中国台湾网 杨某）); or the name alone in the brackets: a
    person's name, a pen name the author meta gives, or a diminutive pen name (（冬子）); a
    padded name (（钟 欣）) closed up."""
    m = CLOSING_BRACKET.search(EDITOR_BRACKET.sub("", last)[-60:])
    if m is None:
        return []
    pieces = re.split(r"[\s\u3000]+", m["c"].strip())
    writers = [w["n"] or w["m"] for p in pieces if (w := WRITER_PIECE.fullmatch(p))]
    if writers:
        return [n for n in writers if looks_like_pen_name(n) or dotted_writer(n)]
    if len(pieces) == 2 and OUTLET_WORD.search(pieces[0]) and looks_like_person(pieces[1]):
        return [pieces[1]]  # （中国台湾网 杨某）: the site, then its writer
    if len(pieces) == 2 and AUTHOR_NOTE.match(pieces[1]):
        pieces = pieces[:1]  # （保罗·帕尔默 作者为某某大学教授）: the writer, then who they are
    name = REPORTED_TAIL.sub("", " ".join(pieces))  # （朱某摄影报道）: the reporter's credit
    name = name[0] + name[-1] if PADDED_PAIR.fullmatch(name) else name
    if PAPER_OR_SITE.fullmatch(name):
        return []
    metas = {v.strip() for key in AUTHOR_METAS for v in structured.metas.get(key, [])}
    pen = looks_like_pen_name(name) and (name in metas or _diminutive(name))
    return [name] if looks_like_person(name) or pen else []


def _diminutive(name: str) -> bool:
    """Whether a name in closing brackets is a desk's diminutive pen name (冬子, 阿木)."""
    return DIMINUTIVE.match(name) is not None and name not in NOT_DIMINUTIVE


def dotted_writer(name: str) -> bool:
    """Whether a writer credited in closing brackets is a transliterated name (阿依古丽·买买提)."""
    return re.fullmatch(DOTTED_NAME, name) is not None and not org_dotted(name)
