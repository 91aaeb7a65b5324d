"""Durability under concurrent writers, SIGKILL at random moments, full and read-only disks.

The concurrency and crash tests run on /dev/shm when it exists: they are about process
crashes and interleaving, which a RAM file system shows the same way, at a tenth of the
fsync cost of a real disk.
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from datetime import timedelta
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from feedsvc.ingest.importer import import_paths
from feedsvc.store import ArticleStore
from feedsvc.timeutil import get_zone
from tests.support.api import AUTH
from tests.support.api import TOKEN
from tests.support.api import api_app
from tests.support.api import sample
from tests.support.apiwriter import article as writer_article
from tests.support.dumps import Dump
from tests.support.dumps import write_dumps
from tests.support.servers import ROOT
from tests.support.servers import gunicorn
from tests.support.storeaudit import audit

ZONE = get_zone("Asia/Shanghai")


@pytest.fixture
def fast_dir(tmp_path: Path) -> Iterator[Path]:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="feedsvc-test-", dir=shm))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path


def cli_dumps(first: int, count: int) -> list[Dump]:
    start = datetime(2025, 5, 1, 8, 0, 0)
    return [
        Dump(
            name=f"cli-{n:05d}.txt",
            title=f"命令行导入第{n:05d}号",
            category=("国内新闻", "财经", "媒体报道")[n % 3],
            published=f"{start + timedelta(minutes=37 * n):%Y-%m-%d %H:%M:%S}",
            body=(f"第{n}号导入文章的第一段。", "第二段。"),
        )
        for n in range(first, first + count)
    ]


# -- concurrency -------------------------------------------------------------------------


@pytest.mark.system
def test_four_writers_at_once_lose_nothing(fast_dir: Path) -> None:
    """2 API clients through a 2-worker gunicorn and 2 CLI imports: 2,000 articles."""
    store_dir = fast_dir / "store"
    per_writer = 500
    ArticleStore(store_dir).open()
    folders = [
        write_dumps(fast_dir / f"cli{k}", cli_dumps(k * per_writer, per_writer)) for k in (0, 1)
    ]
    env = {**os.environ, "FEEDSVC_STORE_DIR": str(store_dir), "FEEDSVC_TEST_TOKEN": TOKEN}
    access_log = fast_dir / "access.log"
    with gunicorn(
        store_dir,
        workers=2,
        env={"FEEDSVC_API_TOKENS": json.dumps([TOKEN])},
        extra_args=("--access-logfile", str(access_log)),
    ) as base:
        writers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.support.apiwriter",
                    base,
                    str(k * per_writer),
                    str(per_writer),
                ],
                cwd=ROOT,
                env=env,
                stderr=subprocess.PIPE,
            )
            for k in (0, 1)
        ] + [
            subprocess.Popen(
                [sys.executable, "-m", "flask", "--app", "wsgi", "import", str(folder)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for folder in folders
        ]
        outputs = [w.communicate(timeout=300) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, (out, err)
    for out, _ in outputs[2:]:
        assert f"imported: {per_writer}," in out.decode()
    assert TOKEN not in access_log.read_text()

    ArticleStore(store_dir).open()
    articles = audit(store_dir)
    assert len(articles) == 4 * per_writer
    by_title = {a.title: a for a in articles.values()}
    for n in range(2 * per_writer):
        sent = writer_article(n)
        stored = by_title[str(sent["title"])]
        assert stored.original_url == sent["original_url"]
        assert stored.category.name == sent["category"]
        assert f"第{n}号文章正文" in stored.body_html
    for dump in cli_dumps(0, 2 * per_writer):
        stored = by_title[dump.title]
        assert stored.category.name == dump.category
        assert stored.published.strftime("%Y-%m-%d %H:%M:%S") == dump.published
        assert dump.body[0] in stored.body_html


# -- crashes -----------------------------------------------------------------------------


def _import_in_child(store_dir: str, folder: str, writing: Event, batch_size: int) -> None:
    store = ArticleStore(store_dir).open()
    writing.set()
    import_paths(store, [folder], ZONE, "未分类", batch_size=batch_size)


def crash_dumps(round_: int) -> list[Dump]:
    """Ten new articles, plus revisions of five articles of the previous round."""
    start = datetime(2025, 4, 1, 8, 0, 0)
    new = [
        Dump(
            name=f"r{round_:02d}-{i}.txt",
            title=f"崩溃测试{round_:02d}-{i}",
            category=("国内新闻", "财经")[i % 2],
            published=f"{start + timedelta(hours=round_, minutes=i):%Y-%m-%d %H:%M:%S}",
            body=(f"第{round_}轮第{i}篇。", "原稿。"),
        )
        for i in range(10)
    ]
    revised = [
        Dump(
            name=f"r{round_:02d}-rev-{i}.txt",
            title=f"崩溃测试{round_ - 1:02d}-{i}",
            category=("国内新闻", "财经")[i % 2],
            published=f"{start + timedelta(hours=round_ - 1, minutes=i):%Y-%m-%d %H:%M:%S}",
            body=(f"第{round_ - 1}轮第{i}篇。", f"第{round_}轮的修订稿。"),
        )
        for i in range(5)
        if round_ > 0
    ]
    return new + revised


@pytest.mark.system
def test_sigkill_at_random_moments_never_costs_an_article(fast_dir: Path) -> None:
    store_dir = fast_dir / "store"
    ArticleStore(store_dir).open()
    fork = multiprocessing.get_context("fork")
    rng = random.Random(20250728)
    stored: dict[str, str] = {}  # id -> body of every article known to be stored
    kills = interrupted = 0
    window = 0.06  # about how long one child's import takes; adjusted as rounds run
    for round_ in range(150):
        # Go on until enough kills landed inside a write, however the machine's load
        # shifts the timing.
        if kills >= 30 and interrupted >= 10:
            break
        folder = write_dumps(fast_dir / f"round{round_}", crash_dumps(round_))
        # A temp file with a valid article inside must never be taken for an article.
        if stored:
            some_id = next(iter(stored))
            decoy = store_dir / "articles" / some_id[:2] / f".tmp-decoy{round_}.part"
            decoy.write_bytes(
                (store_dir / "articles" / some_id[:2] / f"{some_id}.json").read_bytes()
            )
        writing = fork.Event()
        # Single saves and small batches alternate, so kills hit both write paths.
        batch_size = (1, 1, 4)[round_ % 3]
        child = fork.Process(
            target=_import_in_child, args=(str(store_dir), str(folder), writing, batch_size)
        )
        child.start()
        assert writing.wait(10)
        started = time.monotonic()
        time.sleep(rng.uniform(0.0, window))
        if child.is_alive():
            os.kill(child.pid or 0, signal.SIGKILL)
            kills += 1
        else:
            window = max(0.01, (time.monotonic() - started) * 0.9)
        child.join(10)
        assert not child.is_alive()
        in_flight = any((store_dir / "pending").iterdir())

        store = ArticleStore(store_dir).open()
        articles = audit(store_dir)
        assert store.count() == len(articles)
        for article_id, body in stored.items():
            assert article_id in articles, f"round {round_}: lost article {article_id}"
            now = articles[article_id].body_html
            # Either the version stored before, or a complete revision of it.
            assert now == body or "修订稿" in now, (round_, article_id)
        # The kill landed inside the import: a write was in flight, or only part was written.
        interrupted += in_flight or 0 < len(articles) - len(stored) < 10
        stored = {i: a.body_html for i, a in articles.items()}
    assert kills >= 30
    assert interrupted >= 10, f"only {interrupted} kills landed inside an import"
    assert len(stored) > 0


# -- full disk, read-only disk -----------------------------------------------------------


def _failing(code: int) -> object:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in (root / "articles").rglob("*.json")}


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("os.fsync", errno.ENOSPC),
        ("tempfile.mkstemp", errno.ENOSPC),
        ("pathlib.Path.touch", errno.EROFS),
        ("os.replace", errno.EROFS),
    ],
)
def test_full_or_read_only_disk_is_a_clear_error_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, code: int
) -> None:
    app = api_app(tmp_path / "store")
    c: FlaskClient = app.test_client()
    first = c.post("/api/articles", json=sample(1), headers=AUTH).get_json()
    before = _snapshot(tmp_path / "store")
    with monkeypatch.context() as patch:
        patch.setattr(target, _failing(code))
        for response in (
            c.post("/api/articles", json=sample(2), headers=AUTH),
            c.put(first["url"], json=sample(1, title="更正"), headers=AUTH),
            c.delete(first["url"], headers=AUTH),
        ):
            assert response.status_code == 503, response.get_data(as_text=True)
            problem = response.get_json(force=True)
            assert os.strerror(code) in problem["detail"]
            assert str(tmp_path) not in problem["detail"]  # no server paths for clients
        assert c.get(first["url"], headers=AUTH).get_json() == first
        assert c.get(first["html_url"]).status_code == 200
    assert _snapshot(tmp_path / "store") == before
    ArticleStore(tmp_path / "store").open()
    assert set(audit(tmp_path / "store")) == {first["id"]}
    assert c.post("/api/articles", json=sample(2), headers=AUTH).status_code == 201


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    """A real 512 KiB tmpfs (needs root and mount; skipped where the sandbox forbids it)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.system
def test_a_real_full_then_read_only_disk(tiny_fs: Path) -> None:
    c = api_app(tiny_fs / "store").test_client()
    stored = []
    response = None
    for n in range(400):
        response = c.post(
            "/api/articles", json=sample(n, body_html="<p>" + "满" * 6000 + "</p>"), headers=AUTH
        )
        if response.status_code != 201:
            break
        stored.append(response.get_json())
    assert response is not None and response.status_code == 503
    detail = response.get_json()["detail"]
    assert "No space left on device" in detail or "disk is full" in detail, detail
    assert len(stored) > 3
    before = _snapshot(tiny_fs / "store")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_fs)], check=True)
    refused = c.put(stored[0]["url"], json=sample(0, title="更正"), headers=AUTH)
    assert refused.status_code == 503
    assert "Read-only file system" in refused.get_json()["detail"]
    for article in stored:
        assert c.get(article["url"], headers=AUTH).get_json()["title"] == article["title"]
    assert _snapshot(tiny_fs / "store") == before
    subprocess.run(["mount", "-o", "remount,rw", str(tiny_fs)], check=True)
    ArticleStore(tiny_fs / "store").open()
    assert set(audit(tiny_fs / "store")) == {a["id"] for a in stored}
