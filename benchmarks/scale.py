"""Scale benchmark: a 50-item feed from a 1,000- and a 100,000-article store.

Builds both stores through the CLI (``flask --app wsgi import``, reused between runs from
--workdir) and reports the import time, then for each store:

* start-up: gunicorn with one worker, from launch to the first feed answered, and the
  worker's resident memory (current and peak) after it;
* cost per request, in process, alternating the two stores A B A B: a cached poll (the fast
  path), a revalidation after a write elsewhere (index query, no render) and a cold render
  (cache emptied first), with the 100k / 1k ratio of medians for each.

Usage: ``python -m benchmarks.scale [--small 1000] [--large 100000] [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from flask import Flask
from werkzeug.test import EnvironBuilder

from benchmarks.corpus import ROOT
from benchmarks.corpus import build_store
from benchmarks.serve import gunicorn_command
from feedsvc import create_app
from feedsvc.web.cache import FeedCache
from tests.support.servers import free_port

FEEDS = ("/feeds/all.rss", "/feeds/cai-jing.atom")


def memory_kb(pid: int) -> dict[str, int]:
    status = Path(f"/proc/{pid}/status").read_text()
    return {
        line.split(":")[0]: int(line.split()[1])
        for line in status.splitlines()
        if line.startswith(("VmRSS", "VmHWM"))
    }


def worker_of(master: int) -> int:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                return int(entry.name)
    raise RuntimeError("no worker process found")


def start_up(store: Path) -> tuple[float, dict[str, int]]:
    """Seconds from launching gunicorn (1 worker) to the first feed answered; worker memory."""
    port = free_port()
    url = f"http://127.0.0.1:{port}{FEEDS[0]}"
    started = time.monotonic()
    proc = subprocess.Popen(
        gunicorn_command(port, "wsgi:app", 1),
        cwd=ROOT,
        env={**os.environ, "FEEDSVC_STORE_DIR": str(store)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            if time.monotonic() - started > 60:
                raise TimeoutError(url)
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.01)
        elapsed = time.monotonic() - started
        return elapsed, memory_kb(worker_of(proc.pid))
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def per_request(app: Flask, mode: str, count: int) -> float:
    """Mean microseconds per feed request in *mode*: cached, revalidate or render."""
    cache: FeedCache = app.extensions["feedsvc"]["cache"]
    environs = [
        EnvironBuilder(path=path, headers={"Accept-Encoding": "gzip"}).get_environ()
        for path in FEEDS
    ]

    def start_response(status: str, headers: object, exc_info: object = None) -> None:
        assert status.startswith("200"), status

    total = 0.0
    for _ in range(count):
        for environ in environs:
            if mode == "render":
                cache.clear()
            elif mode == "revalidate":  # as after a write that touched other feeds
                cache.mark_stale()
            started = time.perf_counter()
            for _chunk in app.wsgi_app(dict(environ), start_response):
                pass
            total += time.perf_counter() - started
    return total / (count * len(environs)) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "feedsvc-bench"
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)

    stores = {}
    for count in (args.small, args.large):
        store, seconds = build_store(args.workdir, count)
        stores[count] = store
        took = f"{seconds:.1f} s" if seconds is not None else "reused from an earlier run"
        print(f"store of {count} articles: CLI import {took}", flush=True)

    for count, store in stores.items():
        seconds, memory = start_up(store)
        print(
            f"start-up {count:>7} articles: first feed after {seconds:.2f} s, worker "
            f"RSS {memory['VmRSS'] / 1024:.1f} MB (peak {memory['VmHWM'] / 1024:.1f} MB)",
            flush=True,
        )

    apps = {count: create_app({"STORE_DIR": str(store)}) for count, store in stores.items()}
    modes: dict[str, int] = {"cached": 3000, "revalidate": 300, "render": 30}
    for app in apps.values():  # warm up
        for mode, count in modes.items():
            per_request(app, mode, max(count // 10, 1))
    costs: dict[tuple[str, int], list[float]] = {}
    for n in range(1, args.rounds + 1):
        for mode, count in modes.items():
            line = []
            for size, app in apps.items():
                micro = per_request(app, mode, count)
                costs.setdefault((mode, size), []).append(micro)
                line.append(f"{size}: {micro:9.1f} us")
            print(f"round {n} {mode:10s} " + "  ".join(line), flush=True)
    median: Callable[[str, int], float] = lambda mode, size: statistics.median(  # noqa: E731
        costs[(mode, size)]
    )
    for mode in modes:
        ratio = median(mode, args.large) / median(mode, args.small)
        print(
            f"{mode:10s} {args.large} vs {args.small}: {median(mode, args.large):.1f} us vs "
            f"{median(mode, args.small):.1f} us, ratio {ratio:.3f}"
        )


if __name__ == "__main__":
    main()
