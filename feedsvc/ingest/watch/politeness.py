"""Politeness: one request at a time per host with a delay between two, and backing off.

The per-host turn is a lock file plus a time stamp file under ``<store>/watch/hosts``, so
the delay holds across threads and across overlapping runs (cron and a manual run).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from filelock import FileLock
from filelock import Timeout
from werkzeug.http import parse_date

from .errors import WatchError

DAY = timedelta(days=1)
#: The longest a Retry-After may defer a source.
MAX_DEFER = timedelta(days=7)
#: How long a run waits for its turn at one host before giving up on it.
TURN_TIMEOUT = 600.0
#: Jitter of a back-off, as a fraction of it (±).
JITTER = 0.25


def host_file_name(origin: str) -> str:
    """A file name for the host of *origin* (``http://a.b:8080`` → ``http_a.b_8080``)."""
    return re.sub(r"[^A-Za-z0-9.-]+", "_", origin).strip("_")


class HostGate:
    """Turns at hosts: one request at a time, at least *delay* seconds apart."""

    def __init__(
        self,
        folder: Path,
        *,
        now: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.folder = folder
        self.now = now
        self.sleep = sleep

    @contextmanager
    def turn(self, origin: str, delay: float) -> Iterator[None]:
        """Wait until *origin* is free and *delay* seconds have passed since its last
        request ended; hold it while the caller makes one request.

        :raise WatchError: the host stayed busy for TURN_TIMEOUT seconds.
        """
        name = host_file_name(origin)
        lock = FileLock(str(self.folder / f"{name}.lock"), timeout=TURN_TIMEOUT)
        stamp = self.folder / f"{name}.last"
        try:
            lock.acquire()
        except Timeout as exc:
            raise WatchError(f"{origin} stayed busy for {TURN_TIMEOUT:g} s") from exc
        try:
            wait = _last(stamp) + delay - self.now()
            if wait > 0:
                self.sleep(wait)
            yield
        finally:
            try:
                stamp.write_text(repr(self.now()), encoding="ascii")
            finally:
                lock.release()


def _last(stamp: Path) -> float:
    """The time the last request to a host ended (0 if unknown)."""
    try:
        return float(stamp.read_text(encoding="ascii"))
    except (OSError, ValueError):
        return 0.0


def backoff(failures: int, interval: timedelta, rand: float) -> timedelta:
    """How long to wait after *failures* failures in a row: the interval doubled per
    failure, jittered by ±25 % (*rand* in [0, 1)), never more than a day."""
    if failures <= 0:
        return interval
    base: timedelta = min(interval * (2 ** min(failures - 1, 20)), DAY)
    jittered: timedelta = base * (1 - JITTER + 2 * JITTER * rand)
    return min(jittered, DAY)


def retry_after(value: str | None, now: datetime) -> datetime | None:
    """The time a Retry-After header (seconds or an HTTP date) names, at most a week away;
    None when there is no usable header."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        until = now + timedelta(seconds=int(value[:9]))
    else:
        parsed = parse_date(value)
        if parsed is None:
            return None
        until = max(parsed, now)
    return min(until, now + MAX_DEFER)
