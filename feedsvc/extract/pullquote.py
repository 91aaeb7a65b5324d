"""A pull quote over the text: a short line, often a quotation, that the text says again further
down (“十年做这一件事，足够了。” over a profile quoting it), set first as a teaser, as magazines'
and reposting blogs' posts do. Not the text's start."""

from __future__ import annotations

import re

from .text import compact

#: The quotation marks around a pull quote.
QUOTES = "“”\"「」『』‘’'"

#: The longest pull quote read, compacted (a longer opening is a lead: :func:`.quotes_text`).
MAX_QUOTE = 30


#: The longest pull quote set in a <blockquote> of its own (a blog's quoted lines over its
#: more-mark: 对一个国家来说，…考验的是“系统集成能力”).
MAX_BLOCKQUOTE = 80


def pull_quote(text: str, whole: str, longest: int = MAX_QUOTE) -> bool:
    """Whether *text*, an opening paragraph, is a short line standing again in *whole*, the
    text of all blocks run together (compacted), with or without its quotation marks."""
    own = compact(text)
    core = own.strip(QUOTES)
    if not 6 <= len(core) <= longest or re.search(r"[。！？!?].", core.rstrip("。！？!?")):
        return False  # one sentence at most
    rest = whole.replace(own, "", 1)
    return core in rest
