"""Time the extractor of this checkout against that of an earlier commit, side by side.

Usage::

    python benchmarks/extract_versus.py REF [--mirror MIRRORS] [--runs N]

Both extractors are loaded into one process (the commit's from ``git archive REF``, in a
temporary folder) and every page goes through the two in turn, the best of ``--runs`` each, in
CPU time: a busy machine slows both alike, so the ratios hold where the absolute figures drift.
Reports, each with the ratio this/REF:

* the pages of tests/pages (and with ``--mirror`` the real-page set, as extract_score.py reads
  it): median, p95 and the total;
* the generated 2 MB pages (tests/support/bigpage.py): the median of ``--runs`` + 4 runs.

Run by hand: timings are no test.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
ZONE = ZoneInfo("Asia/Shanghai")

Extract = Callable[[bytes, str | None], None]
Page = tuple[bytes, str | None]


def load(root: Path) -> tuple[Extract, ModuleType]:
    """The extractor and the big-page module of the checkout at *root*, imported afresh (the
    modules of another checkout loaded before stay alive through their functions)."""
    for name in [n for n in sys.modules if n.split(".")[0] in ("feedsvc", "tests")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        from feedsvc.errors import ExtractionError
        from feedsvc.extract import extract_article
        from tests.support import bigpage
    finally:
        sys.path.pop(0)

    def extract(data: bytes, url: str | None) -> None:
        try:
            extract_article(data, url=url, zone=ZONE, default_category="未分类")
        except ExtractionError:
            pass  # a page without an article costs its time all the same

    return extract, bigpage


def export(ref: str, into: Path) -> Path:
    """The files of commit *ref* under *into*."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def cpu_time(extract: Extract, page: Page) -> float:
    start = time.process_time()
    extract(*page)
    return time.process_time() - start


def side_by_side(
    this: Extract, then: Extract, pages: list[Page], runs: int
) -> list[tuple[float, float]]:
    """The best time of each page under each extractor, the two taking turns."""
    times = []
    for page in pages:
        ours = theirs = float("inf")
        for _ in range(runs):
            theirs = min(theirs, cpu_time(then, page))
            ours = min(ours, cpu_time(this, page))
        times.append((ours * 1000, theirs * 1000))
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def report(name: str, times: list[tuple[float, float]]) -> None:
    ours, theirs = [t[0] for t in times], [t[1] for t in times]
    for label, pick in (("median", statistics.median), ("p95", p95), ("total", sum)):
        a, b = pick(ours), pick(theirs)
        print(f"{name:<10} {label:<7} {a:9.1f} ms {b:9.1f} ms  {a / b:6.3f}")


def corpus_pages() -> list[Page]:
    rows = [json.loads(line) for line in (ROOT / "tests/pages/expected.jsonl").open()]
    return [((ROOT / "tests/pages" / r["file"]).read_bytes(), r.get("url")) for r in rows]


def real_pages(mirrors: Path) -> list[Page]:
    from benchmarks.extract_score import REALPAGES
    from benchmarks.extract_score import mirrored
    from benchmarks.extract_score import read_page

    rows = [json.loads(line) for line in REALPAGES.open(encoding="utf-8") if line.strip()]
    rows = mirrored(rows, mirrors)
    return [(read_page(r, ROOT / "tests/pages", mirrors), r.get("url")) for r in rows]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ref", help="the commit to time against (a hash, a tag, HEAD~3)")
    parser.add_argument("--mirror", type=Path, help="folder of repository mirrors")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    sys.path.insert(0, str(ROOT))
    sets = [("corpus", corpus_pages())]
    if args.mirror:
        sets.append(("real set", real_pages(args.mirror)))
    with tempfile.TemporaryDirectory() as folder:
        then, _ = load(export(args.ref, Path(folder)))
        this, big = load(ROOT)
        print(f"{'':<10} {'':<7} {'this':>12} {args.ref[:12]:>12}  ratio")
        for name, pages in sets:
            report(name, side_by_side(this, then, pages, args.runs))
        for name, make in (("2 MB deep", big.big_page), ("2 MB plain", big.ordinary_page)):
            _big(name, this, then, make(), args.runs + 4)


def _big(name: str, this: Extract, then: Extract, data: bytes, runs: int) -> None:
    """The median time of the 2 MB page *data* under each extractor, taking turns."""
    page: Page = (data, None)
    for extract in (this, then):
        cpu_time(extract, page)  # warm up
    pairs = side_by_side(this, then, [page] * runs, 1)
    a = statistics.median(t[0] for t in pairs)
    b = statistics.median(t[1] for t in pairs)
    print(f"{name:<10} {'median':<7} {a:9.1f} ms {b:9.1f} ms  {a / b:6.3f}")


if __name__ == "__main__":
    main()
