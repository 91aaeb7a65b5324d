"""Health of the watched sources: failure streaks, staleness, and the rows ``watch list``
and GET /api/sources show. :func:`count_problems` is what /healthz counts."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any

from ...timeutil import rfc3339
from .sources import SourceDecl
from .sources import load_sources
from .state import SourceState
from .state import StateStore

#: Stale: no new article for this many times the source's usual gap...
STALE_FACTOR = 4
#: ...and never before this long.
STALE_MIN = timedelta(days=1)
#: Times of runs with something new needed before a usual gap is known.
GAPS_NEEDED = 3


def usual_gap(new_times: Sequence[datetime]) -> timedelta | None:
    """The median time between runs that found new articles (None until known)."""
    if len(new_times) < GAPS_NEEDED:
        return None
    gaps = [(b - a).total_seconds() for a, b in zip(new_times, new_times[1:], strict=False)]
    return timedelta(seconds=statistics.median(gaps))


def is_stale(state: SourceState, decl: SourceDecl, now: datetime) -> bool:
    """Whether the source has gone much longer than usual without a new article."""
    gap = usual_gap(state.new_times)
    if gap is None or not decl.enabled:
        return False
    limit = max(gap * STALE_FACTOR, STALE_MIN, timedelta(minutes=decl.interval * 3))
    return now - state.new_times[-1] > limit


@dataclass(frozen=True)
class SourceHealth:
    """One row of ``watch list``: a source's declaration and state, judged."""

    decl: SourceDecl
    state: SourceState
    stale: bool

    @property
    def failing(self) -> bool:
        """Whether the source is in a failure streak."""
        return self.state.failures > 0

    def status(self) -> str:
        """A word for the row: disabled, failing, stale, ok, deferred or new."""
        if not self.decl.enabled:
            return "disabled"
        if self.failing:
            return "failing"
        if self.stale:
            return "stale"
        return self.state.last_result or "new"

    def to_json(self) -> dict[str, Any]:
        """The row as GET /api/sources returns it."""
        s = self.state
        return {
            "name": self.decl.name,
            "urls": list(self.decl.urls),
            "category": self.decl.category,
            "interval": self.decl.interval,
            "enabled": self.decl.enabled,
            "status": self.status(),
            "last_check": rfc3339(s.last_check) if s.last_check else None,
            "last_result": s.last_result,
            "last_error": s.last_error,
            "new_last_run": s.new_last_run,
            "failures": s.failures,
            "stale": self.stale,
            "next_due": rfc3339(s.next_due) if s.next_due else None,
            "pending": len(s.pending),
            "seen": len(s.seen),
        }


def source_health(
    decls: Sequence[SourceDecl], states: StateStore, now: datetime
) -> list[SourceHealth]:
    """The health of every declared source, in the file's order."""
    rows = []
    for decl in decls:
        state = states.load(decl.name)
        rows.append(SourceHealth(decl, state, is_stale(state, decl, now)))
    return rows


@dataclass(frozen=True)
class HealthCounts:
    """How many sources are declared, failing (a failure streak) and stale."""

    sources: int
    failing: int
    stale: int


def count_problems(sources_file: Path, state_dir: Path, now: datetime) -> HealthCounts:
    """The counts /healthz reports: read the declarations and the states, nothing else.

    :raise SourcesFileError, InvalidSource: the sources file cannot be read.
    """
    rows = source_health(load_sources(sources_file), StateStore(state_dir), now)
    return HealthCounts(
        sources=len(rows),
        failing=sum(r.failing for r in rows if r.decl.enabled),
        stale=sum(r.stale for r in rows),
    )
