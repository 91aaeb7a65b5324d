"""Serve benchmark: feedsvc under gunicorn against a bare WSGI app serving the same bytes,
for the site feed (``/feeds/all.rss``) and the home page (``/``) in one run.

Both arms run under the identical gunicorn command (2 sync workers) on free loopback ports;
wrk drives the four measurements (two arms × two paths) alternately (A B C D, D C B A, ...)
with ``Connection: close`` and ``Accept-Encoding: gzip``, for plain GETs and for
conditional GETs carrying the current ETag. Prints requests/s per round and the ratio of the
page's requests/s to the feed's (a page should be as cheap to poll as a feed), then the
medians, the ratio feedsvc/baseline per path and kind and the status codes seen. As the
machine is shared, it also reports the CPU time the gunicorn workers spent per request (from
/proc), which other load disturbs much less than requests/s.
Usage: ``python -m benchmarks.serve [--rounds 10] [--seconds 3]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from benchmarks.corpus import ROOT
from benchmarks.corpus import build_store
from tests.support.servers import free_port
from tests.support.servers import wait_for

FEED = "/feeds/all.rss"
#: The page measured beside the feed: the index, which a poller or crawler asks for most.
PAGE = "/"
PATHS = (FEED, PAGE)
ARMS = ("feedsvc", "baseline")
CENSUS = Path(__file__).with_name("census.lua")


def gunicorn_command(port: int, app: str, workers: int) -> list[str]:
    binary = shutil.which("gunicorn") or str(Path(sys.executable).with_name("gunicorn"))
    return [binary, "--workers", str(workers), "--bind", f"127.0.0.1:{port}", app]


def workers_cpu(master: int) -> float:
    """CPU seconds (user + system) used so far by the worker processes of *master*."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master:  # ppid
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


@contextmanager
def server(app: str, env: dict[str, str], workers: int) -> Iterator[tuple[str, int]]:
    port = free_port()
    proc = subprocess.Popen(
        gunicorn_command(port, app, workers),
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + FEED, proc=proc)
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def capture(base: str, path: str, target: Path) -> str:
    """Save feedsvc's gzip answer for *path* (body, 200 and 304 headers) for the baseline, in
    *target* and its ``.json``; return the ETag."""
    request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        body = response.read()
        headers = [(k, v) for k, v in response.headers.items() if k not in ("Date", "Server")]
    etag = dict(headers)["ETag"]
    keep_304 = ("ETag", "Cache-Control", "Vary")
    target.write_bytes(body)
    target.with_suffix(".json").write_text(
        json.dumps(
            {
                "path": path,
                "ok": headers,
                "not_modified": [h for h in headers if h[0] in keep_304],
                "etag": etag,
            }
        )
    )
    return etag


def wrk(url: str, seconds: int, connections: int, headers: dict[str, str]) -> dict[str, object]:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", str(CENSUS)]
    for key, value in {"Connection": "close", "Accept-Encoding": "gzip", **headers}.items():
        command += ["-H", f"{key}: {value}"]
    out = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True, timeout=seconds + 30
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Socket errors:.*", out)
    census = {int(s): int(n) for s, n in re.findall(r"census (\d+) (\d+)", out)}
    return {
        "rps": float(rate.group(1)) if rate else 0.0,
        "census": census,
        "errors": errors.group(0) if errors else "",
    }


@dataclass
class Results:
    """Requests/s, worker CPU per request and status codes, per kind and measurement."""

    rps: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    cpu: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    census: dict[tuple[str, str], dict[int, int]] = field(default_factory=dict)

    def add(self, kind: str, name: str, result: dict[str, object], cpu: float) -> None:
        key = (kind, name)
        self.rps.setdefault(key, []).append(result["rps"])  # type: ignore[arg-type]
        self.cpu.setdefault(key, []).append(cpu)
        seen = self.census.setdefault(key, {})
        for status, count in result["census"].items():  # type: ignore[attr-defined]
            seen[status] = seen.get(status, 0) + count

    def ratios(self, kind: str, one: str, other: str) -> list[float]:
        """Per round: requests/s of measurement *one* over *other*."""
        return [a / b for a, b in zip(self.rps[kind, one], self.rps[kind, other], strict=True)]


