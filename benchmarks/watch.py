"""Watch benchmark: 200 simulated sites on loopback, 50 ms latency, 30 stories each.

One server process answers for every site: site *i* is the loopback address 127.0.x.y on one
port, so each site is a distinct host to the watcher (its own politeness turn and
robots.txt). Every answer waits 50 ms first. The watcher runs in this process on a fresh
store and reports, for a first pass and for a pass with nothing new (``--force``): wall
time, requests by kind, and where the time went (summed over the worker threads); then the
peak resident memory of the whole run.

Usage: ``python -m benchmarks.watch [--sites 200] [--stories 30] [--delay 0] [--workers 8]``.
--delay is FEEDSVC_WATCH_MIN_DELAY (2 s in production; see the README for the arithmetic).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from feedsvc import create_app  # noqa: E402
from feedsvc.ingest.watch import run as watch_run  # noqa: E402
from feedsvc.ingest.watch.context import watcher_for  # noqa: E402
from feedsvc.ingest.watch.sources import SourceDecl  # noqa: E402
from feedsvc.ingest.watch.sources import load_sources  # noqa: E402
from feedsvc.ingest.watch.state import StateStore  # noqa: E402
from tests.support.portal import Story  # noqa: E402
from tests.support.portal import article_page  # noqa: E402
from tests.support.portal import list_page  # noqa: E402

LATENCY = 0.05


def host(i: int) -> str:
    return f"127.0.{1 + i // 250}.{1 + i % 250}"


def serve(port: int, stories: int, ready: Any) -> None:
    """The server process: every site's robots.txt (404), list page and articles."""
    cache: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            time.sleep(LATENCY)
            origin = f"http://{self.headers['Host']}"
            status, body = 404, b"not found"
            if self.path == "/mtbd/":
                etag = '"v1"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                key = origin
                if key not in cache:
                    cache[key] = list_page([Story(n) for n in range(stories, 0, -1)], origin)
                status, body = 200, cache[key]
            elif self.path.startswith("/mtbd/2"):
                n = int(self.path.rsplit("_", 1)[1].split(".")[0])
                status, body = 200, article_page(Story(n))
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            if self.path == "/mtbd/":
                self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("0.0.0.0", port), Handler)
    httpd.daemon_threads = True
    httpd.request_queue_size = 256
    ready.set()
    httpd.serve_forever()


class Timings:
    """Seconds spent per step, summed over threads, and requests by kind."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        self.lock = threading.Lock()

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                with self.lock:
                    self.seconds[name] += time.perf_counter() - started
                    if name == "fetch (network + 50 ms)":
                        url = str(args[0])
                        kind = (
                            "robots"
                            if url.endswith("robots.txt")
                            else "list"
                            if url.endswith("/mtbd/")
                            else "article"
                        )
                        self.requests[kind] += 1

        return timed


def one_pass(app: Any, timings: Timings) -> tuple[float, int, int]:
    watcher = watcher_for(app)
    watcher.store.save = timings.wrap("store save", watcher.store.save)  # type: ignore[method-assign]
    sources = load_sources(watcher.watch.sources_file)
    started = time.perf_counter()
    reports = watch_run.run_pass(watcher, watch_run.due_sources(watcher, sources, (), True))
    wall = time.perf_counter() - started
    return wall, sum(r.outcome.new for r in reports), sum(r.outcome.failed for r in reports)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--stories", type=int, default=30)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--port", type=int, default=18765)
    args = parser.parse_args()
    ready = multiprocessing.Event()
    server = multiprocessing.Process(
        target=serve, args=(args.port, args.stories, ready), daemon=True
    )
    server.start()
    ready.wait(10)
    tmp = tempfile.mkdtemp(
        prefix="watch-bench-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None
    )
    store_dir = Path(tmp) / "store"
    app = create_app(
        {
            "STORE_DIR": str(store_dir),
            "FETCH_ALLOW_PRIVATE": True,
            "WATCH_MIN_DELAY": args.delay,
            "WATCH_WORKERS": args.workers,
        }
    )
    lines = ["[sources]"]
    for i in range(args.sites):
        decl = SourceDecl(f"site{i:04d}", (f"http://{host(i)}:{args.port}/mtbd/",))
        lines += [f"[sources.{decl.name}]", f'urls = ["{decl.urls[0]}"]']
    (store_dir / "sources.toml").write_text("\n".join(lines) + "\n")
    StateStore(store_dir / "watch").open()
    timings = Timings()
    watch_run.fetch_url = timings.wrap("fetch (network + 50 ms)", watch_run.fetch_url)  # type: ignore[assignment]
    watch_run.extract_article = timings.wrap("extract", watch_run.extract_article)  # type: ignore[assignment]
    StateStore.save = timings.wrap("state save", StateStore.save)  # type: ignore[method-assign]
    from feedsvc.ingest.watch import links

    watch_run.find_links = timings.wrap("find links", links.find_links)  # type: ignore[assignment]
    for label in ("first pass", "no-change pass"):
        timings.seconds.clear()
        timings.requests.clear()
        wall, new, failed = one_pass(app, timings)
        total = sum(timings.requests.values())
        print(f"{label}: {wall:.1f} s wall, {new} articles imported, {failed} sources failed")
        print(f"  requests: {total} ({dict(timings.requests)})")
        for name, seconds in timings.seconds.most_common():
            print(f"  {name}: {seconds:.1f} s (summed over threads)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (watcher process, max RSS): {peak:.0f} MiB")
    server.terminate()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
