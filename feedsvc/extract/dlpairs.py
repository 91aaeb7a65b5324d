"""Label and value of a definition list, joined on one line.

Old video and interview pages set the clip's facts as a definition list under the title:
``<dt>来源：</dt><dd>某某电视台</dd><dt>视频简介：</dt><dd>…</dd>``. Rendered term by term,
the value stands alone on its line (某某电视台) and reads as the text's first; joined to its
label (来源：某某电视台), it reads as the info line it is, and the description as a labelled
introduction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from .sizes import detached
from .text import squash

#: A term that is a label: a few words and a colon.
LABEL = re.compile(r"[^。，,；;]{1,10}[:：]")


def join_dl_pairs(tags: Sequence[Tag]) -> None:
    """Join each labelled <dt> among *tags* (a copy's, in document order) with its <dd>: the
    definition's content moves into the term and the definition goes."""
    for dt in tags:
        if dt.name != "dt" or detached(dt) or not LABEL.fullmatch(squash(dt.get_text(""))):
            continue
        dd = dt.find_next_sibling(True)
        if not isinstance(dd, Tag) or dd.name != "dd":
            continue
        for child in list(dd.contents):
            dt.append(child.extract())
        dd.decompose()
