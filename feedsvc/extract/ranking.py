"""Which scored tag holds the article: its paragraph score less its link share, plus the
words of its class and id, and the containers of the big portals; never a tag in a stream of
other stories while another tag is scored."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from itertools import islice

from bs4 import Tag

from .explain import Explanation
from .explain import where
from .sitefooter import in_site_footer
from .sizes import Sizes
from .streams import Streams
from .text import attr_words
from .text import squash

POSITIVE = re.compile(
    r"article|content|body|text|detail|zhengwen|\bzw|main|post|story|cont|txt|trs_editor|"
    r"ucap|zoom|entry|news_?con|pages_content|rm_txt|artibody|js_content|left_zw|con_?txt",
    re.I,
)

NEGATIVE = re.compile(
    r"comment|footer|foot|sidebar|side|related|relate|share|nav|menu|hot|rank|recommend|list|"
    r"links|banner|header|copyright|tuijian|xgxw|ad-|ads|advert|login|search|right|left_?nav",
    re.I,
)

#: Containers of the big portals' article text (news.cn, people.cn, gov.cn, cctv, chinanews...).
KNOWN_CONTAINERS = (
    "#detail",
    "#detailContent",
    "#UCAP-CONTENT",
    ".pages_content",
    "#content_area",
    ".content_area",
    ".rm_txt_con",
    "#rwb_zw",
    ".box_con",
    ".left_zw",
    ".TRS_Editor",
    ".TRS_UEDITOR",
    "#zoom",
    "#Zoom",
    ".article-content",
    ".article_content",
    "#articleContent",
    "#artibody",
    "#js_content",
    ".news_txt",
    ".article-body",
    ".articleBody",
    ".post-content",
    ".entry-content",
    "#text",
    ".text_con",
    "#ArticleContent",
    "#mainText",
    ".xl-content",
    ".detail-content",
    ".con_txt",
    "#Content",
    "#content",
    ".article",
)

_KNOWN_IDS = frozenset(s[1:] for s in KNOWN_CONTAINERS if s.startswith("#"))

_KNOWN_CLASSES = frozenset(s[1:] for s in KNOWN_CONTAINERS if s.startswith("."))


def _is_known(tag: Tag) -> bool:
    """Whether *tag* is one of the article containers of the big portals."""
    if tag.get("id") in _KNOWN_IDS or tag.get("itemprop") == "articleBody":
        return True
    raw: str | list[str] = tag.get("class") or []
    classes: list[str] = [raw] if isinstance(raw, str) else list(raw)
    return any(c in _KNOWN_CLASSES for c in classes)


#: The most the class words add to a tag's value (POSITIVE, and a known container).
MOST_WEIGHT = 20.0 + 30.0

#: A scored tag with less text than this (a headline's length) earns no weight for its words.
HEADLINE_ONLY = 80


def best_container(
    scores: dict[int, float],
    nodes: dict[int, Tag],
    sizes: Sizes,
    explain: Explanation | None = None,
) -> Tag | None:
    """The scored tag of highest value (:func:`value`); a tag in a stream of other stories
    only when no other tag is scored. The tags are taken in order of value, and only those
    above the winner are asked whether they sit in a stream.

    :param scores: the paragraph score of each tag, by id(), in the order they were scored.
    :param nodes: the scored tags, by id().
    """
    streams = Streams(sizes)
    if explain is not None:
        for worth, tag in islice(_by_value(scores, nodes, sizes), 5):
            start = squash(tag.get_text(" "))[:40]
            rule = "text container (paragraph score less link share, plus class words)"
            if tag in streams:
                rule += "; in a stream of other stories (a list item, a recommended block)"
            explain.consider("body", start, where(tag), rule, round(worth, 1))
    fallback: Tag | None = None
    for _, tag in _by_value(scores, nodes, sizes):
        if tag not in streams:
            return tag
        fallback = fallback or tag
    return fallback


def _by_value(
    scores: dict[int, float], nodes: dict[int, Tag], sizes: Sizes
) -> Iterator[tuple[float, Tag]]:
    """The scored tags by descending value, ties in the order they were scored (as a stable
    sort of them all). A tag's value is at most its score plus MOST_WEIGHT, so a tag is
    valued only once its score comes within that of the best not yet given: on a big page,
    a few of its thousands of scored tags."""
    keys = list(scores)
    raws = [scores[key] for key in keys]
    order = sorted(range(len(keys)), key=lambda i: -raws[i])
    heap: list[tuple[float, int, Tag]] = []
    taken = 0
    while True:
        while taken < len(order) and (not heap or raws[order[taken]] + MOST_WEIGHT >= -heap[0][0]):
            i = order[taken]
            tag = nodes[keys[i]]
            heapq.heappush(heap, (-value(tag, raws[i], sizes), i, tag))
            taken += 1
        if not heap:
            return
        worth, _, tag = heapq.heappop(heap)
        yield -worth, tag


def value(tag: Tag, raw: float, sizes: Sizes) -> float:
    """A scored tag's value: its score *raw* less its link share, plus its class words."""
    total = sizes.text_len(tag) or 1
    density = min(sizes.link_len(tag) / total, 1.0)
    weight = 0.0
    # a headline alone in a <div class="article"> earns no container's words: a line that short
    # is no article's text (the text's own holder follows it)
    if tag.attrs and total >= HEADLINE_ONLY:  # most scored tags have none: no class words
        words = attr_words(tag)
        if POSITIVE.search(words):
            weight += 20
        if NEGATIVE.search(words):
            weight -= 20
        if _is_known(tag):
            weight += 30
    if isinstance(tag.parent, Tag) and in_site_footer(tag.parent, 4):
        weight -= 20  # a company site's contact block under a one-paragraph news item
    return raw * (1 - density) + weight
