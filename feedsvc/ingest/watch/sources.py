"""Sources, declared in one human-editable TOML file (``<store>/sources.toml``).

Each source is a table under ``[sources]`` named by its slug::

    # 质量网, 媒体报道
    [sources.zlw-mtbd]
    urls = ["https://www.zl-zx.org.cn/mtbd/"]
    category = "媒体报道"      # default: the article page's breadcrumb
    interval = 30              # minutes, at least 15
    per_run = 20               # new articles imported per run
    enabled = true

    [sources.zlw-mtbd.hints]   # only for pages the generic rules get wrong
    links = "ul.news-list a"
    title = "h1.title"

The file is read with :mod:`tomllib` and written with :mod:`tomlkit`, so the comments and
layout a person gave it survive ``watch add`` and ``watch remove``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import tomlkit
from pypinyin import lazy_pinyin

from ...store import atomic_write
from .errors import InvalidSource
from .errors import SourcesFileError
from .errors import WatchedSourceNotFound

DEFAULT_INTERVAL = 30
MIN_INTERVAL = 15
DEFAULT_PER_RUN = 20
HINT_FIELDS = ("links", "title", "time", "outlet", "author", "body")
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True, init=False)
class Hints:
    """CSS selectors for sites the generic rules get wrong: one for each name of HINT_FIELDS
    given (each optional), kept in that order."""

    selectors: tuple[tuple[str, str], ...]

    def __init__(self, **selectors: str | None) -> None:
        unknown = set(selectors) - set(HINT_FIELDS)
        if unknown:
            raise TypeError(f"no hint named {', '.join(sorted(unknown))}")
        chosen = tuple((k, v) for k in HINT_FIELDS if (v := selectors.get(k)))
        object.__setattr__(self, "selectors", chosen)

    @property
    def links(self) -> str | None:
        """The selector of the article links on a list page, if given."""
        return self.to_dict().get("links")

    def to_dict(self) -> dict[str, str]:
        """The selectors that are set."""
        return dict(self.selectors)


@dataclass(frozen=True)
class SourceDecl:
    """One declared source: where its list pages are and how to import from them."""

    name: str
    urls: tuple[str, ...]
    category: str | None = None
    interval: int = DEFAULT_INTERVAL
    per_run: int = DEFAULT_PER_RUN
    enabled: bool = True
    hints: Hints = field(default_factory=Hints)


def slug_for(url: str) -> str:
    """A source name made from a list URL: host and last path segment, in pinyin."""
    parts = urlsplit(url)
    host = (parts.hostname or "source").removeprefix("www.").split(".")[0]
    tail = [p for p in parts.path.split("/") if p and "." not in p][-1:]
    raw = "-".join(lazy_pinyin("-".join([host, *tail])))
    return re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-")[:64] or "source"


def _text(name: str, table: Mapping[str, Any], key: str) -> str | None:
    """The non-empty string *key* of *table*, or None."""
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidSource(name, f"{key} must be a non-empty string")
    return value.strip()


def _integer(name: str, table: Mapping[str, Any], key: str, default: int, low: int) -> int:
    """The integer *key* of *table* (at least *low*), or *default*."""
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise InvalidSource(name, f"{key} must be an integer of at least {low}, got {value!r}")
    return value


def _urls(name: str, table: Mapping[str, Any]) -> tuple[str, ...]:
    """The list-page URLs of *table* (``urls``, or one ``url``), all http(s)."""
    raw = table.get("urls", table.get("url"))
    urls = [raw] if isinstance(raw, str) else raw
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise InvalidSource(name, "urls must be a list of one or more list-page URLs")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidSource(name, f"{url!r} is not an http(s) URL")
    return tuple(u.strip() for u in urls)


def parse_source(name: str, table: Mapping[str, Any]) -> SourceDecl:
    """The declaration in *table*; raise InvalidSource naming the source and the problem."""
    if not NAME.match(name):
        raise InvalidSource(name, "names are lower-case letters, digits, - and _")
    if not isinstance(table, Mapping):
        raise InvalidSource(name, "must be a table")
    hints = table.get("hints", {})
    if not isinstance(hints, Mapping) or set(hints) - set(HINT_FIELDS):
        raise InvalidSource(name, f"hints may only hold {', '.join(HINT_FIELDS)}")
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise InvalidSource(name, "enabled must be true or false")
    return SourceDecl(
        name=name,
        urls=_urls(name, table),
        category=_text(name, table, "category"),
        interval=_integer(name, table, "interval", DEFAULT_INTERVAL, MIN_INTERVAL),
        per_run=_integer(name, table, "per_run", DEFAULT_PER_RUN, 1),
        enabled=enabled,
        hints=Hints(**{k: _text(name, hints, k) for k in HINT_FIELDS}),
    )


def load_sources(path: Path) -> list[SourceDecl]:
    """Every source declared in *path* (none if the file does not exist), in file order.

    :raise SourcesFileError: the file cannot be read or is not valid TOML.
    :raise InvalidSource: a declaration breaks a rule.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourcesFileError(str(path), str(exc)) from exc
    table = data.get("sources", {})
    if not isinstance(table, dict):
        raise SourcesFileError(str(path), "[sources] must be a table of sources")
    return [parse_source(name, value) for name, value in table.items()]


def get_source(path: Path, name: str) -> SourceDecl:
    """The source *name*; raise WatchedSourceNotFound if none is declared."""
    for decl in load_sources(path):
        if decl.name == name:
            return decl
    raise WatchedSourceNotFound(name)


def _document(path: Path) -> tomlkit.TOMLDocument:
    """The file as a tomlkit document (a new one when there is none)."""
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        doc = tomlkit.document()
        doc.add(tomlkit.comment("Sources watched by `flask watch run`; see the README."))
        return doc
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.ParseError) as exc:
        raise SourcesFileError(str(path), str(exc)) from exc


def _save(path: Path, doc: tomlkit.TOMLDocument) -> None:
    """Write *doc* to *path* atomically."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, tomlkit.dumps(doc).encode("utf-8"))
    except OSError as exc:
        raise SourcesFileError(str(path), exc.strerror or str(exc)) from exc


def _table(decl: SourceDecl) -> Any:
    """The TOML table of *decl*, leaving out values that are the defaults."""
    table = tomlkit.table()
    table.add("urls", list(decl.urls))
    if decl.category:
        table.add("category", decl.category)
    table.add("interval", decl.interval)
    if decl.per_run != DEFAULT_PER_RUN:
        table.add("per_run", decl.per_run)
    table.add("enabled", decl.enabled)
    if decl.hints.to_dict():
        hints = tomlkit.table()
        for key, value in decl.hints.to_dict().items():
            hints.add(key, value)
        table.add("hints", hints)
    return table


def add_source(path: Path, decl: SourceDecl) -> None:
    """Append *decl* to the file; raise InvalidSource if the name is taken."""
    parse_source(decl.name, {"urls": list(decl.urls), "interval": decl.interval})
    doc = _document(path)
    sources = doc.setdefault("sources", tomlkit.table(is_super_table=True))
    if decl.name in sources:
        raise InvalidSource(decl.name, "a source of that name is already declared")
    sources.add(decl.name, _table(decl))
    _save(path, doc)


def remove_source(path: Path, name: str) -> None:
    """Remove the declaration of *name*; raise WatchedSourceNotFound if there is none."""
    doc = _document(path)
    sources = doc.get("sources")
    if sources is None or name not in sources:
        raise WatchedSourceNotFound(name)
    del sources[name]
    _save(path, doc)
