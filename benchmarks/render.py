"""Render benchmark: a cold render of a 50-item feed, feedsvc against Django's feedgenerator.

Both serialize the same 50 articles (title, link, guid, dates, author, category, HTML body)
with no caching; the rounds alternate the two and report the median time per render and
the ratio feedsvc / Django, for RSS and Atom. Needs Django installed (benchmark-only
requirement, not a dependency of feedsvc).
Usage: ``python -m benchmarks.render [--articles 1000] [--renders 30] [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import build_store
from feedsvc.formats.atom_rss import build_feed
from feedsvc.formats.meta import FeedMeta
from feedsvc.models import Article
from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from feedsvc.timeutil import get_zone
from feedsvc.timeutil import to_local

BASE = "https://news.example.com"


def feedsvc_renderer(articles: list[Article], fmt: str) -> Callable[[], bytes]:
    meta = FeedMeta(
        id="tag:news.example.com,2025:feed/all",
        title="feedsvc",
        description="新闻文章的 RSS 与 Atom 订阅",
        html_url=BASE + "/",
        self_url=f"{BASE}/feeds/all.{fmt}",
        language="zh-CN",
        zone=get_zone("Asia/Shanghai"),
        tag_authority="news.example.com",
        tag_date="2025",
        ttl=5,
    )
    lock = threading.Lock()
    return lambda: build_feed(
        meta,
        articles,
        fmt,  # type: ignore[arg-type]
        lambda a: f"{BASE}/a/{a.id}",
        lock,
    )


def django_renderer(articles: list[Article], fmt: str) -> Callable[[], bytes]:
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_TZ=True, TIME_ZONE="Asia/Shanghai")
    from django.utils import feedgenerator

    zone = get_zone("Asia/Shanghai")
    kind = feedgenerator.Rss201rev2Feed if fmt == "rss" else feedgenerator.Atom1Feed

    def render() -> bytes:
        feed = kind(
            title="feedsvc",
            link=BASE + "/",
            description="新闻文章的 RSS 与 Atom 订阅",
            language="zh-CN",
            feed_url=f"{BASE}/feeds/all.{fmt}",
            feed_guid="tag:news.example.com,2025:feed/all",
            ttl=5,
        )
        for a in articles:
            feed.add_item(
                title=a.title,
                link=f"{BASE}/a/{a.id}",
                description=a.body_html,
                unique_id=a.guid,
                unique_id_is_permalink=False,
                pubdate=to_local(a.published, zone),
                updateddate=to_local(a.updated, zone),
                author_name=a.authors[0] if a.authors else (a.source.name if a.source else None),
                categories=[a.category.name],
            )
        data: str = feed.writeString("utf-8")
        return data.encode("utf-8")

    return render


def timed(render: Callable[[], bytes], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        render()
    return (time.perf_counter() - started) / count * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--renders", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "feedsvc-bench"
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    store_dir, _ = build_store(args.workdir, args.articles)
    articles = ArticleStore(store_dir).open().select(Scope(), 50)
    assert len(articles) == 50
    for fmt in ("rss", "atom"):
        arms = {
            "feedsvc": feedsvc_renderer(articles, fmt),
            "django": django_renderer(articles, fmt),
        }
        for render in arms.values():
            timed(render, 3)
        times: dict[str, list[float]] = {arm: [] for arm in arms}
        for n in range(1, args.rounds + 1):
            for arm, render in arms.items():
                times[arm].append(timed(render, args.renders))
            print(
                f"round {n} {fmt}: feedsvc {times['feedsvc'][-1]:.2f} ms, "
                f"django {times['django'][-1]:.2f} ms",
                flush=True,
            )
        ours = statistics.median(times["feedsvc"])
        theirs = statistics.median(times["django"])
        print(
            f"{fmt}: feedsvc {ours:.2f} ms vs Django feedgenerator {theirs:.2f} ms per "
            f"50-item render, ratio {ours / theirs:.2f}"
        )


if __name__ == "__main__":
    main()