def measure(
    urls: dict[str, str], masters: dict[str, int], kinds: dict[str, dict[str, str]], args: Any
) -> Results:
    """Alternating rounds of every measurement (*urls*: name → URL, arm before the colon)."""
    results = Results()
    for n in range(1, args.rounds + 1):
        for kind, headers in kinds.items():
            order = list(urls.items())
            if n % 2 == 0:  # A B C D, then D C B A: drift in the machine's load cancels out
                order.reverse()
            for name, url in order:
                master = masters[name.split(":")[0]]
                before = workers_cpu(master)
                result = wrk(url, args.seconds, args.connections, headers[name])
                answered = sum(result["census"].values())  # type: ignore[attr-defined]
                cpu = (workers_cpu(master) - before) / max(answered, 1) * 1e6
                results.add(kind, name, result, cpu)
                if result["errors"]:
                    print(f"  {name} {kind}: {result['errors']}")
            report_round(n, kind, results)
    return results


def report_round(n: int, kind: str, results: Results) -> None:
    line = [f"round {n} {kind:11s}"]
    for label, path in (("feed", FEED), ("page", PAGE)):
        feedsvc = results.rps[kind, f"feedsvc:{path}"][-1]
        baseline = results.rps[kind, f"baseline:{path}"][-1]
        line.append(f"{label} {feedsvc:7.1f} req/s (baseline {baseline:7.1f})")
    page_ratio = results.ratios(kind, f"feedsvc:{PAGE}", f"feedsvc:{FEED}")[-1]
    print(" | ".join(line) + f" | page/feed {page_ratio:.3f}", flush=True)


def report(results: Results, kinds: Iterable[str]) -> None:
    for kind in kinds:
        page_ratios = results.ratios(kind, f"feedsvc:{PAGE}", f"feedsvc:{FEED}")
        print(
            f"{kind}: page ({PAGE}) / feed ({FEED}) requests/s, "
            f"median {statistics.median(page_ratios):.3f} "
            f"(rounds: {' '.join(f'{r:.3f}' for r in page_ratios)})"
        )
        for path in PATHS:
            ratios = results.ratios(kind, f"feedsvc:{path}", f"baseline:{path}")
            cpu = [
                b / f
                for f, b in zip(
                    results.cpu[kind, f"feedsvc:{path}"],
                    results.cpu[kind, f"baseline:{path}"],
                    strict=True,
                )
            ]
            print(
                f"  {path}: feedsvc / baseline requests/s, median {statistics.median(ratios):.3f}; "
                f"baseline/feedsvc worker CPU per request, median {statistics.median(cpu):.3f}"
            )
            for arm in ARMS:
                census = dict(sorted(results.census[kind, f"{arm}:{path}"].items()))
                print(f"    census {arm}: {census}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "feedsvc-bench"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt install wrk)")

    args.workdir.mkdir(parents=True, exist_ok=True)
    store, _ = build_store(args.workdir, args.articles)
    env = {"FEEDSVC_STORE_DIR": str(store)}
    with server("wsgi:app", env, args.workers) as (feedsvc, feedsvc_pid):
        captures = [args.workdir / f"baseline-{n}.bin" for n in range(len(PATHS))]
        etags = {path: capture(feedsvc, path, c) for path, c in zip(PATHS, captures, strict=True)}
        baseline_env = {"FEEDSVC_BASELINE": os.pathsep.join(map(str, captures))}
        with server("benchmarks.baseline:from_env()", baseline_env, args.workers) as (
            bare,
            bare_pid,
        ):
            bases = {"feedsvc": feedsvc, "baseline": bare}
            urls = {f"{arm}:{path}": bases[arm] + path for arm in ARMS for path in PATHS}
            kinds = {
                "plain": {name: {} for name in urls},
                "conditional": {
                    name: {"If-None-Match": etags[name.split(":", 1)[1]]} for name in urls
                },
            }
            for name, url in urls.items():  # warm up both arms and both paths
                for headers in kinds.values():
                    wrk(url, 1, args.connections, headers[name])
            results = measure(urls, {"feedsvc": feedsvc_pid, "baseline": bare_pid}, kinds, args)
    report(results, kinds)


if __name__ == "__main__":
    main()
