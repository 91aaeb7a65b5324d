"""Score article extraction per field against expected values, for feedsvc, trafilatura and gne.

Usage::

    python benchmarks/extract_score.py [PAGES_DIR] [--expected FILE] [--tools feedsvc,gne]
                                       [--details]
    python benchmarks/extract_score.py --mirror MIRRORS [--expected FILE] ...

The second form scores the real-page set (default benchmarks/realpages/expected.jsonl): pages
saved in public repositories, named by ``repo``, ``path`` and ``commit`` instead of ``file``
and read with ``git show`` from a local mirror of each repository under MIRRORS
(``MIRRORS/<owner>+<name>/repo``, a bare or a working clone). The pages are never copied into
this repository; only the expected values, written by reading each page, are. Figures are
reported per repository as well as in total, with the time per page (median, p95, max).

PAGES_DIR (default tests/pages) holds the saved pages; the expected values are one JSON object
per line (default PAGES_DIR/expected.jsonl) with the keys:

``file``        page file name, relative to PAGES_DIR (or ``repo``/``path``/``commit``)
``url``         the page's URL, when known (used to resolve links and URL dates)
``title``       the headline
``published``   RFC 3339 with offset, or null when the page gives no date
``date``        YYYY-MM-DD local (Asia/Shanghai) date, or null
``outlet``      the outlet (来源) as the page writes it (大洋网-广州日报, 凤凰网综合), or null
``authors``     list of reporters/authors (order does not matter)
``editor``      the editor(s), names separated by 、 (null when none)
``body_start``  the first words of the article text

A key missing from a line is not scored for that page. Scores per field:

* title: equal after Unicode NFKC and removing all white space and zero-width characters;
* outlet: the same, or two names of one entry in the outlet table (中時 / 中時電子報);
* published: the same instant to the minute (a peer's naive time is read as Asia/Shanghai);
  null must be null;
* date: the same local date, null must be null;
* authors, editor: the same set of names;
* body_start: the extracted text, without white space, starts with the expected start.

The peers' text is what they return (trafilatura: ``text``/``sitename``; gne: ``content``);
gne gets the page decoded by feedsvc, trafilatura the raw bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import subprocess
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bs4 import BeautifulSoup  # noqa: E402

from feedsvc.extract import extract_article  # noqa: E402
from feedsvc.extract.dates import parse_value  # noqa: E402
from feedsvc.extract.encoding import decode_html  # noqa: E402
from feedsvc.outlets import canonical_outlet  # noqa: E402
from feedsvc.outlets import is_known  # noqa: E402

ZONE = ZoneInfo("Asia/Shanghai")
REALPAGES = ROOT / "benchmarks" / "realpages" / "expected.jsonl"
FIELDS = ("title", "published", "date", "outlet", "authors", "editor", "body_start")
Result = dict[str, Any]


def norm(text: str | None) -> str:
    return re.sub(r"[\s\u200b-\u200d\u2060\ufeff]+", "", unicodedata.normalize("NFKC", text or ""))


def names(value: Any) -> frozenset[str]:
    if not value:
        return frozenset()
    if isinstance(value, str):
        value = re.split(r"[、，,;；\s]+", value)
    return frozenset(norm(v) for v in value if norm(v))


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = parse_value(str(value), ZONE)
    return parsed[0] if parsed else None


def run_feedsvc(data: bytes, url: str | None) -> Result:
    page = extract_article(data, url=url, zone=ZONE, default_category="未分类")
    return {
        "title": page.title,
        "published": page.published,
        "outlet": page.source.name if page.source else None,
        "authors": list(page.authors),
        "editor": page.editor,
        "text": BeautifulSoup(page.body_html, "html.parser").get_text(" "),
    }


def run_trafilatura(data: bytes, url: str | None) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "outputformat": "%Y-%m-%d %H:%M:%S",
        },
    )
    if doc is None:
        return {}
    get = doc.get if isinstance(doc, dict) else (lambda key: getattr(doc, key, None))
    author = get("author")
    return {
        "title": get("title"),
        "published": parse_time(get("date")),
        "outlet": get("sitename"),
        "authors": re.split(r"\s*;\s*", author) if author else [],
        "editor": None,
        "text": get("text") or "",
    }


def run_gne(data: bytes, url: str | None) -> Result:
    from gne import GeneralNewsExtractor

    text = decode_html(data).text
    result = GeneralNewsExtractor().extract(text)
    author = result.get("author") or ""
    return {
        "title": result.get("title"),
        "published": parse_time(result.get("publish_time")),
        "outlet": None,
        "authors": [a for a in re.split(r"[、，,\s]+", author) if a],
        "editor": None,
        "text": result.get("content") or "",
    }


TOOLS: dict[str, Callable[[bytes, str | None], Result]] = {
    "feedsvc": run_feedsvc,
    "trafilatura": run_trafilatura,
    "gne": run_gne,
}


def same_outlet(want: str | None, got: str | None) -> bool:
    """The same outlet: equal names, or two names of one entry in the outlet table."""
    if norm(want) == norm(got):
        return True
    return bool(want and got and is_known(want) and canonical_outlet(want) == canonical_outlet(got))


def score(expected: dict[str, Any], got: Result) -> dict[str, bool]:
    """Which fields of *got* match *expected* (only the fields *expected* names)."""
    marks: dict[str, bool] = {}
    want_time = parse_time(expected.get("published"))
    got_time = got.get("published")
    if "title" in expected:
        marks["title"] = norm(expected["title"]) == norm(got.get("title"))
    if "published" in expected:
        if want_time is None or got_time is None:
            marks["published"] = want_time is None and got_time is None
        else:
            marks["published"] = want_time.replace(second=0, microsecond=0) == got_time.replace(
                second=0, microsecond=0
            )
    if "date" in expected:
        got_date = got_time.astimezone(ZONE).date().isoformat() if got_time else None
        marks["date"] = expected["date"] == got_date
    if "outlet" in expected:
        marks["outlet"] = same_outlet(expected["outlet"], got.get("outlet"))
    if "authors" in expected:
        marks["authors"] = names(expected["authors"]) == names(got.get("authors"))
    if "editor" in expected:
        marks["editor"] = names(expected["editor"]) == names(got.get("editor"))
    if "body_start" in expected:
        start = norm(expected["body_start"])
        marks["body_start"] = bool(start) and norm(got.get("text")).startswith(start)
    return marks


def read_page(row: dict[str, Any], pages: Path, mirrors: Path | None) -> bytes:
    """The bytes of the page *row* names: a file under *pages*, or a file of a mirrored repo."""
    if "repo" not in row:
        return (pages / row["file"]).read_bytes()
    if mirrors is None:
        raise SystemExit(f"{row['repo']}:{row['path']}: give --mirror to read repository pages")
    clone = mirrors / row["repo"].replace("/", "+") / "repo"
    git_dir = clone / ".git" if (clone / ".git").is_dir() else clone
    done = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{row['repo']}:{row['path']}: {done.stderr.decode(errors='replace')}")
    return done.stdout


def mirrored(rows: list[dict[str, Any]], mirrors: Path | None) -> list[dict[str, Any]]:
    """The *rows* whose page can be read: its file, or a copy of its repository under
    *mirrors*; the others are left out with a note on stderr (nobody keeps every copy)."""
    if mirrors is None:
        return rows
    kept = [r for r in rows if "repo" not in r or (mirrors / r["repo"].replace("/", "+")).is_dir()]
    missing = {r["repo"] for r in rows if r not in kept}
    if missing:
        print(
            f"left out {len(rows) - len(kept)} pages of {len(missing)} repositories with no copy"
            f" under {mirrors}",
            file=sys.stderr,
        )
    return kept


def page_name(row: dict[str, Any]) -> str:
    return f"{row['repo']}:{row['path']}" if "repo" in row else str(row["file"])


Tally = dict[str, dict[str, list[int]]]


def run_all(
    rows: list[dict[str, Any]],
    tools: list[str],
    read: Callable[[dict[str, Any]], bytes],
    details: bool,
) -> tuple[dict[str, Tally], dict[str, list[float]], dict[str, int]]:
    """Run every tool on every page: hits per group and field, seconds per page, crashes."""
    groups: dict[str, Tally] = {}
    seconds: dict[str, list[float]] = {t: [] for t in tools}
    crashes = dict.fromkeys(tools, 0)
    for row in rows:
        data = read(row)
        group = groups.setdefault(row.get("repo", "all"), {})
        for tool in tools:
            started = time.perf_counter()
            try:
                got = TOOLS[tool](data, row.get("url"))
            except Exception as exc:  # a crash scores zero on every field  # noqa: BLE001
                crashes[tool] += 1
                got = {}
                if details:
                    print(f"{tool} crashed on {page_name(row)}: {exc!r}")
            seconds[tool].append(time.perf_counter() - started)
            for field, ok in score(row, got).items():
                cell = group.setdefault(tool, {}).setdefault(field, [0, 0])
                cell[0] += ok
                cell[1] += 1
                if details and tool == "feedsvc" and not ok:
                    print(
                        f"  miss {page_name(row)} {field}: want {row.get(field)!r} "
                        f"got {_shown(got, field)!r}"
                    )
    return groups, seconds, crashes


def _shown(got: Result, field: str) -> Any:
    if field == "body_start":
        return str(got.get("text", ""))[:40]
    return got.get("published" if field == "date" else field)


def print_table(title: str, tally: Tally, tools: list[str]) -> None:
    width = max(len(t) for t in tools) + 10
    print(title)
    print(f"{'field':<12}" + "".join(f"{t:>{width}}" for t in tools))
    for field in FIELDS:
        cells = []
        for tool in tools:
            hits, count = tally.get(tool, {}).get(field, [0, 0])
            cells.append(f"{(100 * hits / count if count else 0):6.1f}% ({hits}/{count})")
        if any(tally.get(t, {}).get(field) for t in tools):
            print(f"{field:<12}" + "".join(f"{c:>{width}}" for c in cells))


def timing(values: list[float]) -> str:
    """Median, p95 and max of per-page seconds, in milliseconds."""
    if not values:
        return "-"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return f"{1000 * statistics.median(ordered):.0f}/{1000 * p95:.0f}/{1000 * ordered[-1]:.0f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", nargs="?", default=str(ROOT / "tests" / "pages"))
    parser.add_argument("--expected", help="expected-values JSONL (default PAGES/expected.jsonl)")
    parser.add_argument("--mirror", help="folder of repository mirrors: score the real-page set")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tools to run")
    parser.add_argument("--details", action="store_true", help="list each miss of feedsvc")
    args = parser.parse_args(argv)
    pages = Path(args.pages)
    mirrors = Path(args.mirror) if args.mirror else None
    default = REALPAGES if mirrors else pages / "expected.jsonl"
    expected_path = Path(args.expected) if args.expected else default
    rows = [json.loads(line) for line in expected_path.read_text("utf-8").splitlines() if line]
    rows = mirrored(rows, mirrors)
    tools = [t for t in args.tools.split(",") if t]
    warnings.simplefilter("ignore")
    groups, seconds, crashes = run_all(
        rows, tools, lambda row: read_page(row, pages, mirrors), args.details
    )
    print(f"{len(rows)} pages from {expected_path}")
    total: Tally = {}
    for name, tally in sorted(groups.items()):
        if len(groups) > 1:
            count = sum(1 for r in rows if r.get("repo", "all") == name)
            print_table(f"\n{name} ({count} pages)", tally, tools)
        for tool, fields in tally.items():
            for field, (hits, n) in fields.items():
                cell = total.setdefault(tool, {}).setdefault(field, [0, 0])
                cell[0] += hits
                cell[1] += n
    print_table("\nall pages" if len(groups) > 1 else "", total, tools)
    width = max(len(t) for t in tools) + 10
    print(f"{'crashes':<12}" + "".join(f"{crashes[t]:>{width}}" for t in tools))
    print(f"{'ms/page':<12}" + "".join(f"{timing(seconds[t]):>{width}}" for t in tools))
    print("(ms/page: median/p95/max)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
