"""Rebuild the container as plain blocks: paragraphs, headings, figures, lists, tables, quotes."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from bs4 import Tag
from bs4.element import Comment
from bs4.element import NavigableString

from .brlines import closing_line
from .container import JUNK_TAGS
from .container import text_len
from .imagesrc import image_src
from .imagesrc import tiny
from .inlinehtml import inline_html
from .inlinehtml import plain_text
from .inlineicon import amid_text
from .inlineicon import floated_beside
from .inlineicon import text_before
from .photorow import photo_row
from .text import SKIP_TAGS
from .text import attr_words
from .text import find_tag
from .text import find_tags
from .text import has_tag
from .text import squash

CAPTION_CLASS = re.compile(r"pic|img|image|photo|caption|tuzhu|desc|tt|zhu|illus|note", re.I)


INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code del dfn em font i ins kbd label mark q s samp small span strike "
    "strong sub sup time tt u var wbr big nobr".split()
)

BLOCK_NAMES = frozenset("p div section article center main td th li dd dt blockquote".split())


@dataclass
class Block:
    """One rebuilt piece of the body."""

    kind: str  # p, h2..h6, figure, list, table, quote
    html: str
    text: str
    image_url: str | None = None
    image_alt: str = ""
    caption: str = ""
    credit: str | None = None
    centered: bool = False
    flush_right: bool = False  # set flush right, as a signature closing the text is
    caption_like: bool = False
    embed: bool = False  # a social post embedded by its platform's blockquote


#: Class names that centre a block: center, f_center (NetEase), text-center (Bootstrap).
CENTER_CLASS = re.compile(r"(?:^|[-_])center(?:ed)?$|^(?:text|align|txt)-?center$", re.I)


def centered(tag: Tag) -> bool:
    """Whether *tag* sets its text centred (<center>, align, style or a centring class)."""
    if tag.name == "center":
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    if "text-align:center" in style or str(tag.get("align") or "").lower() in ("center", "middle"):
        return True
    raw: str | list[str] = tag.get("class") or []
    return any(CENTER_CLASS.search(c) for c in ([raw] if isinstance(raw, str) else raw))


def _flush_right(tag: Tag) -> bool:
    """Whether *tag* sets its text flush right (``text-align: right``, ``align="right"``)."""
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "text-align:right" in style or str(tag.get("align") or "").lower() == "right"


def _figure(img: Tag, base: str | None) -> Block | None:
    if tiny(img):
        return None
    src = image_src(img, base)
    if src is None:
        return None
    alt = squash(str(img.get("alt") or img.get("title") or ""))
    return Block("figure", "", "", image_url=src, image_alt=alt)


def _is_data_table(table: Tag) -> bool:
    if find_tag(table, "table") is not None:
        return False
    cells = find_tags(table, ("td", "th"))
    if len(cells) < 2:
        return False
    return all(text_len(c) <= 300 for c in cells)


class Builder:
    def __init__(self, base: str | None) -> None:
        self.base = base
        self.blocks: list[Block] = []
        self.run: list[Tag | NavigableString] = []
        self.run_centered = False
        self.run_right = False
        #: The run is the text of a photo box (<div class="photo"><img><span>…</span>): a caption.
        self.run_caption = False

    def flush(self) -> None:
        images: list[Tag] = []
        parts = "".join(inline_html(n, self.base, images) for n in self.run)
        self.run = []
        if self.run_caption and self._captioned(images, squash(plain_text(parts))):
            return  # <div class="photo"><a><img><span>caption<br>credit</span></a></div>
        for piece in re.split(r"(?:<br>\s*)+", parts):
            self._paragraph(
                piece,
                centered=self.run_centered,
                right=self.run_right,
                caption_like=self.run_caption,
            )
        self._images(images)

    def _paragraph(
        self, inner: str, *, centered: bool = False, right: bool = False, caption_like: bool = False
    ) -> None:
        inner = inner.strip()
        text = squash(plain_text(inner)) if inner else ""
        if text:
            self.blocks.append(
                Block(
                    "p",
                    inner,
                    text,
                    centered=centered,
                    flush_right=right,
                    caption_like=caption_like,
                )
            )

    def _images(self, images: list[Tag]) -> None:
        for img in images:
            block = _figure(img, self.base)
            if block is not None:
                self.blocks.append(block)

    def _captioned(self, images: list[Tag], text: str) -> bool:
        """Add the figures of *images*, the last one captioned *text* (short, as captions are)."""
        if not images or not text or len(text) > 150:
            return False
        if not (figures := [b for b in (_figure(i, self.base) for i in images) if b]):
            return False
        figures[-1].caption = text
        self.blocks.extend(figures)
        return True

    def paragraph_tag(self, tag: Tag) -> None:
        images: list[Tag] = []
        inner = "".join(inline_html(c, self.base, images) for c in tag.children)  # type: ignore[arg-type]
        inner = re.sub(r"^(?:\s*<br>)+|(?:<br>\s*)+$", "", inner.strip())
        caption_like = bool(CAPTION_CLASS.search(attr_words(tag))) or _box_caption(tag)
        lead = text_before(tag, images)  # <p>正文。……。<br><img></p>: the text, then its photo
        set_in = lead or amid_text(tag, images) or floated_beside(tag, images)
        text = squash(plain_text(inner)) if inner and not set_in else ""
        if self._captioned(images, text):
            return
        if not lead:
            self._images(images)
        for piece in closing_line(inner):
            self._paragraph(
                piece, centered=centered(tag), right=_flush_right(tag), caption_like=caption_like
            )
        if lead:
            self._images(images)

    def _start_run(self, root: Tag) -> None:
        """Start a run of inline content in *root*, set as *root* sets it."""
        self.run_centered = centered(root)
        self.run_right = _flush_right(root)
        self.run_caption = _photo_box(root) or "caption" in attr_words(root).split()

    def walk(self, root: Tag) -> None:
        """Add the blocks under *root*: inline runs become paragraphs, block elements their own."""
        for child in root.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if not self.run:  # a caption after the picture in <center>: the run's box
                    self._start_run(root)
                self.run.append(child)
                continue
            if not isinstance(child, Tag) or child.name in SKIP_TAGS or child.name in JUNK_TAGS:
                continue
            name = child.name
            if name == "br" or (name in INLINE_TAGS and not has_tag(child, BLOCK_NAMES)):
                if not self.run:
                    self._start_run(root)
                self.run.append(child)
                continue
            self.flush()
            self.element(child)
        self.flush()

    def element(self, child: Tag) -> None:
        """Add the blocks of one block-level element."""
        name = child.name
        if name in ("p", "pre"):
            if has_tag(child, ("p", "div", "table")):
                self.walk(child)
            else:
                self.paragraph_tag(child)
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading(child)
        elif name == "img":
            self._images([child])
        elif name == "figure":
            self.figure(child)
        elif name in ("ul", "ol") and child.find("li", recursive=False) is not None:
            self.listing(child)
        elif name == "table":
            self.table(child)
        elif name == "blockquote":
            self.quote(child)
        else:
            self.walk(child)
            self.flush()

    def heading(self, tag: Tag) -> None:
        """A heading, at level h2 or below (the page's h1 is the headline's level)."""
        images: list[Tag] = []
        inner = "".join(inline_html(c, self.base, images) for c in tag.children)  # type: ignore[arg-type]
        text = squash(plain_text(inner))
        level = max(2, int(tag.name[1]))
        if text:
            self.blocks.append(Block(f"h{level}", inner.strip(), text))
        self._images(images)

    def figure(self, tag: Tag) -> None:
        """A <figure>: its images, the last one captioned; a caption alone is a paragraph."""
        imgs = find_tags(tag, ("img",))
        cap = find_tag(tag, "figcaption")
        cap_text = squash(cap.get_text(" ")) if isinstance(cap, Tag) else ""
        figures = [b for b in (_figure(i, self.base) for i in imgs) if b is not None]
        if figures:
            figures[-1].caption = cap_text
            self.blocks.extend(figures)
        elif cap_text:
            self._paragraph(html.escape(cap_text), caption_like=True)

    def listing(self, tag: Tag) -> None:
        """A <ul> or <ol> with its non-empty items; images in items follow it."""
        items = []
        for li in tag.find_all("li", recursive=False):
            li_images: list[Tag] = []
            inner = "".join(inline_html(c, self.base, li_images) for c in li.children)  # type: ignore[arg-type]
            if squash(plain_text(inner)):
                items.append(f"<li>{inner.strip()}</li>")
            self._images(li_images)
        if items:
            text = squash(tag.get_text(" "))
            self.blocks.append(Block("list", f"<{tag.name}>{''.join(items)}</{tag.name}>", text))

    def photo_table(self, tag: Tag) -> bool:
        """A table laid out as one photo with its caption and credit in the rows under it, as
        older portals set pictures: a figure (or, its picture unresolved, a caption line)."""
        images = [i for i in find_tags(tag, ("img",)) if not tiny(i)]
        if (
            len(images) != 1
            or find_tag(tag, "table") is not None
            or len(find_tags(tag, ("td",))) > 4
        ):
            return False
        text = squash(tag.get_text(" "))
        if len(text) > 200:
            return False
        figure = _figure(images[0], self.base)
        if figure is None:
            self._paragraph(html.escape(text), caption_like=True)
        else:
            figure.caption = text
            self.blocks.append(figure)
        return True

    def photos_in_row(self, tag: Tag) -> bool:
        """A table of photos side by side, each with its caption: figures (see photorow)."""
        row = photo_row(tag, lambda img: not tiny(img))
        for img, caption in row or []:
            figure = _figure(img, self.base)
            if figure is not None:
                figure.caption = caption
                self.blocks.append(figure)
        return row is not None

    def table(self, tag: Tag) -> None:
        """A data table, kept with spans and links only; a layout table is walked through."""
        if self.photo_table(tag) or self.photos_in_row(tag):
            return
        if not _is_data_table(tag):
            self.walk(tag)
            return
        for cell in find_tags(tag, None):
            cell.attrs = {
                k: v for k, v in cell.attrs.items() if k in ("colspan", "rowspan", "href", "src")
            }
        tag.attrs = {}
        self.blocks.append(Block("table", str(tag), squash(tag.get_text(" "))))

    def quote(self, tag: Tag) -> None:
        """A <blockquote>, rebuilt on its own and kept as one block."""
        inner_builder = Builder(self.base)
        inner_builder.walk(tag)
        inner_builder.flush()
        quoted = "".join(render_block(b) for b in inner_builder.blocks)
        text = " ".join(b.text for b in inner_builder.blocks)
        if text:
            embed = EMBEDDED_POST.search(attr_words(tag)) is not None
            block = Block("quote", f"<blockquote>{quoted}</blockquote>", text, embed=embed)
            self.blocks.append(block)


#: The classes the platforms give the blockquote of an embedded post.
EMBEDDED_POST = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|text-post-media")


def _box_caption(tag: Tag) -> bool:
    """Whether the paragraph *tag* is the one line of a picture box (<div class="photo"><a>
    <img></a><p>caption</p></div>)."""
    box = tag.parent
    return isinstance(box, Tag) and _photo_box(box) and len(find_tags(box, ("p",), limit=2)) == 1


def _photo_box(tag: Tag) -> bool:
    """A picture box: a photo-classed element holding its image."""
    return CAPTION_CLASS.search(attr_words(tag)) is not None and find_tag(tag, "img") is not None


def render_block(block: Block) -> str:
    """HTML of one block (still to be sanitized)."""
    if block.kind == "p":
        return f"<p>{block.html}</p>"
    if block.kind.startswith("h"):
        return f"<{block.kind}>{block.html}</{block.kind}>"
    if block.kind == "figure":
        alt = html.escape(block.image_alt or block.caption, quote=True)
        caption = html.escape(block.caption)
        credit = f' <span class="credit">{html.escape(block.credit)}</span>' if block.credit else ""
        src = html.escape(block.image_url or "", quote=True)
        figcaption = f"<figcaption>{caption}{credit}</figcaption>" if caption or credit else ""
        return f'<figure><img src="{src}" alt="{alt}">{figcaption}</figure>'
    return block.html


def render(blocks: list[Block]) -> str:
    return "\n".join(render_block(b) for b in blocks)
