"""One pass over the watched sources: fetch (I/O) → decide (pure) → apply (store).

Sources are grouped by host and the groups run in a small thread pool; inside a group one
source follows another, and every request waits for its host's turn (politeness.py), so no
host ever sees two requests at once. A source's state is written before its imports start
and after each one, so a pass killed half way loses nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import replace
from datetime import datetime

from ...errors import Conflict
from ...errors import ExtractionError
from ...errors import FeedsvcError
from ...errors import FetchHTTPError
from ...timeutil import to_local
from ..fetch import FetchedPage
from ..importer import HtmlDocument
from ..importer import load_with_settings
from . import decide
from .context import AGENT_TOKEN
from .context import Watcher
from .errors import Deferred
from .errors import HostUnavailable
from .errors import NoArticleLinks
from .errors import RobotsDisallowed
from .errors import SourceBusy
from .hints import apply_hints
from .links import FoundLink
from .links import find_links
from .politeness import retry_after
from .robots import RobotsCache
from .sources import SourceDecl
from .state import Pending
from .state import SourceState
from .state import Validators
from .urls import origin_of

log = logging.getLogger("feedsvc.watch")


@dataclass(frozen=True)
class SourceReport:
    """What one pass did for one source."""

    name: str
    outcome: decide.Outcome
    state: SourceState

    def line(self) -> str:
        """The one log line of this source for this pass."""
        o = self.outcome
        text = f"{self.name}: {o.result}, {o.new} new"
        if o.failed_articles:
            text += f", {o.failed_articles} articles failed"
        if o.error:
            text += f" — {o.error}"
        if self.state.next_due is not None:
            text += f"; next check {self.state.next_due.isoformat(timespec='minutes')}"
        return text


class Pass:
    """One pass: the watcher, this pass's robots cache, and the requests it made."""

    def __init__(self, watcher: Watcher) -> None:
        self.w = watcher
        self.robots = RobotsCache(watcher.states.hosts_dir, self._robots_get, watcher.clock)

    # -- fetching ----------------------------------------------------------------------

    def _raw(self, url: str, delay: float, headers: Mapping[str, str] | None = None) -> FetchedPage:
        """GET *url* in its host's turn, through the SSRF-guarded fetch."""
        assert self.w.gate is not None
        with self.w.gate.turn(origin_of(url), delay):
            agent = {"User-Agent": self.w.watch.user_agent}
            return self.w.fetch.fetch(url, headers={**agent, **(headers or {})})

    def _robots_get(self, url: str) -> FetchedPage:
        """GET a robots.txt in its host's turn (no robots check for it)."""
        return self._raw(url, self.w.watch.min_delay)

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> FetchedPage:
        """GET *url* if robots.txt allows it, at least the crawl delay after the last
        request to its host.

        :raise HostUnavailable: the host's robots.txt could not be read this run.
        :raise RobotsDisallowed: robots.txt disallows *url*.
        """
        rules = self.robots.get(origin_of(url))
        if not rules.allows(url, AGENT_TOKEN):
            raise RobotsDisallowed(url)
        delay = max(rules.crawl_delay(AGENT_TOKEN), self.w.watch.min_delay)
        return self._raw(url, delay, headers)

    # -- list pages --------------------------------------------------------------------

    def check_lists(
        self, decl: SourceDecl, state: SourceState
    ) -> tuple[list[FoundLink], dict[str, Validators], str]:
        """Fetch the list pages conditionally; the links, the new validators and the result
        (ok, unchanged or not modified)."""
        links: list[FoundLink] = []
        validators: dict[str, Validators] = {}
        changed = modified = False
        for url in decl.urls:
            old = state.validators.get(url, Validators())
            page = self.get(url, _conditional(old))
            if page.status == 304:
                validators[url] = old
                continue
            modified = True
            found = find_links(
                page.data,
                page.url,
                today=to_local(self.w.clock(), self.w.settings.zone).date(),
                zone=self.w.settings.zone,
                content_type=page.content_type,
                selector=decl.hints.links,
            )
            if not found.links:
                raise NoArticleLinks(url)
            digest = _digest(found.links)
            changed |= digest != old.links_digest
            validators[url] = Validators(
                _header(page, "ETag"), _header(page, "Last-Modified"), digest
            )
            links += found.links
        result = "ok" if changed else "unchanged" if modified else "not modified"
        return links, validators, result

    # -- articles ----------------------------------------------------------------------

    def import_article(self, decl: SourceDecl, item: Pending) -> tuple[str, str | None, str | None]:
        """Fetch, extract and save one article; (status, article id, reason)."""
        settings = self.w.settings
        try:
            page = self.get(item.url)
            draft = load_with_settings(
                HtmlDocument(page.data, page.url, page.content_type), settings
            )
            draft = apply_hints(draft, page.data, page.content_type, decl.hints, settings.zone)
            if decl.category:
                draft = replace(draft, category=decl.category)
            with self.w.write_lock:
                result = self.w.store.save(draft)
        except Conflict as exc:
            return "withdrawn", exc.article_id, exc.message
        except RobotsDisallowed as exc:
            return "skipped", None, exc.message
        except FetchHTTPError as exc:
            if exc.code in (429, 503):
                raise
            return ("failed" if 400 <= exc.code < 500 else decide.RETRY), None, exc.message
        except ExtractionError as exc:
            return "failed", None, exc.message
        except (HostUnavailable, SourceBusy):
            raise
        except FeedsvcError as exc:
            return decide.RETRY, None, exc.message
        return "imported", result.article.id, None

    # -- one source --------------------------------------------------------------------

    def run_source(self, decl: SourceDecl, *, backfill: bool = False) -> SourceReport:
        """Check one source and import what is new; errors become the source's state."""
        try:
            lock = self.w.states.hold(decl.name)
        except SourceBusy as exc:
            state = self.w.states.load(decl.name)
            return SourceReport(decl.name, decide.Outcome("skipped", error=exc.message), state)
        try:
            state = self.w.states.load(decl.name)
            state, outcome = self._work(decl, state, backfill)
            state = decide.finish(state, decl, outcome, self.w.clock(), self.w.rand.random())
            self.w.states.save(state)
        finally:
            lock.release()
        report = SourceReport(decl.name, outcome, state)
        (log.warning if outcome.failed else log.info)("watch %s", report.line())
        return report

    def _work(
        self, decl: SourceDecl, state: SourceState, backfill: bool
    ) -> tuple[SourceState, decide.Outcome]:
        """The list pages, then the imports; the state reached and how it ended."""
        try:
            links, validators, result = self.check_lists(decl, state)
        except FetchHTTPError as exc:
            return state, _http_outcome(exc, self.w.clock())
        except FeedsvcError as exc:
            return state, decide.Outcome("error", error=exc.message)
        backfill = backfill or state.backfill
        plan = decide.plan_imports(state, links, decl.per_run, backfill, self.w.clock())
        state = plan.state
        self.w.states.save(state)
        new = failed = 0
        for item in plan.to_import:
            try:
                status, article_id, reason = self.import_article(decl, item)
            except FetchHTTPError as exc:
                return state, replace(_http_outcome(exc, self.w.clock()), new=new)
            except FeedsvcError as exc:
                return state, decide.Outcome("error", new=new, error=exc.message)
            new += status == "imported"
            failed += status in ("failed", decide.RETRY)
            state = decide.record(
                state, item, status, self.w.clock(), article_id=article_id, reason=reason
            )
            self.w.states.save(state)
        state = replace(state, validators=validators)
        return state, decide.Outcome(result, new=new, failed_articles=failed)


