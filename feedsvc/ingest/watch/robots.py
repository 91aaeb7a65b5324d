"""robots.txt, read with protego (RFC 9309), cached for a day per host.

A 4xx robots.txt means everything is allowed; a 5xx answer or an unreachable host means
the host is skipped for this run (and asked again next run).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from protego import Protego

from ...errors import FetchError
from ...errors import FetchHTTPError
from ...store import atomic_write
from ...timeutil import parse_stored
from ...timeutil import rfc3339
from ..fetch import FetchedPage
from .errors import HostUnavailable
from .politeness import host_file_name

log = logging.getLogger(__name__)

MAX_AGE = timedelta(days=1)
#: robots.txt bodies larger than this are read only this far (RFC 9309: at least 500 KiB).
MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class Robots:
    """The rules of one host: the robots.txt text (empty: everything allowed)."""

    text: str
    fetched: datetime

    def allows(self, url: str, agent: str) -> bool:
        """Whether *agent* may fetch *url*."""
        return not self.text or bool(Protego.parse(self.text).can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float:
        """The Crawl-delay for *agent*, in seconds (0 when none is given)."""
        if not self.text:
            return 0.0
        delay = Protego.parse(self.text).crawl_delay(agent)
        return float(delay or 0.0)


class RobotsCache:
    """robots.txt per origin: in memory for a run, on disk for a day."""

    def __init__(
        self,
        folder: Path,
        fetch: Callable[[str], FetchedPage],
        clock: Callable[[], datetime],
    ) -> None:
        self.folder = folder
        self.fetch = fetch
        self.clock = clock
        self._memo: dict[str, Robots | HostUnavailable] = {}

    def get(self, origin: str) -> Robots:
        """The rules of *origin*; raise HostUnavailable when the host is skipped this run."""
        if origin not in self._memo:
            self._memo[origin] = self._load(origin)
        found = self._memo[origin]
        if isinstance(found, HostUnavailable):
            raise found
        return found

    def _path(self, origin: str) -> Path:
        """The cache file of *origin*."""
        return self.folder / f"{host_file_name(origin)}.robots.json"

    def _load(self, origin: str) -> Robots | HostUnavailable:
        """The rules of *origin* from the cache if fresh, else from the host."""
        cached = self._read(origin)
        if cached is not None and self.clock() - cached.fetched < MAX_AGE:
            return cached
        try:
            rules = self._download(origin)
        except HostUnavailable as exc:
            return exc
        self._write(origin, rules)
        return rules

    def _download(self, origin: str) -> Robots:
        """Fetch and read ``origin/robots.txt`` (RFC 9309 status rules)."""
        url = origin + "/robots.txt"
        try:
            page = self.fetch(url)
        except FetchHTTPError as exc:
            if 400 <= exc.code < 500:
                return Robots("", self.clock())
            raise HostUnavailable(origin, f"HTTP {exc.code}") from exc
        except FetchError as exc:
            raise HostUnavailable(origin, exc.reason) from exc
        text = page.data[:MAX_BYTES].decode("utf-8", "replace")
        return Robots(text, self.clock())

    def _read(self, origin: str) -> Robots | None:
        """The cached rules of *origin*, if any can be read."""
        try:
            data = json.loads(self._path(origin).read_text(encoding="utf-8"))
            return Robots(str(data["text"]), parse_stored(data["fetched"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write(self, origin: str, rules: Robots) -> None:
        """Cache *rules* for a day (a failed write only costs a fetch next run)."""
        data = {"origin": origin, "text": rules.text, "fetched": rfc3339(rules.fetched)}
        try:
            atomic_write(self._path(origin), json.dumps(data, ensure_ascii=False).encode())
        except OSError as exc:
            log.warning("cannot cache robots.txt of %s: %s", origin, exc)
