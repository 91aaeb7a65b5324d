"""A video player's own boxes: its error and diagnosis panel shows the time it failed."""

from __future__ import annotations

import re
from itertools import chain
from itertools import islice

from bs4 import Tag

from .text import attr_words

#: The class words of a web video player and its panels (prism-player, video-js, vjs-error,
#: player-error): a time inside is the moment the player ran, not the story's.
PLAYER_WORDS = re.compile(r"(?:^|[\s_-])(?:prism|vjs|video-js|player)(?:$|[\s_-])", re.I)


#: The class words of an error panel: prism-ErrorMessage, vjs-error-display, player-error.
ERROR_WORDS = re.compile(r"error", re.I)


def in_player(tag: Tag) -> bool:
    """Whether *tag* sits in a video player's error panel, up to five levels up: a box with
    error in its class words inside (or itself) a player's box."""
    words = [attr_words(p) for p in islice(chain((tag,), tag.parents), 6) if p.attrs]
    return any(ERROR_WORDS.search(w) for w in words) and any(PLAYER_WORDS.search(w) for w in words)
