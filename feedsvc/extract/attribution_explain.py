"""Candidates for the outlet, the authors and the editor, for ``extract --explain``.

The choosers of these fields (:mod:`.outlet`, :mod:`.people`) rank their evidence in a fixed
order; this module asks each kind of evidence on its own, with the same public functions, and
records what it yields and where, then names the kind that gave the chosen value. It runs
only when explaining.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bs4 import Tag

from ..models import Source
from ..outlets import canonical_outlet
from .blocks import Block
from .bylineforms import header_bylines
from .datelineoutlet import dateline_outlet
from .editornames import EDITOR_CUT
from .editors import editor_labels
from .explain import Explanation
from .explain import where
from .logosite import home_name
from .metadata import AUTHOR_METAS
from .metadata import Structured
from .outlet import source_candidates
from .people import class_authors
from .people import find_authors
from .sourcevalue import issuer_names
from .text import Line
from .text import compact
from .titleat import earlier_copy_lines
from .trim import Body


@dataclass(frozen=True)
class Evidence:
    """What the outlet chooser was given, besides the page's lines."""

    meta: str | None
    first_text: str
    site: str | None
    orgs: list[str]
    beside_time: str | None


def _line_of(lines: Sequence[Line], value: str, anchor: int) -> str:
    """Where the line nearest the headline that names *value* stands."""
    target = compact(value)
    hits = [i for i, line in enumerate(lines) if target and target in compact(line.text)]
    if not hits:
        return "(not shown)"
    return _place(lines, min(hits, key=lambda i: abs(i - anchor)), anchor)


def _place(lines: Sequence[Line], at: int, anchor: int) -> str:
    """Where line *at* stands, and how far it is from the headline's line."""
    return f"{where(lines[at].element)} (line {at - anchor:+d})"


def explain_outlet(
    explain: Explanation,
    lines: Sequence[Line],
    title_at: int | None,
    evidence: Evidence,
    source: Source | None,
) -> None:
    """Record the outlet candidates in the order the chooser takes them, and the winner."""
    anchor = title_at or 0
    found: list[tuple[str, str, str]] = []
    ranked = source_candidates(lines, title_at, evidence.site)
    labelled = [
        (c.name, _place(lines, c.line, anchor), f"{c.rule} (score {c.score:g})") for c in ranked
    ]
    found += labelled[:1]
    if evidence.meta:
        found.append((evidence.meta, "meta source/copyfrom", "source meta"))
    found += labelled[1:]
    if evidence.beside_time:
        found.append((evidence.beside_time, "beside the time", "unlabelled, next to the time"))
    agency = dateline_outlet(evidence.first_text)
    if agency:
        found.append((agency, "first paragraph", "agency dateline (新华社…电)"))
    found += [
        (org, "author markup / lead byline", "organisation named as author or before a reporter")
        for org in evidence.orgs
    ]
    if evidence.site:
        found.append((evidence.site, "site name / <title> / host", "the site itself"))
    found += [
        (n, _line_of(lines, n, anchor), "issuing body (发布机构)")
        for n in issuer_names(lines, title_at)
    ]
    why = "no candidate names an outlet"
    for value, place, rule in found:
        explain.consider("outlet", value, place, rule)
        if source is not None and why.startswith("no ") and _same_outlet(value, source.name):
            why = f"the first usable candidate in the chooser's order: {rule}"
    explain.choose("outlet", source.name if source else None, why)


def _same_outlet(value: str, name: str) -> bool:
    """Whether a candidate *value* names the chosen outlet: the same name, or another name of
    its entry in the outlet table (a candidate is never validated: it may be a whole line)."""
    return canonical_outlet(value) == canonical_outlet(name)


def explain_authors(
    explain: Explanation,
    lines: Sequence[Line],
    title_at: int | None,
    body: Body,
    text_blocks: list[Block],
    structured: Structured,
    title_el: Tag | None,
    host: str,
    authors: Sequence[str],
) -> None:
    """Record the bylines, author-classed elements and structured authors, and the winner."""
    anchor = title_at or 0
    first = text_blocks[0].text if text_blocks else ""
    bylined: list[str] = []
    for text in body.bylines:
        for name in find_authors([text], ""):
            bylined.append(name)
            explain.consider("authors", name, "byline lifted from the body", text[:30])
    window = lines[max(0, anchor - 6) : anchor + 12] if title_at is not None else []
    for line in window:
        if line is lines[anchor] or home_name(line.element, line.text):
            continue  # the headline itself is no byline, nor the site's name in a home link
        for name in find_authors([line.text], ""):
            bylined.append(name)
            explain.consider("authors", name, where(line.element), f"byline: {line.text[:30]}")
    for line in earlier_copy_lines(lines, title_at):  # the desktop copy over a mobile one
        for name in find_authors([line.text], ""):
            bylined.append(name)
            explain.consider("authors", name, where(line.element), f"byline: {line.text[:30]}")
    for line in lines[anchor + 1 : anchor + 7] if title_at is not None else []:
        for name in header_bylines([line.text]):  # 劉屏／華盛頓4日電, 彭佳芸 黃翊真 報導
            bylined.append(name)
            explain.consider("authors", name, where(line.element), f"unlabelled: {line.text[:30]}")
    for name in find_authors([], first):
        bylined.append(name)
        explain.consider("authors", name, "first paragraph", "dateline (记者…)")
    for name in class_authors(title_el, host):
        explain.consider("authors", name, "author-classed element", "beside the headline")
    for name in structured.authors:
        explain.consider("authors", name, "JSON-LD author", "structured data")
    for meta in AUTHOR_METAS:
        for value in structured.metas.get(meta, []):
            explain.consider("authors", value, f'meta "{meta}"', "author meta")
    if not authors:
        why = "no byline, author element or structured author names a person"
    elif set(authors) & set(bylined):
        why = "bylines and datelines win over author elements and structured data"
    else:
        why = "no byline: an author-classed element beside the headline, else structured data"
    explain.choose("authors", "、".join(authors) or None, why)


def explain_editor(
    explain: Explanation, lines: Sequence[Line], title_at: int | None, editor: str | None
) -> None:
    """Record each labelled editor line, and the winner."""
    for _i, line, label, value in editor_labels(lines, title_at):
        cut = EDITOR_CUT.search(value)
        value = value[: cut.start()] if cut else value
        explain.consider("editor", value, where(line.element), f"label {label}")
    why = "every name after 责任编辑, 责编 or 编辑, in page order (else a 主编)" if editor else ""
    explain.choose("editor", editor, why or "no editor label with a name")
