"""The editors a page credits: every name after an editor label, which labels join."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence

from .editornames import EDITOR_RANKS
from .editornames import editor_before_role
from .editornames import editor_names
from .handlename import placeholder_account
from .hiddencopy import hidden_copy
from .lexicon import EDITOR_RANK
from .lexicon import alternation
from .nameshape import looks_like_person
from .sitefooter import in_site_footer
from .storyitem import story_card
from .text import Line

EDITOR_LABEL = re.compile(
    rf"(?P<label>{alternation(*EDITOR_RANKS)})"
    # 编辑/王晓, 界面新闻编辑 | 许悦, 責任編輯／羅暐智, 责编|沈知夏: a slash or a bar after a label
    r"(?:\s*[:：︰]\s*|(?<=编辑|編輯|责编|責編)\s*[/／|｜丨]\s*(?=[\u4e00-\u9fff])"
    # …but not 制作/编辑/刻录工具: a list of verbs a blurb gives
    r"(?<![\u4e00-\u9fff][/／](?:编辑|編輯|责编|責編)[/／])"
    # 编辑 周褶褶 ｜ 排版 魏蔚, 编辑 张磊 校对 刘军, 记者 甲 编辑 乙 2015-04-10 21:12: a credits
    # line without colons, or a byline with its date after (the value keeps its space)
    r"|(?=[ \u3000]+[\u4e00-\u9fff·]{2,4}\s*"
    r"(?:$|[|｜丨）)\]】]|(?:校对|校對|审校|审核|排版|美编)\s|(?<=\s)(?:19|20)\d{2}[-/.年])))"
)


#: Editor labels whose people are joined: the 责任编辑 and the 编辑 a page names both credit the
#: edit; a chief editor (主编), a web editor (网编) and the editor on duty (值班编辑, as media
#: centres and their accounts credit the shift beside the 责任编辑) are other roles.
JOINED_EDITORS = frozenset(
    label for label in EDITOR_RANK if label not in ("主编", "主編", "值班编辑")
)


def find_editor(lines: Sequence[Line], title_at: int | None) -> str | None:
    """The editors: every name after an editor label (编辑：A … 责任编辑：B → A、B) in page
    order; when only a 主编 is named, the 主编."""
    best: tuple[int, int, str] | None = None
    joined: list[tuple[int, str, list[str]]] = []
    for i, _line, label, value in editor_labels(lines, title_at):
        # 杨倩_NF4425, 顾南星_NOHZH20417, 周圆_zhouyuan, 刘潇(ZN028): a staff code or login after
        # the name, or the staff code in brackets
        value = re.sub(
            r"(?<=[\u4e00-\u9fff])(?:_(?:[A-Za-z]{0,6}\d+|[a-z]{2,20}\b)|[(（][A-Z]{1,4}\d{2,6}[)）]?)",
            "",
            value,
        )
        # 责任编辑：admin: the account a template prints when nobody is named, no editor
        names = [n for n in editor_names(value) if not placeholder_account(n)]
        if value[:1].isspace():
            names = [n for n in names if looks_like_person(n)][:1]  # 编辑 周褶褶 ｜ 排版
        if not names:
            continue
        rank = EDITOR_RANKS[label]
        if label in JOINED_EDITORS:
            joined.append((i, label, names))
        if best is None or rank < best[0]:
            best = (rank, i, "、".join(names))
    if joined:
        kept = [
            n for i, label, names in joined if not _in_text(lines, i, label, joined) for n in names
        ]
        return "、".join(dict.fromkeys(kept))
    after = (line.text for line in lines[title_at or 0 :] if not line.in_comments)
    return best[2] if best else editor_before_role(after)


#: A sentence of the article: 20 characters or more ending as a sentence does.
SENTENCE_LINE = re.compile(r"^.{19,}[。！？!?…]\s*$")
DUTY_LABELS = frozenset({"责任编辑", "責任編輯", "责编", "責編"})


def _in_text(
    lines: Sequence[Line], at: int, label: str, joined: list[tuple[int, str, list[str]]]
) -> bool:
    """Whether the plain 编辑 credit at line *at* sits inside the text: a sentence of the
    article just before it and two or more between it and a 责任编辑 named later (a reprinted
    post's own credit, mid-page). The 责任编辑 alone is the editor of record then; a credit
    after the byline or among the closing credits (作者 … 编辑 …) is joined."""
    if label not in ("编辑", "編輯") or at == 0:
        return False
    duty = [i for i, other, _ in joined if i > at and other in DUTY_LABELS]
    if not duty or not SENTENCE_LINE.match(lines[at - 1].text.strip()):
        return False
    between = (line.text.strip() for line in lines[at + 1 : duty[0]])
    return sum(1 for text in between if SENTENCE_LINE.match(text)) >= 2


#: The desks whose 编辑 edits no text: pictures, video, art; and the reviews before the
#: 责任编辑 (初审编辑：A 责任编辑：B), no editor beside it.
OTHER_DESKS = frozenset(
    {"图片", "圖片", "视频", "視頻", "美术", "美術", "初审", "初審", "复审", "複審"}
)


def editor_labels(
    lines: Sequence[Line], title_at: int | None
) -> Iterator[tuple[int, Line, str, str]]:
    """Each editor label from ten lines above the headline on, outside comments: the line's
    index, the line, the label and the 40 characters after it; those the page shows, when it
    shows any (not a hidden block's: <div style="display:none">编辑：… 责任编辑：待二审)."""
    found = list(_editor_labels(lines, title_at))
    found = [hit for hit in found if story_card(hit[1].element) is None]  # another story's card
    shown = [hit for hit in found if not hidden_copy(hit[1].element)]
    return iter(shown or found)


def _editor_labels(
    lines: Sequence[Line], title_at: int | None
) -> Iterator[tuple[int, Line, str, str]]:
    """The steps of :func:`editor_labels`."""
    anchor = title_at or 0
    for i, line in enumerate(lines):
        if line.in_comments or i < anchor - 10:
            continue
        for m in EDITOR_LABEL.finditer(line.text):
            # 图片编辑：陈景, 视频编辑 after the 责任编辑: the picture or video desk, no text editor
            if line.text[max(0, m.start() - 2) : m.start()] in OTHER_DESKS:
                continue
            # 主编：某某 (QQ:…) in the page's footer: the site's chief, no editor of the story
            if m["label"] not in ("主编", "主編") or not in_site_footer(line.element):
                yield i, line, m["label"], line.text[m.end() : m.end() + 40]
