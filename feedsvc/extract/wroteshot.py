"""A credit closing with 文/摄: the person named wrote the story and took its photos."""

from __future__ import annotations

import re

#: 记者：某某 文/摄, 某某 文／图／摄, 某某 文并摄: the writer, who also took the photos (not a
#: photographer's credit alone, as a bare 摄 at the end is).
WROTE_AND_SHOT = re.compile(
    r"(?<=[\u4e00-\u9fff·])[\s\u3000]+文\s*(?:[/／、]\s*图\s*)?(?:[/／、]|并|並)\s*[摄攝]$"
)


def without_wrote_and_shot(text: str) -> str:
    """*text* without a closing 文/摄, so the name before it reads as the writer's."""
    return WROTE_AND_SHOT.sub("", text.rstrip())
