"""Runtime state of the watched sources, kept apart from the declarations, in the store.

``<store>/watch/sources/<name>.json`` holds, per source, the validators of its list pages,
every article link it handled (imported, failed, withdrawn, or backlog marked seen), the
links decided but not yet imported, the last result and error, the failure streak and the
next check. Files are replaced atomically, so a run killed half way leaves the last
complete state, and the next run finishes the job.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock
from filelock import Timeout

from ...store import atomic_write
from ...timeutil import parse_stored
from ...timeutil import rfc3339
from .errors import SourceBusy
from .errors import WatchError

log = logging.getLogger(__name__)

#: Most links remembered per source; the oldest are forgotten first.
SEEN_LIMIT = 5000
#: Times of runs that found something new, kept to learn a source's usual gap.
NEW_TIMES_KEPT = 12
SCHEMA = 1


@dataclass(frozen=True)
class Seen:
    """What happened to one article link: imported, failed, withdrawn or backlog."""

    status: str
    at: datetime
    article_id: str | None = None
    reason: str | None = None
    attempts: int = 1


@dataclass(frozen=True)
class Validators:
    """What the last fetch of a list page gave: ETag, Last-Modified, digest of its links."""

    etag: str | None = None
    last_modified: str | None = None
    links_digest: str | None = None


@dataclass(frozen=True)
class Pending:
    """A link decided for import and not yet done."""

    url: str
    key: str


@dataclass(frozen=True)
class SourceState:
    """Everything a run learned about one source."""

    name: str
    initialized: bool = False
    validators: Mapping[str, Validators] = field(default_factory=dict)
    seen: Mapping[str, Seen] = field(default_factory=dict)
    pending: tuple[Pending, ...] = ()
    last_check: datetime | None = None
    last_result: str | None = None
    last_error: str | None = None
    new_last_run: int = 0
    failures: int = 0
    next_due: datetime | None = None
    new_times: tuple[datetime, ...] = ()
    backfill: bool = False

    def to_json(self) -> dict[str, Any]:
        """The JSON form written to the state file."""
        return {
            "schema": SCHEMA,
            "name": self.name,
            "initialized": self.initialized,
            "validators": {u: vars(v) for u, v in self.validators.items()},
            "seen": {k: _seen_json(s) for k, s in self.seen.items()},
            "pending": [vars(p) for p in self.pending],
            "last_check": _time(self.last_check),
            "last_result": self.last_result,
            "last_error": self.last_error,
            "new_last_run": self.new_last_run,
            "failures": self.failures,
            "next_due": _time(self.next_due),
            "new_times": [rfc3339(t) for t in self.new_times],
            "backfill": self.backfill,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SourceState:
        """Read a state file's JSON; raise KeyError/ValueError/TypeError if it is not one."""
        return cls(
            name=str(data["name"]),
            initialized=bool(data["initialized"]),
            validators={u: Validators(**v) for u, v in data["validators"].items()},
            seen={k: _seen_from(s) for k, s in data["seen"].items()},
            pending=tuple(Pending(**p) for p in data["pending"]),
            last_check=_parse(data["last_check"]),
            last_result=data["last_result"],
            last_error=data["last_error"],
            new_last_run=int(data["new_last_run"]),
            failures=int(data["failures"]),
            next_due=_parse(data["next_due"]),
            new_times=tuple(parse_stored(t) for t in data["new_times"]),
            backfill=bool(data.get("backfill", False)),
        )

    def reset(self) -> SourceState:
        """The state with the failure streak, the error and the schedule cleared."""
        return replace(self, failures=0, last_error=None, next_due=None)


def _time(value: datetime | None) -> str | None:
    """*value* as RFC 3339, or None."""
    return rfc3339(value) if value is not None else None


def _parse(value: str | None) -> datetime | None:
    """An RFC 3339 *value* as an aware datetime, or None."""
    return parse_stored(value) if value else None


def _seen_json(seen: Seen) -> dict[str, Any]:
    """The JSON form of one seen link (None values left out)."""
    data = {**vars(seen), "at": rfc3339(seen.at)}
    return {k: v for k, v in data.items() if v is not None}


def _seen_from(data: Mapping[str, Any]) -> Seen:
    """One seen link from its JSON form."""
    return Seen(**{**data, "at": parse_stored(data["at"])})


def trim_seen(seen: Mapping[str, Seen], limit: int = SEEN_LIMIT) -> dict[str, Seen]:
    """*seen* with at most *limit* entries, the most recent kept."""
    if len(seen) <= limit:
        return dict(seen)
    newest = sorted(seen.items(), key=lambda item: item[1].at, reverse=True)[:limit]
    return dict(newest)


class StateStore:
    """The folder of state files, ``<store>/watch``; one lock file per source."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sources_dir = root / "sources"
        self.hosts_dir = root / "hosts"

    def open(self) -> StateStore:
        """Create the folders; remove temporary files a killed run left behind."""
        try:
            for folder in (self.sources_dir, self.hosts_dir):
                folder.mkdir(parents=True, exist_ok=True)
                for tmp in folder.glob(".tmp-*"):
                    tmp.unlink(missing_ok=True)
        except OSError as exc:
            raise WatchError(f"watch state {self.root}: {exc.strerror or exc}") from exc
        return self

    def path(self, name: str) -> Path:
        """The state file of *name*."""
        return self.sources_dir / f"{name}.json"

    def load(self, name: str) -> SourceState:
        """The state of *name*; a new one if there is none or the file is damaged."""
        path = self.path(name)
        try:
            return SourceState.from_json(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return SourceState(name)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("watch state %s is damaged (%s); starting afresh", path, exc)
            return SourceState(name, last_error=f"state file was damaged: {exc}")

    def save(self, state: SourceState) -> None:
        """Replace the state file of ``state.name`` atomically."""
        data = json.dumps(state.to_json(), ensure_ascii=False, sort_keys=True, indent=1)
        try:
            atomic_write(self.path(state.name), data.encode("utf-8") + b"\n")
        except OSError as exc:
            raise WatchError(f"cannot write {self.path(state.name)}: {exc}") from exc

    def delete(self, name: str) -> None:
        """Forget the state of *name* (after ``watch remove``)."""
        self.path(name).unlink(missing_ok=True)

    def lock(self, name: str) -> FileLock:
        """The lock a run holds while it works on *name* (never waits: see :meth:`hold`)."""
        return FileLock(str(self.sources_dir / f"{name}.lock"), timeout=0)

    def hold(self, name: str) -> FileLock:
        """Acquire the lock of *name*; raise SourceBusy if another run holds it."""
        lock = self.lock(name)
        try:
            lock.acquire()
        except Timeout as exc:
            raise SourceBusy(name) from exc
        return lock
