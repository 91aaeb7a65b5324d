"""``flask --app wsgi watch run`` as operators run it: in its own process, under another
TZ, and killed half way (SIGKILL) then run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedsvc.store import Scope
from tests.support.app import ROOT
from tests.support.app import make_app
from tests.support.app import store_of
from tests.support.portal import Portal
from tests.support.portal import Story
from tests.support.portal import serving_portal

pytestmark = pytest.mark.system


@pytest.fixture
def portal() -> Iterator[Portal]:
    site = Portal(stories=[Story(n) for n in range(12, 0, -1)])
    with serving_portal(site):
        yield site


def flask(store: Path, *args: str, tz: str = "Asia/Shanghai") -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "FEEDSVC_STORE_DIR": str(store),
        "FEEDSVC_FETCH_ALLOW_PRIVATE": "true",
        "FEEDSVC_WATCH_MIN_DELAY": "0.05",
        "TZ": tz,
    }
    command = [sys.executable, "-m", "flask", "--app", "wsgi", "watch", *args]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )


def finish(proc: subprocess.Popen[bytes]) -> str:
    out, _ = proc.communicate(timeout=120)
    return out.decode()


def test_feeds_carry_beijing_time_under_new_york_tz(tmp_path: Path, portal: Portal) -> None:
    store = tmp_path / "store"
    portal.stories = portal.stories[:3]
    assert "added" in finish(flask(store, "add", portal.origin + "/mtbd/", "--name", "zlw"))
    proc = flask(store, "run", tz="America/New_York")
    output = finish(proc)
    assert proc.returncode == 0, output
    client = make_app(store).test_client()
    rss = ET.fromstring(client.get("/feeds/mei-ti-bao-dao.rss").data)
    dates = sorted(i.findtext("pubDate") or "" for i in rss.findall("./channel/item"))
    assert dates == sorted(f"Mon, 28 Jul 2025 {s.time[11:16]}:00 +0800" for s in portal.stories)


def test_sigkill_half_way_then_run_again_imports_every_story_once(
    tmp_path: Path, portal: Portal
) -> None:
    store = tmp_path / "store"
    finish(flask(store, "add", portal.origin + "/mtbd/", "--name", "zlw"))
    portal.article_delay = 0.15
    for wanted in (3, 7):
        proc = flask(store, "run", "--force")
        deadline = time.monotonic() + 60
        while len(portal.articles_fetched()) < wanted and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        assert proc.returncode == -signal.SIGKILL
    proc = flask(store, "run", "--force")
    output = finish(proc)
    assert proc.returncode == 0, output
    articles = store_of(make_app(store)).select(Scope(), 100)
    titles = [a.title for a in articles]
    assert sorted(titles) == sorted(s.title for s in portal.stories)
    output = finish(flask(store, "run", "--force"))
    assert "zlw: not modified, 0 new" in output
