"""The article body: find the block that holds the text, keep only the article, rebuild it.

:mod:`.container` chooses the container readability-style: every paragraph scores its parent
and grandparent by length and punctuation, link-heavy blocks lose, and class/id words and the
selectors of the big portals tip the balance, then drops the share bars, related lists and the
like inside it. :mod:`.blocks` rebuilds the content as plain blocks (paragraphs, headings,
figures with caption and credit, lists, tables), lazy images with their real ``src`` and links
made absolute, for :func:`feedsvc.sanitize.clean_html`. :mod:`.trim` keeps only the article:
no headline copies, info lines, editor lines or trailers.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from .altcaption import alt_captions
from .barelead import join_bare_lead
from .captions import build_blocks
from .container import absolutize
from .container import clean_container
from .container import find_container
from .container import prepare
from .deckbyline import past_deck_byline
from .dlpairs import join_dl_pairs
from .excerptquote import excerpt_quote
from .explain import Explanation
from .headcopy import prose_block
from .leadalone import lead_alone
from .leadalone import without_intro_label
from .leadlines import description_deck
from .outletlead import from_outlet_lead
from .sizes import measure
from .storyquote import unquote_story
from .summarylead import summary_lead
from .text import TagIndex
from .text import find_tags
from .textlead import with_text_lead
from .treebuild import pruned_copy
from .treebuild import release
from .trim import Body
from .trim import trim


def extract_body(
    page: BeautifulSoup,
    base: str | None,
    title: str,
    subtitle: str | None,
    explain: Explanation | None = None,
    index: TagIndex | None = None,
) -> Body:
    """Rebuild the article body of *page*; see the module docstring.

    *page* is left as it is: the other fields read it whole after this (a byline the body drops
    is still an author). The container is chosen on the page, with what is never text set
    aside (:mod:`.sizes`), and the body is cut out of a copy of the container alone. *index* is
    the page's :class:`.text.TagIndex` when the caller has it (else the page is searched).
    """
    sizes = prepare(page, index.tags if index else None)
    container = find_container(page, sizes, explain)
    if container is None:
        return Body([], None, [])
    soup, copied = pruned_copy(container, removed=sizes.removed)
    try:
        root = copied[0]
        inner = measure(root, copied[1:])
        absolutize(root, base)
        clean_container(root, inner)
        unquote_story(root)  # the story written straight into a <blockquote>
        join_dl_pairs(copied[1:])
        blocks = alt_captions(build_blocks(root, base))
        body = from_outlet_lead(blocks, trim(blocks, title, subtitle), title, subtitle)
        body.blocks = past_deck_byline(with_text_lead(blocks, body.blocks, root))
        body.blocks = without_intro_label(body.blocks or lead_alone(blocks))
        deck = description_deck(body.blocks, _description(page, index))
        summary = summary_lead(body.blocks, container, _descriptions(page, index))
        rest = trim(body.blocks[1:], title, subtitle) if summary else None  # and its byline
        if rest is not None and any(prose_block(b) for b in rest.blocks):
            body.blocks, body.bylines = rest.blocks, body.bylines + rest.bylines
        elif deck and not excerpt_quote(container) and any(prose_block(b) for b in body.blocks[1:]):
            body.blocks = body.blocks[1:]  # (not a post's quoted opening over its more-mark, nor
            # its only line: a quote over a picture and a licence box is the text itself)
        body.blocks = join_bare_lead(body.blocks)
        return body
    finally:
        release(soup)


def _description(page: BeautifulSoup, index: TagIndex | None) -> str | None:
    """The page's <meta name="description">."""
    for meta in find_tags(page, ("meta",)) if index is None else index.named("meta"):
        if str(meta.get("name") or "").strip().lower() == "description":
            content = meta.get("content")
            return content if isinstance(content, str) else None
    return None


#: The metas that give a page's description (a blog theme fills og:description with the post's).
DESCRIPTION_METAS = ("description", "og:description", "twitter:description")


def _descriptions(page: BeautifulSoup, index: TagIndex | None) -> list[str]:
    """The texts of the page's description metas."""
    out: list[str] = []
    for meta in find_tags(page, ("meta",)) if index is None else index.named("meta"):
        key = str(meta.get("name") or meta.get("property") or meta.get("itemprop") or "")
        content = meta.get("content")
        if key.strip().lower() in DESCRIPTION_METAS and isinstance(content, str):
            out.append(content)
    return out
