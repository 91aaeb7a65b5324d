"""Names as the model keeps them: stable ASCII slugs for Chinese names, clean lists of people."""

from __future__ import annotations

import hashlib
import re

from pypinyin import Style
from pypinyin import lazy_pinyin

from .errors import InvalidArticle
from .sanitize import clean_label

#: Words that stand for "no known author"; never recorded as a person.
NO_AUTHOR = frozenset({"佚名", "未知", "匿名", "无", "不详", "unknown", "anonymous"})
MAX_NAME = 100


def slugify(name: str) -> str:
    """A stable ASCII slug for a Chinese or Latin name: 媒体报道 → ``mei-ti-bao-dao``."""
    words = lazy_pinyin(name, style=Style.NORMAL, errors="default")
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")
    if not slug:
        slug = "c-" + hashlib.sha256(name.encode()).hexdigest()[:8]
    return slug[:80].strip("-")


def person_names(names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Clean a list of people: drop blanks, 佚名 and duplicates, keep order."""
    seen: list[str] = []
    for raw in names:
        name = clean_label(raw)
        if name and name.lower() not in NO_AUTHOR and name not in seen:
            if len(name) > MAX_NAME:
                raise InvalidArticle("authors", f"name longer than {MAX_NAME} characters")
            seen.append(name)
    return tuple(seen)
