"""A video page's info box, which holds the clip's description.

Video portals put the clip's time, source and description in one box named for the video's
info (凤凰视频's ``<div class="vInfo">`` with a ``vInfoCon`` of paragraphs, ``video-info``,
``videoInfo``). An ``info`` class elsewhere is an info line (time, source) and goes with the
furniture, but this box, when it holds sentences, is the page's text.
"""

from __future__ import annotations

import re

#: A video's info box by its class words (camelCase split: ``vInfo`` is ``v-Info``).
VIDEO_INFO = re.compile(r"^(?:.*[-_])?(?:v|vd|video|vedio|shipin)[-_]?info(?:[-_].*)?$", re.I)


def video_text_box(junk_words: list[str], text: str) -> bool:
    """Whether a tag whose class words are *junk_words* (those read as furniture) is a video's
    info box holding the description: every such word names the video's info, and *text*
    has a sentence."""
    return bool(junk_words) and all(VIDEO_INFO.match(word) for word in junk_words) and "。" in text
