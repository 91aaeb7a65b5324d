"""Credit labels in an element of their own, with the value in the next one.

Institutions' sites (a university's 新闻网, a hospital's 医院新闻, an association's 协会动态)
set their credits as a form or a definition list: ``<label>作者：</label><div>张三</div>``,
``<dt>来源：</dt><dd>机械学院</dd>``, ``<td>供稿单位：</td><td>化学系</td>``; blog themes'
copyright boxes so too, a key and its value alone in a row (``<div>作者</div><div>X</div>``).
The label is a line of its own and the name the next line; joined, the pair reads as the info
line it is (作者：张三), so every reader of labels sees it.
"""

from __future__ import annotations

import re

from .text import Line

#: A credit label alone on its line, with or without its colon.
BARE_LABEL = re.compile(
    r"(?:(?:文章|本文)?作者|撰稿|文字|摄影|图片|通讯员|记者|供稿单位|供稿部门|供稿|来源|稿件来源|信息来源"
    r"|责任编辑|编辑|审核|编审|发布时间|发布日期|日期|时间)\s*[:：]?"
)
#: A cell holding names alone, parted by commas (任某某，尚某某): a list, never a sentence.
_NAME_LIST = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:\s*[，,]\s*[\u4e00-\u9fff·]{2,4})+")
#: The longest value a paired label takes: a few names or one unit's name.
_LONGEST = 40


def join_label_values(lines: list[Line]) -> list[Line]:
    """*lines* with each bare credit label joined to the value in the element beside it."""
    last = len(lines) - 1
    pairs = [
        at
        for at, line in enumerate(lines)
        if len(line.text) <= 7 and at < last and _pair(line, lines[at + 1])
    ]
    if not pairs:
        return lines
    out: list[Line] = []
    after = 0  # the first line not yet copied
    for at in pairs:
        if at < after:
            continue  # the value of the pair before it
        out += lines[after:at]
        text = lines[at + 1].text
        if _NAME_LIST.fullmatch(text):
            text = re.sub(r"\s*[，,]\s*", "、", text)
        label = lines[at].text if lines[at].text[-1] in ":：" else lines[at].text + "："
        out.append(Line(label + text, lines[at].element, lines[at].in_comments))
        after = at + 2
    return out + lines[after:]


def _pair(label: Line, value: Line) -> bool:
    """Whether *label* is a bare credit label and *value* the short name beside it (inside
    the label's element, or a sibling under the same parent: a form group, a dl, a row)."""
    if len(label.text) > 7 or len(value.text) > _LONGEST or not BARE_LABEL.fullmatch(label.text):
        return False
    if (
        label.text[-1] not in ":："
        and label.element.name not in ("dt", "th", "td")
        and not _key_value(label, value)
    ):
        return False  # without its colon, a word is a label only in a table's or list's cell
    if BARE_LABEL.fullmatch(value.text):
        return False
    owner = value.element.parent
    return owner is label.element or owner is label.element.parent


def _key_value(label: Line, value: Line) -> bool:
    """Whether *label* and *value* are the only two elements of their parent, a key and its
    value as a blog's copyright box sets them (``<p><span>文章作者</span><span>X</span></p>``)."""
    parent = label.element.parent
    if parent is None or value.element.parent is not parent:
        return False
    return len(parent.find_all(True, recursive=False)) == 2