def _http_outcome(exc: FetchHTTPError, now: datetime) -> decide.Outcome:
    """A 429/503 with Retry-After defers the source; any other status is an error."""
    until = retry_after(exc.retry_after, now) if exc.code in (429, 503) else None
    if until is None:
        return decide.Outcome("error", error=exc.message)
    deferred = Deferred(exc.url, exc.code, until.isoformat(timespec="seconds"))
    return decide.Outcome("deferred", error=deferred.message, until=until)


def _conditional(old: Validators) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the validators of the last fetch."""
    headers = {}
    if old.etag:
        headers["If-None-Match"] = old.etag
    if old.last_modified:
        headers["If-Modified-Since"] = old.last_modified
    return headers


def _header(page: FetchedPage, name: str) -> str | None:
    """The header *name* of *page*, whatever its case."""
    return next((v for k, v in page.headers.items() if k.lower() == name.lower()), None)


def _digest(links: Iterable[FoundLink]) -> str:
    """A digest of the set of link keys (unchanged list → same digest)."""
    keys = "\n".join(sorted(link.key for link in links))
    return hashlib.blake2b(keys.encode("utf-8"), digest_size=12).hexdigest()


def run_pass(
    watcher: Watcher,
    sources: Iterable[SourceDecl],
    *,
    backfill: bool = False,
    progress: Callable[[SourceReport], None] | None = None,
) -> list[SourceReport]:
    """Run *sources* (already chosen: due, named or forced), host by host in parallel."""
    groups: dict[str, list[SourceDecl]] = {}
    for decl in sources:
        groups.setdefault(origin_of(decl.urls[0]), []).append(decl)
    one_pass = Pass(watcher)

    def run_group(group: list[SourceDecl]) -> list[SourceReport]:
        """Run the sources of one host, one after another."""
        reports = []
        for decl in group:
            report = one_pass.run_source(decl, backfill=backfill)
            if progress is not None:
                progress(report)
            reports.append(report)
        return reports

    if not groups:
        return []
    workers = min(watcher.watch.workers, len(groups))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="watch") as pool:
        return [r for reports in pool.map(run_group, groups.values()) for r in reports]


def due_sources(
    watcher: Watcher, sources: Iterable[SourceDecl], names: Iterable[str], force: bool
) -> list[SourceDecl]:
    """The sources a pass works on: the named ones (or all) that are enabled and due, or
    all of those with *force*."""
    wanted = set(names)
    now = watcher.clock()
    return [
        decl
        for decl in sources
        if (not wanted or decl.name in wanted)
        and decl.enabled
        and (force or decide.is_due(decl, watcher.states.load(decl.name), now))
    ]
