"""A writer's account handle after an author label: ``作者：zhou_xiaobai``, ``作者: lanxi``,
``作者:RainnieZhou``.
Blogs and community sites credit a post to the account that wrote it, often a lowercase
handle, or a pen name of two parts joined by a hyphen (``作者：試毅-思伟``, ``作者: Ken-Lee``);
a placeholder a template prints when nobody is named (admin, root) is no writer."""

from __future__ import annotations

import re

#: A handle: a lowercase letter first, letters, digits, _ . - after, one word.
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]{2,19}")
#: A pen name of two parts joined by a hyphen: 試毅-思伟, Ken-Lee.
_JOINED = re.compile(r"[\u4e00-\u9fff]{1,4}-[\u4e00-\u9fff]{1,4}|[A-Z][a-z]{1,12}-[A-Z][a-z]{1,12}")
#: A handle of capitalised words run together: RainnieZhou, KevinLee.
_CAMEL = re.compile(r"[A-Z][a-z]{1,12}(?:[A-Z][a-z]{1,12}){1,2}")
#: A role, a placeholder or a web word a template prints in the author field.
_NOT_A_WRITER = re.compile(
    r"(?:admin\w*|administrator|root|editor|staff|guest|unknown|anonymous|webmaster|null|none"
    r"|news|system|test|user|www|http|https|default)$"
)


def placeholder_account(word: str) -> bool:
    """Whether *word* is the account a template prints when nobody is named (admin, root)."""
    return _NOT_A_WRITER.fullmatch(word.strip().lower()) is not None


def handle_name(value: str) -> str | None:
    """*value* when it is one lowercase account handle alone (zhou_xiaobai, lanxi) or a
    hyphen-joined pen name (試毅-思伟), else None."""
    name = value.strip()
    if _JOINED.fullmatch(name) or _CAMEL.fullmatch(name):
        return name
    if not _HANDLE.fullmatch(name) or _NOT_A_WRITER.match(name) or name.endswith((".", "-")):
        return None
    return None if _HOST.fullmatch(name) else name


#: A host, a template vendor's in its author field (作者：www.xunmoban.com): no account.
_HOST = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|cc|top|info)")


#: 作者 qingshi  2021-06-05, 作者 lee_1987 发布于 …, 作者 lanxi 分类：随笔: a lowercase handle after
#: 作者 and a space, then the post's date, its posting word or its category, as a blog theme's
#: info line under the headline prints it (作者 认为 in the text is never a handle).
SPACED_HANDLE = re.compile(
    r"\s*[a-z][a-z0-9_.-]{2,19}(?P<end>\s*$|\s+(?:(?:19|20)\d{2}\s*[-/.年]|发布于|发表于|發佈於|發布於"
    r"|發表於|更新于|更新於|分类|分類|栏目|欄目|标签|標籤))"
)
#: What may stand before 作者 on a post's info line: nothing, or the post's date and time.
_DATE_BEFORE = re.compile(r"[\d\s:：/.\-年月日]*")


def spaced_handle(before: str, label: str, value: str) -> bool:
    """Whether ``作者 qingshi`` opens a blog post's info line (or follows its date): 作者, a
    space, a lowercase handle, then the date, the posting word or the category."""
    m = SPACED_HANDLE.match(value)
    if label.strip() != "作者" or m is None or not _DATE_BEFORE.fullmatch(before):
        return False
    return m["end"].strip() != "" or re.search(r"\d{4}", before) is not None
