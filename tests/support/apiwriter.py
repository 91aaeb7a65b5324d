"""A writer process for the concurrency test: POST articles to a running server.

Usage: python -m tests.support.apiwriter BASE_URL FIRST COUNT
(the token comes from FEEDSVC_TEST_TOKEN)
"""

from __future__ import annotations

import http.client
import json
import os
import sys
from urllib.parse import urlsplit

from tests.support.api import sample


def article(n: int) -> dict[str, object]:
    """Article number *n* as the writer sends it (the test checks the store against this)."""
    return sample(
        n,
        title=f"并发写入第{n:05d}号",
        category=("国内新闻", "财经", "国际新闻")[n % 3],
        published=f"2025-06-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:00",
        body_html=f"<p>第{n}号文章正文,由接口写入。</p>",
        original_url=f"https://example.com/concurrent/{n}.html",
    )


def main(base: str, first: int, count: int) -> int:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    headers = {
        "Authorization": "Bearer " + os.environ["FEEDSVC_TEST_TOKEN"],
        "Content-Type": "application/json",
    }
    failures = 0
    for n in range(first, first + count):
        conn.request("POST", "/api/articles", json.dumps(article(n)).encode(), headers)
        response = conn.getresponse()
        body = response.read()
        if response.status != 201:
            failures += 1
            print(f"article {n}: {response.status} {body[:300]!r}", file=sys.stderr)
    conn.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
