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


def pull_quote(text: str, whole: str) -> bool:
    """Whether *text*, an opening paragraph, is a short line standing again in *whole*, the
    text of all blocks run together (compacted), with or without its quotation marks."""
    own = compact(text)
    core = own.strip(QUOTES)
    if not 6 <= len(core) <= MAX_QUOTE or re.search(r"[。！？!?].", core.rstrip("。！？!?")):
        return False  # one sentence at most
    rest = whole.replace(own, "", 1)
    return core in rest
