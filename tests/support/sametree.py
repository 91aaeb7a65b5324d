"""Compare two soups object by object: the same nodes, fields, classes and links."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from bs4.element import PageElement

#: Fields of the soup object itself that describe the parse, compared by value.
SOUP_FIELDS = (
    "current_data",
    "open_tag_counter",
    "preserve_whitespace_tag_stack",
    "string_container_stack",
    "original_encoding",
    "declared_html_encoding",
    "contains_replacement_characters",
    "is_xml",
    "known_xml",
    "markup",
    "parse_only",
)


def _nodes(soup: BeautifulSoup) -> list[PageElement]:
    return [soup, *soup.descendants]


def _same_value(a: Any, b: Any, index_a: dict[int, int], index_b: dict[int, int]) -> bool:
    if isinstance(a, PageElement) or isinstance(b, PageElement):
        if a is None or b is None:
            return a is b
        return index_a.get(id(a), -1) == index_b.get(id(b), -2)
    if isinstance(a, list) and a and isinstance(a[0], PageElement):
        return len(a) == len(b) and all(
            _same_value(x, y, index_a, index_b) for x, y in zip(a, b, strict=True)
        )
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a.items()) == list(b.items()) and all(type(a[k]) is type(b[k]) for k in a)
    return bool(a == b)


def differences(
    fast: BeautifulSoup, reference: BeautifulSoup, *, parse_state: bool = True
) -> list[str]:
    """How *fast* differs from *reference* (empty when the trees are the same); with
    *parse_state* False, the soups' own parse bookkeeping is not compared (for copies)."""
    nodes_a, nodes_b = _nodes(fast), _nodes(reference)
    if len(nodes_a) != len(nodes_b):
        return [f"{len(nodes_a)} nodes, expected {len(nodes_b)}"]
    index_a = {id(n): i for i, n in enumerate(nodes_a)}
    index_b = {id(n): i for i, n in enumerate(nodes_b)}
    found: list[str] = []
    for i, (a, b) in enumerate(zip(nodes_a, nodes_b, strict=True)):
        if type(a) is not type(b) or (isinstance(a, str) and str(a) != str(b)):
            found.append(f"node {i}: {type(a).__name__} {a!r:.40} vs {type(b).__name__} {b!r:.40}")
            continue
        fields_a, fields_b = vars(a), vars(b)
        keys = set(fields_b) - ({"builder", "element_classes"} | set(SOUP_FIELDS))
        if i == 0:
            keys -= {"currentTag", "tagStack", "_most_recent_element"}
        if set(fields_a) != set(fields_b):
            found.append(f"node {i}: fields {sorted(set(fields_a) ^ set(fields_b))}")
        for key in sorted(keys):
            if not _same_value(fields_a.get(key), fields_b[key], index_a, index_b):
                found.append(f"node {i} {getattr(b, 'name', '')} {key}: {fields_a.get(key)!r:.60}")
    if not parse_state:
        return found
    for key in SOUP_FIELDS:
        if getattr(fast, key) != getattr(reference, key):
            found.append(f"soup {key}: {getattr(fast, key)!r:.60}")
    for key in ("currentTag", "_most_recent_element"):
        if not _same_value(getattr(fast, key), getattr(reference, key), index_a, index_b):
            found.append(f"soup {key}")
    return found
