"""Render times of the syndication feeds (no cache): plain, filtered, archive, JSON, OPML.

Usage: PYTHONPATH=. python benchmarks/syndication.py [N_ARTICLES] [ROUNDS]   (defaults 1000 and 20)
Builds a temporary store of N synthetic articles, then times each URL through the app's test
client (median of ROUNDS, after one warm-up), and prints one line per URL.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from feedsvc import create_app
from feedsvc.models import ArticleDraft
from feedsvc.models import Image
from feedsvc.models import Source
from feedsvc.timeutil import get_zone

OUTLETS = ("新华社", "人民日报", "中国新闻网", "澎湃新闻")
CATEGORIES = ("国内新闻", "国际新闻", "财经", "媒体报道")
URLS = (
    "/feeds/all.rss",
    "/feeds/all.atom",
    "/feeds/all.json",
    "/feeds/source/xin-hua-she.rss",
    "/feeds/all.rss?limit=200",
    "/feeds/all.rss?q=%E8%B4%A2%E7%BB%8F&filterout=7",
    "/feeds/all/archive/1.atom",
    "/feeds.opml",
)


def main(count: int, rounds: int) -> None:
    zone = get_zone("Asia/Shanghai")
    start = datetime(2025, 1, 1, 8, 0, tzinfo=zone)
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"STORE_DIR": str(Path(folder) / "store"), "BASE_URL": "https://x.test"})
        store = app.extensions["feedsvc"]["store"]
        began = time.perf_counter()
        for n in range(count):
            store.save(
                ArticleDraft(
                    title=f"第{n}号文章:{CATEGORIES[n % 4]}",
                    category=CATEGORIES[n % 4],
                    published=start + timedelta(minutes=37 * n),
                    body_html=f"<p>第{n}号文章的正文,来自{OUTLETS[n % 4]}。</p>" * 20,
                    source=Source(OUTLETS[n % 4]),
                    authors=("张三",),
                    images=(Image(f"https://img.x.test/{n}.jpg", "图"),),
                )
            )
        print(f"stored {count} articles in {time.perf_counter() - began:.1f} s")
        client = app.test_client()
        for url in URLS:
            client.get(url)
            times = []
            for _ in range(rounds):
                t0 = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - t0)
            assert response.status_code == 200, url
            median = statistics.median(times) * 1000
            print(f"{median:8.1f} ms  {len(response.data):8d} B  {url}")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 20,
    )
