"""The pure part of a pass: which links are new, what to import, when to look again.

Nothing here does I/O or reads a clock: every function takes the stored state and what
was fetched, and returns the state to store (after lemon24/reader's ``Decider``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from datetime import datetime
from datetime import timedelta

from .links import FoundLink
from .politeness import backoff
from .sources import SourceDecl
from .state import NEW_TIMES_KEPT
from .state import Pending
from .state import Seen
from .state import SourceState
from .state import trim_seen

#: Tries for an article whose fetch failed in a way that may pass (timeout, 5xx...).
MAX_ATTEMPTS = 3
#: Spread of the next check after a normal run, as a fraction of the interval.
SPREAD = 0.1
RETRY = "retry"


@dataclass(frozen=True)
class Plan:
    """The state to store before importing, and the links to import this run."""

    state: SourceState
    to_import: tuple[Pending, ...]


@dataclass(frozen=True)
class Outcome:
    """How a run over one source ended (result is ok, not modified, unchanged, error,
    deferred or skipped)."""

    result: str
    new: int = 0
    error: str | None = None
    until: datetime | None = None
    failed_articles: int = 0

    @property
    def failed(self) -> bool:
        """Whether the run counts as a failure of the source."""
        return self.result == "error"


def is_due(decl: SourceDecl, state: SourceState, now: datetime) -> bool:
    """Whether *decl* should be checked at *now*."""
    return decl.enabled and (state.next_due is None or state.next_due <= now)


def is_new(state: SourceState, key: str) -> bool:
    """Whether the link *key* still has to be handled (never seen, or a retry left)."""
    seen = state.seen.get(key)
    return seen is None or (seen.status == RETRY and seen.attempts < MAX_ATTEMPTS)


def plan_imports(
    state: SourceState, links: Sequence[FoundLink], per_run: int, backfill: bool, now: datetime
) -> Plan:
    """Queue the new links; a new source takes the newest *per_run* and marks the older
    backlog seen (all of them with *backfill*)."""
    queued = {p.key for p in state.pending}
    new = [Pending(link.url, link.key) for link in links if is_new(state, link.key)]
    new = [p for p in dict((p.key, p) for p in new).values() if p.key not in queued]
    seen = dict(state.seen)
    if not state.initialized:
        if not backfill:
            for late in new[per_run:]:
                seen[late.key] = Seen("backlog", now)
            new = new[:per_run]
        per_run = max(per_run, len(new))
    queue = (*state.pending, *new)
    planned = replace(state, initialized=True, seen=trim_seen(seen), pending=queue, backfill=False)
    return Plan(planned, queue[:per_run])


def record(
    state: SourceState,
    item: Pending,
    status: str,
    now: datetime,
    *,
    article_id: str | None = None,
    reason: str | None = None,
) -> SourceState:
    """*state* after handling *item*: imported, failed, withdrawn, skipped or retry."""
    previous = state.seen.get(item.key)
    attempts = previous.attempts + 1 if previous and previous.status == RETRY else 1
    if status == RETRY and attempts >= MAX_ATTEMPTS:
        status = "failed"
    seen = {**state.seen, item.key: Seen(status, now, article_id, reason, attempts)}
    pending = tuple(p for p in state.pending if p.key != item.key)
    return replace(state, seen=seen, pending=pending)


def next_check(
    state: SourceState, decl: SourceDecl, outcome: Outcome, now: datetime, rand: float
) -> datetime:
    """When to look at the source again: the interval (spread a little), the server's
    Retry-After, or an exponential back-off with jitter after failures."""
    interval = timedelta(minutes=decl.interval)
    if outcome.result == "deferred" and outcome.until is not None:
        return outcome.until
    if outcome.failed:
        return now + backoff(state.failures, interval, rand)
    return now + interval * (1 + SPREAD * rand)


def finish(
    state: SourceState, decl: SourceDecl, outcome: Outcome, now: datetime, rand: float
) -> SourceState:
    """*state* after a run that ended with *outcome*: result, streak, schedule."""
    failures = state.failures + 1 if outcome.failed else 0
    if outcome.result in ("deferred", "skipped"):
        failures = state.failures
    new_times = state.new_times
    if outcome.new:
        new_times = (*new_times, now)[-NEW_TIMES_KEPT:]
    state = replace(
        state,
        last_check=now,
        last_result=outcome.result,
        last_error=outcome.error,
        new_last_run=outcome.new,
        failures=failures,
        new_times=new_times,
    )
    return replace(state, next_due=next_check(state, decl, outcome, now, rand))
