"""Serve benchmark: feedsvc under gunicorn against a bare WSGI app serving the same bytes.

Both arms run under the identical gunicorn command (2 sync workers) on free loopback ports;
wrk drives them alternately (A B, B A, ...) with ``Connection: close`` and
``Accept-Encoding: gzip``, for plain GETs and for conditional GETs carrying the current ETag.
Prints requests/s per round, the median ratio feedsvc/baseline per kind and the status codes
seen. As the machine is shared, it also reports the CPU time the gunicorn workers spent per
request (from /proc), which other load disturbs much less than requests/s.
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.corpus import ROOT
from benchmarks.corpus import build_store
from tests.support.servers import free_port
from tests.support.servers import wait_for

FEED = "/feeds/all.rss"
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


def capture(url: str, path: Path) -> str:
    """Save feedsvc's gzip answer (body, 200 and 304 headers) for the baseline; return ETag."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        body = response.read()
        headers = [(k, v) for k, v in response.headers.items() if k not in ("Date", "Server")]
    etag = dict(headers)["ETag"]
    keep_304 = ("ETag", "Cache-Control", "Vary")
    path.write_bytes(body)
    path.with_suffix(".json").write_text(
        json.dumps(
            {"ok": headers, "not_modified": [h for h in headers if h[0] in keep_304], "etag": etag}
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
    bin_path = args.workdir / "baseline.bin"
    env = {"FEEDSVC_STORE_DIR": str(store)}
    with server("wsgi:app", env, args.workers) as (feedsvc, feedsvc_pid):
        etag = capture(feedsvc + FEED, bin_path)
        with server(
            "benchmarks.baseline:from_env()", {"FEEDSVC_BASELINE": str(bin_path)}, args.workers
        ) as (bare, bare_pid):
            arms = {"feedsvc": feedsvc + FEED, "baseline": bare + FEED}
            masters = {"feedsvc": feedsvc_pid, "baseline": bare_pid}
            kinds = {"plain": {}, "conditional": {"If-None-Match": etag}}
            for url in arms.values():  # warm up both arms and both paths
                for headers in kinds.values():
                    wrk(url, 1, args.connections, headers)
            ratios: dict[str, list[float]] = {kind: [] for kind in kinds}
            cpu_ratios: dict[str, list[float]] = {kind: [] for kind in kinds}
            census: dict[str, dict[str, dict[int, int]]] = {
                kind: {arm: {} for arm in arms} for kind in kinds
            }
            for n in range(1, args.rounds + 1):
                for kind, headers in kinds.items():
                    rps = {}
                    cpu = {}
                    order = list(arms.items())
                    if n % 2 == 0:  # A B, then B A: drift in the machine's load cancels out
                        order.reverse()
                    for arm, url in order:
                        before = workers_cpu(masters[arm])
                        result = wrk(url, args.seconds, args.connections, headers)
                        used = workers_cpu(masters[arm]) - before
                        rps[arm] = result["rps"]
                        answered = sum(result["census"].values())  # type: ignore[attr-defined]
                        cpu[arm] = used / max(answered, 1) * 1e6
                        for status, count in result["census"].items():  # type: ignore[attr-defined]
                            seen = census[kind][arm]
                            seen[status] = seen.get(status, 0) + count
                        if result["errors"]:
                            print(f"  {arm} {kind}: {result['errors']}")
                    ratio = rps["feedsvc"] / rps["baseline"]
                    ratios[kind].append(ratio)
                    cpu_ratios[kind].append(cpu["baseline"] / cpu["feedsvc"])
                    print(
                        f"round {n} {kind:11s} feedsvc {rps['feedsvc']:8.1f} req/s "
                        f"{cpu['feedsvc']:6.1f} us cpu/req | baseline {rps['baseline']:8.1f} "
                        f"req/s {cpu['baseline']:6.1f} us cpu/req | ratio {ratio:.3f}",
                        flush=True,
                    )
    for kind in kinds:
        print(f"median ratio {kind}: {statistics.median(ratios[kind]):.3f} (req/s)")
        print(
            f"  baseline/feedsvc worker CPU per request {kind}: "
            f"{statistics.median(cpu_ratios[kind]):.3f} (median)"
        )
        for arm in arms:
            print(f"  census {kind} {arm}: {dict(sorted(census[kind][arm].items()))}")


if __name__ == "__main__":
    main()
