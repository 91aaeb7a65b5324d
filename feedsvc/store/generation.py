"""The store's generation: a token in ``<store>/generation`` that every write replaces.

Every process serving the store compares the token it rendered at with the current one
before answering from memory, so the token must differ after every write, by construction.
It is the file's *content* (a counter and a random part), never its inode or mtime: on
file systems with one-second timestamps a replaced file often gets the inode just freed
and the same mtime, and a (inode, mtime) token then repeats.

Reading it is one ``open`` and one ``read`` of a few bytes (a few microseconds; see the
README); writers replace the file atomically, so a reader sees the old or the new token.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from .files import atomic_write

#: What :func:`read_generation` returns while no write has happened yet.
NO_GENERATION = b""
#: More than a token ever takes (a counter, a space, 16 hex digits, a newline).
_READ_SIZE = 64


def read_generation(path: str) -> bytes:
    """The current token in the file *path*, or ``NO_GENERATION`` if there is none yet."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return NO_GENERATION
    try:
        return os.read(fd, _READ_SIZE)
    finally:
        os.close(fd)


def next_generation(current: bytes) -> bytes:
    """The token that follows *current*: the counter plus one and a fresh random part.

    The random part keeps the token new even if the file is lost or damaged and the
    counter starts again from zero (a process may still hold a token from before).
    """
    try:
        counter = int(current.split()[0])
    except (IndexError, ValueError):
        counter = 0
    return f"{counter + 1} {secrets.token_hex(8)}\n".encode("ascii")


class GenerationFile:
    """The generation file of a store: read by every cache check, advanced by every write."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._name = os.fspath(path)

    def read(self) -> bytes:
        """The current token (one small file read)."""
        return read_generation(self._name)

    def advance(self) -> None:
        """Replace the token by the next one (under the writers' lock), atomically and durably."""
        atomic_write(self.path, next_generation(self.read()))
