"""Time article extraction: the generated 2 MB page and page sets, feedsvc beside trafilatura.

Usage::

    python benchmarks/extract_speed.py [--runs N] [--mirror MIRRORS] [--no-peer]

Reports, in one run:

* the generated 2 MB pages (tests/support/bigpage.py, the whole page read): the deep one
  (1,500 unclosed ``<font>`` levels, long lists) and an ordinary one (a long article in a
  portal page with a big menu, long lists, an inline style and script); for each the median
  of ``--runs`` extractions, after one warm-up;
* every page of tests/pages: median, p95 and max of the time per page;
* with ``--mirror``, the same over the real-page set (benchmarks/realpages/expected.jsonl, read
  from the repository mirrors as in extract_score.py).

Each figure has trafilatura's beside it and the ratio of the two, measured in the same run on
the same pages, so that the load of the machine weighs on both alike. Run by hand: timings are
no test. The targets: a 2 MB page under 1 s, p95 over a page set under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extract_score import REALPAGES  # noqa: E402
from benchmarks.extract_score import mirrored  # noqa: E402
from benchmarks.extract_score import read_page  # noqa: E402
from benchmarks.extract_score import timing  # noqa: E402
from feedsvc.errors import ExtractionError  # noqa: E402
from feedsvc.extract import extract_article  # noqa: E402
from tests.support.bigpage import big_page  # noqa: E402
from tests.support.bigpage import ordinary_page  # noqa: E402

ZONE = ZoneInfo("Asia/Shanghai")
PAGES = ROOT / "tests" / "pages"
Page = tuple[bytes, str | None]


def feedsvc(data: bytes, url: str | None) -> None:
    try:
        extract_article(data, url=url, zone=ZONE, default_category="未分类")
    except ExtractionError:
        pass  # a page without an article costs its time all the same


def trafilatura(data: bytes, url: str | None) -> None:
    import trafilatura as peer

    peer.bare_extraction(data, url=url, with_metadata=True)


TOOLS: dict[str, Callable[[bytes, str | None], None]] = {
    "feedsvc": feedsvc,
    "trafilatura": trafilatura,
}


def seconds(tool: Callable[[bytes, str | None], None], page: Page) -> float:
    started = time.perf_counter()
    tool(*page)
    return time.perf_counter() - started


def big_page_times(tools: list[str], runs: int, data: bytes) -> dict[str, float]:
    """The median seconds of each tool on the generated page *data*."""
    page: Page = (data, None)
    medians = {}
    for name in tools:
        seconds(TOOLS[name], page)  # warm-up: imports, compiled patterns
        medians[name] = statistics.median(seconds(TOOLS[name], page) for _ in range(runs))
    return medians


def set_times(tools: list[str], pages: list[Page]) -> dict[str, list[float]]:
    """Seconds per page of each tool, the tools taking turns page by page."""
    for name in tools:
        seconds(TOOLS[name], pages[0])  # warm-up
    times: dict[str, list[float]] = {name: [] for name in tools}
    for page in pages:
        for name in tools:
            times[name].append(seconds(TOOLS[name], page))
    return times


def corpus_pages() -> list[Page]:
    rows = _rows(PAGES / "expected.jsonl")
    return [((PAGES / row["file"]).read_bytes(), row.get("url")) for row in rows]


def real_pages(mirrors: Path) -> list[Page]:
    rows = mirrored(_rows(REALPAGES), mirrors)
    return [(read_page(row, PAGES, mirrors), row.get("url")) for row in rows]


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def report(title: str, times: dict[str, list[float]], tools: list[str]) -> None:
    count = len(times[tools[0]])
    print(f"\n{title} ({count} pages), ms per page median/p95/max")
    for name in tools:
        print(f"  {name:<12} {timing(times[name]):>14}")
    if len(tools) > 1:
        ours, peer = times[tools[0]], times[tools[1]]
        median = statistics.median(ours) / statistics.median(peer)
        p95 = _p95(ours) / _p95(peer)
        print(f"  ratio        median {median:.2f}, p95 {p95:.2f} ({tools[0]} / {tools[1]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the 2 MB page (median)")
    parser.add_argument("--mirror", help="folder of repository mirrors: time the real-page set")
    parser.add_argument("--no-peer", action="store_true", help="time feedsvc alone")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    tools = ["feedsvc"] if args.no_peer else ["feedsvc", "trafilatura"]
    for kind, data in (("deep", big_page(2_000_000)), ("ordinary", ordinary_page(2_000_000))):
        big = big_page_times(tools, args.runs, data)
        print(f"generated 2 MB page, {kind}, median of {args.runs} runs")
        for name in tools:
            print(f"  {name:<12} {big[name]:8.3f} s")
        if len(tools) > 1:
            ratio = big["feedsvc"] / big["trafilatura"]
            print(f"  ratio        {ratio:.2f} (feedsvc / trafilatura)")
    report("tests/pages", set_times(tools, corpus_pages()), tools)
    if args.mirror:
        report("real pages", set_times(tools, real_pages(Path(args.mirror))), tools)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
