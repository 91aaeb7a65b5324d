"""A writer's account handle after an author label: ``作者：zhou_xiaobai``, ``作者: lanxi``.
Blogs and community sites credit a post to the account that wrote it, often a lowercase
handle, or a pen name of two parts joined by a hyphen (``作者：試毅-思伟``, ``作者: Ken-Lee``);
a placeholder a template prints when nobody is named (admin, root) is no writer."""

from __future__ import annotations

import re

#: A handle: a lowercase letter first, letters, digits, _ . - after, one word.
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]{2,19}")
#: A pen name of two parts joined by a hyphen: 試毅-思伟, Ken-Lee.
_JOINED = re.compile(r"[\u4e00-\u9fff]{1,4}-[\u4e00-\u9fff]{1,4}|[A-Z][a-z]{1,12}-[A-Z][a-z]{1,12}")
#: A role, a placeholder or a web word a template prints in the author field.
_NOT_A_WRITER = re.compile(
    r"(?:admin\w*|administrator|root|editor|staff|guest|unknown|anonymous|webmaster|null|none"
    r"|news|system|test|user|www|http|https|default)$"
)


def handle_name(value: str) -> str | None:
    """*value* when it is one lowercase account handle alone (zhou_xiaobai, lanxi) or a
    hyphen-joined pen name (試毅-思伟), else None."""
    name = value.strip()
    if _JOINED.fullmatch(name):
        return name
    if not _HANDLE.fullmatch(name) or _NOT_A_WRITER.match(name) or name.endswith((".", "-")):
        return None
    return name
