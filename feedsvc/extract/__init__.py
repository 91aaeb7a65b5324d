"""Extract an article from a news or government page: ``extract_article(data, url=...)``.

:mod:`.pipeline` runs the steps in order; each lives in its own module: :mod:`.encoding`
(bytes to text), :mod:`.metadata` (JSON-LD and metas), :mod:`.title`, :mod:`.published`,
:mod:`.outlet`, :mod:`.site`, :mod:`.people`, :mod:`.category` and :mod:`.body` (the article
text: :mod:`.container`, :mod:`.blocks`, :mod:`.trim`). :mod:`.lexicon`, :mod:`.nameshape` and
:mod:`.dates` hold the vocabulary, the people and outlet tests and the time forms that they and
the text-dump reader (:mod:`.textdump`) share.
"""

from __future__ import annotations

from .page import ExtractedPage
from .pipeline import extract_article

__all__ = ["ExtractedPage", "extract_article"]
