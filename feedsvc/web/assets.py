"""The site's static files (its stylesheet), served under content-hashed names.

``site.css`` is served as ``/static/site.<hash>.css``: a changed file gets a new URL, so every
response may be cached for a year (``immutable``) and pages need no inline styles, which
keeps ``'unsafe-inline'`` out of their Content-Security-Policy. The files ship inside the
wheel (``feedsvc/static``); in a source checkout they sit in the top-level ``static/``.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flask import Blueprint
from flask import Response
from flask import abort
from flask import request
from flask import url_for
from flask.typing import ResponseReturnValue

assets = Blueprint("assets", __name__)

#: One year, the longest life RFC 9111 caches are asked to honour.
ASSET_MAX_AGE = 31536000
HASH_LENGTH = 12


@dataclass(frozen=True)
class Asset:
    """A static file: its name, the content-hashed name it is served under, its bytes and
    media type."""

    name: str
    hashed_name: str
    body: bytes
    content_type: str


def asset_folder() -> Path:
    """Where the static files are: inside the installed package, else the checkout's."""
    packaged = Path(__file__).resolve().parent.parent / "static"
    return packaged if packaged.is_dir() else packaged.parent.parent / "static"


def hashed_name(path: Path, body: bytes) -> str:
    """``site.css`` → ``site.<first hex digits of the SHA-256 of body>.css``."""
    digest = hashlib.sha256(body).hexdigest()[:HASH_LENGTH]
    return f"{path.stem}.{digest}{path.suffix}"


@cache
def catalog(folder: Path) -> dict[str, Asset]:
    """The files of *folder* by their hashed names (read once per process)."""
    found = {}
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        body = path.read_bytes()
        asset = Asset(path.name, hashed_name(path, body), body, content_type)
        found[asset.hashed_name] = asset
    return found


def assets_by_name() -> dict[str, Asset]:
    """The static files by their plain names."""
    return {a.name: a for a in catalog(asset_folder()).values()}


def asset_url(name: str) -> str:
    """The URL path of the static file *name* (``site.css``), with its content hash.

    :raise KeyError: there is no such file.
    """
    return url_for("assets.asset", filename=assets_by_name()[name].hashed_name)


@assets.get("/static/<filename>")
def asset(filename: str) -> ResponseReturnValue:
    """A static file by its hashed name, cacheable for a year; 404 for any other name."""
    found = catalog(asset_folder()).get(filename)
    if found is None:
        abort(404)
    response = Response(found.body, content_type=found.content_type)
    response.cache_control.public = True
    response.cache_control.max_age = ASSET_MAX_AGE
    response.cache_control.immutable = True
    response.set_etag(found.hashed_name)
    return response.make_conditional(request)
