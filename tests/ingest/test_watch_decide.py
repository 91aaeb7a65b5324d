"""The pure rules of a pass (no network, no store) and the sources file."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest

from feedsvc.ingest.watch import decide
from feedsvc.ingest.watch.errors import InvalidSource
from feedsvc.ingest.watch.health import is_stale
from feedsvc.ingest.watch.links import FoundLink
from feedsvc.ingest.watch.politeness import backoff
from feedsvc.ingest.watch.politeness import retry_after
from feedsvc.ingest.watch.sources import SourceDecl
from feedsvc.ingest.watch.sources import add_source
from feedsvc.ingest.watch.sources import load_sources
from feedsvc.ingest.watch.sources import remove_source
from feedsvc.ingest.watch.state import Seen
from feedsvc.ingest.watch.state import SourceState

NOW = datetime(2025, 8, 1, 4, 0, tzinfo=UTC)
DECL = SourceDecl("s", ("http://h.cn/list/",))


def links(*numbers: int) -> list[FoundLink]:
    return [
        FoundLink(f"http://h.cn/a/{n}.html", f"//h.cn/a/{n}.html", f"第{n}条", None)
        for n in numbers
    ]


def test_a_new_source_imports_the_newest_and_marks_the_backlog_seen() -> None:
    plan = decide.plan_imports(SourceState("s"), links(*range(30, 0, -1)), 20, False, NOW)
    assert [p.url for p in plan.to_import] == [f"http://h.cn/a/{n}.html" for n in range(30, 10, -1)]
    assert {k for k, s in plan.state.seen.items() if s.status == "backlog"} == {
        f"//h.cn/a/{n}.html" for n in range(10, 0, -1)
    }
    assert plan.state.initialized


def test_backfill_imports_the_whole_list() -> None:
    plan = decide.plan_imports(SourceState("s"), links(*range(30, 0, -1)), 20, True, NOW)
    assert len(plan.to_import) == 30 and not plan.state.seen


def test_only_new_links_are_queued_and_pending_ones_come_first() -> None:
    state = decide.plan_imports(SourceState("s"), links(3, 2, 1), 1, False, NOW).state
    assert [p.key for p in state.pending] == ["//h.cn/a/3.html"]
    state = decide.record(state, state.pending[0], "imported", NOW, article_id="x")
    plan = decide.plan_imports(state, links(5, 4, 3, 2, 1), 1, False, NOW)
    assert [p.key for p in plan.to_import] == ["//h.cn/a/5.html"]
    assert [p.key for p in plan.state.pending] == ["//h.cn/a/5.html", "//h.cn/a/4.html"]


def test_a_transient_failure_is_retried_a_few_times_then_given_up() -> None:
    state = decide.plan_imports(SourceState("s"), links(1), 5, False, NOW).state
    item = state.pending[0]
    for attempt in range(1, decide.MAX_ATTEMPTS):
        state = decide.record(state, item, decide.RETRY, NOW)
        assert decide.is_new(state, item.key), attempt
    state = decide.record(state, item, decide.RETRY, NOW)
    assert state.seen[item.key].status == "failed" and not decide.is_new(state, item.key)


def test_withdrawn_and_failed_links_are_never_queued_again() -> None:
    seen = {"//h.cn/a/1.html": Seen("withdrawn", NOW), "//h.cn/a/2.html": Seen("failed", NOW)}
    state = SourceState("s", initialized=True, seen=seen)
    assert decide.plan_imports(state, links(2, 1), 20, False, NOW).to_import == ()


def test_failures_back_off_exponentially_with_jitter_capped_at_a_day() -> None:
    state = SourceState("s")
    due = []
    for _ in range(12):
        state = decide.finish(state, DECL, decide.Outcome("error", error="x"), NOW, 0.5)
        due.append(state.next_due - NOW)  # type: ignore[operator]
    assert due[:4] == [timedelta(minutes=m) for m in (30, 60, 120, 240)]
    assert due[-1] == timedelta(days=1) and state.failures == 12
    assert backoff(3, timedelta(minutes=30), 0.0) == timedelta(minutes=90)
    assert backoff(3, timedelta(minutes=30), 0.999) < timedelta(minutes=150)
    ok = decide.finish(state, DECL, decide.Outcome("ok", new=2), NOW, 0.0)
    assert ok.failures == 0 and ok.next_due == NOW + timedelta(minutes=30)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", NOW + timedelta(seconds=120)),
        ("Fri, 01 Aug 2025 06:00:00 GMT", datetime(2025, 8, 1, 6, 0, tzinfo=UTC)),
        ("Thu, 31 Jul 2025 06:00:00 GMT", NOW),
        ("soon", None),
        ("99999999", NOW + timedelta(days=7)),
    ],
)
def test_retry_after_in_seconds_or_as_a_date(value: str, expected: datetime | None) -> None:
    assert retry_after(value, NOW) == expected


def test_deferred_source_waits_for_retry_after_without_counting_a_failure() -> None:
    until = NOW + timedelta(hours=2)
    state = decide.finish(SourceState("s"), DECL, decide.Outcome("deferred", until=until), NOW, 0.3)
    assert state.next_due == until and state.failures == 0


def test_a_source_quiet_for_much_longer_than_usual_is_stale() -> None:
    times = tuple(NOW + timedelta(hours=h) for h in range(0, 24, 6))  # every 6 hours
    state = SourceState("s", new_times=times)
    assert not is_stale(state, DECL, times[-1] + timedelta(hours=20))
    assert is_stale(state, DECL, times[-1] + timedelta(hours=25))
    assert not is_stale(SourceState("s", new_times=times[:2]), DECL, NOW + timedelta(days=30))


def test_sources_file_keeps_comments_and_refuses_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('# 我们关注的站点\n[sources.zlw]\nurls = ["http://h.cn/mtbd/"]  # 媒体报道\n')
    add_source(path, SourceDecl("gov", ("http://www.gov.cn/xinwen/",), "要闻", 60))
    text = path.read_text()
    assert "# 我们关注的站点" in text and "# 媒体报道" in text
    assert [(d.name, d.category, d.interval) for d in load_sources(path)] == [
        ("zlw", None, 30),
        ("gov", "要闻", 60),
    ]
    remove_source(path, "gov")
    assert "# 我们关注的站点" in path.read_text() and len(load_sources(path)) == 1
    path.write_text('[sources.fast]\nurls = ["http://h.cn/"]\ninterval = 5\n')
    with pytest.raises(InvalidSource, match="interval must be an integer of at least 15"):
        load_sources(path)
