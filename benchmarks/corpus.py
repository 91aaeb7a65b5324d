"""Synthetic stores for the benchmarks: N text dumps in the shape of the seed document."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from tests.support.dumps import CATEGORIES
from tests.support.dumps import OUTLETS
from tests.support.dumps import Dump

ROOT = Path(__file__).resolve().parent.parent
START = datetime(2020, 1, 1, 8, 0, 0)


def dumps(count: int) -> Iterator[Dump]:
    """*count* distinct articles spread over four categories, one every 17 minutes."""
    for n in range(count):
        when = START + timedelta(minutes=17 * n)
        yield Dump(
            name=f"{n // 1000:04d}/doc-{n:07d}.txt",
            title=f"第{n:07d}号基准文章:{CATEGORIES[n % 4]}动态",
            category=CATEGORIES[n % 4],
            published=f"{when:%Y-%m-%d %H:%M:%S}",
            source=OUTLETS[n % 4],
            reporters="张三、李四" if n % 3 else "赵六",
            body=(
                f"这是第{n}号文章的第一段,记录当天的主要新闻事实与背景。",
                f"第{n}号文章的第二段,补充相关方面的回应和后续安排。",
                "第三段:更多细节。" * 4,
            ),
        )


def write_corpus(folder: Path, count: int) -> Path:
    """Write the dumps under *folder* (in sub-folders of 1,000); reuse a finished corpus."""
    done = folder / f".complete-{count}"
    if done.exists():
        return folder
    for dump in dumps(count):
        path = folder / dump.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump.text(), encoding="utf-8")
    done.touch()
    return folder


def cli_import(store_dir: Path, corpus: Path) -> float:
    """Import *corpus* with ``flask --app wsgi import`` in a separate process; return seconds."""
    env = {**os.environ, "FEEDSVC_STORE_DIR": str(store_dir)}
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "import", str(corpus)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.monotonic() - started


def build_store(workdir: Path, count: int) -> tuple[Path, float | None]:
    """A store of *count* articles imported through the CLI; reused if already built.

    Returns the store folder and the import time (None when an earlier run built it).
    """
    store_dir = workdir / f"store-{count}"
    done = store_dir / ".complete"
    if done.exists():
        return store_dir, None
    corpus = write_corpus(workdir / f"corpus-{count}", count)
    seconds = cli_import(store_dir, corpus)
    done.touch()
    return store_dir, seconds
