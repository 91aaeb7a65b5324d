"""WebSub: hub advertised in every format and header; store changes ping a real local
receiver on 127.0.0.1 in the background, with retries, never blocking or failing a write."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from flask import Flask

from feedsvc import create_app
from feedsvc.models import ArticleDraft
from feedsvc.models import Source
from feedsvc.timeutil import get_zone
from feedsvc.web.websub import HubNotifier
from tests.support.app import make_app
from tests.support.app import store_of
from tests.support.feeds import BASE
from tests.support.feeds import link
from tests.support.feeds import xml
from tests.support.servers import free_port

SHANGHAI = get_zone("Asia/Shanghai")


class Receiver:
    """A hub stand-in: records each publish ping; answers 500 to the first *failures*."""

    def __init__(self, failures: int = 0, delay: float = 0.0) -> None:
        self.pings: list[dict[str, list[str]]] = []
        self.attempts = 0
        self.failures = failures
        self.delay = delay
        self.lock = threading.Lock()
        self.url = ""

    def topics(self) -> list[str]:
        with self.lock:
            return [p["hub.url"][0] for p in self.pings]

    def wait_for(self, count: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.topics()) < count and time.monotonic() < deadline:
            time.sleep(0.02)


@contextmanager
def receiver(failures: int = 0, delay: float = 0.0) -> Iterator[Receiver]:
    hub = Receiver(failures, delay)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the http.server API)
            length = int(self.headers.get("Content-Length", 0))
            form = parse_qs(self.rfile.read(length).decode())
            time.sleep(hub.delay)
            with hub.lock:
                hub.attempts += 1
                failing = hub.attempts <= hub.failures
                if not failing:
                    hub.pings.append(form)
            self.send_response(500 if failing else 204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    hub.url = f"http://127.0.0.1:{server.server_port}/hub"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def draft(n: int, source: str = "新华社") -> ArticleDraft:
    return ArticleDraft(
        title=f"推送测试{n}",
        category="国内新闻",
        published=datetime(2025, 8, 1, 9, n, tzinfo=SHANGHAI),
        body_html=f"<p>推送测试{n}的正文。</p>",
        source=Source(source),
    )


def hub_app(tmp_path: Path, hub: str, **config: object) -> Flask:
    return make_app(
        tmp_path / "store",
        **{"BASE_URL": BASE, "WEBSUB_HUB": hub, "WEBSUB_BACKOFF": 0.05, **config},
    )


def notifier(app: Flask) -> HubNotifier:
    n: HubNotifier = app.extensions["feedsvc"]["websub"]
    return n


EXPECTED_TOPICS = {
    f"{BASE}/feeds/{name}.{fmt}"
    for name in ("all", "guo-nei-xin-wen", "source/xin-hua-she")
    for fmt in ("rss", "atom", "json")
}


def test_every_change_pings_the_hub_for_each_feed_it_touches(tmp_path: Path) -> None:
    with receiver() as hub:
        app = hub_app(tmp_path, hub.url)
        result = store_of(app).save(draft(1))
        assert result.status == "imported"
        assert notifier(app).flush(10)
        assert set(hub.topics()) == EXPECTED_TOPICS
        assert all(p["hub.mode"] == ["publish"] for p in hub.pings)
        # Unchanged re-import: no ping. Update: pinged again.
        before = len(hub.topics())
        assert store_of(app).save(draft(1)).status == "unchanged"
        assert notifier(app).flush(10) and len(hub.topics()) == before
        changed = ArticleDraft(**{**draft(1).__dict__, "body_html": "<p>更正后的正文。</p>"})
        assert store_of(app).save(changed).status == "updated"
        assert notifier(app).flush(10)
        assert len(hub.topics()) == before + len(EXPECTED_TOPICS)


def test_moving_an_article_pings_old_and_new_outlet(tmp_path: Path) -> None:
    with receiver() as hub:
        app = hub_app(tmp_path, hub.url)
        store_of(app).save(draft(2))
        assert notifier(app).flush(10)
        hub.pings.clear()
        store_of(app).save(ArticleDraft(**{**draft(2).__dict__, "source": Source("人民日报")}))
        assert notifier(app).flush(10)
        topics = set(hub.topics())
        assert f"{BASE}/feeds/source/xin-hua-she.rss" in topics
        assert f"{BASE}/feeds/source/ren-min-ri-bao.rss" in topics


def test_failed_pings_are_retried_with_backoff(tmp_path: Path) -> None:
    with receiver(failures=2) as hub:
        app = hub_app(tmp_path, hub.url)
        store_of(app).save(draft(3))
        assert notifier(app).flush(20)
        assert set(hub.topics()) == EXPECTED_TOPICS
        assert hub.attempts == len(EXPECTED_TOPICS) + 2
        assert notifier(app).failed == 0


def test_a_slow_or_dead_hub_never_blocks_or_fails_a_write(tmp_path: Path) -> None:
    with receiver(delay=1.0) as hub:
        app = hub_app(tmp_path / "slow", hub.url)
        started = time.monotonic()
        for n in range(5):
            assert store_of(app).save(draft(n)).status == "imported"
        assert time.monotonic() - started < 1.0  # five writes while one ping takes 1 s
        notifier(app).close()
    dead = f"http://127.0.0.1:{free_port()}/hub"  # nothing listens there
    app = hub_app(tmp_path / "dead", dead, WEBSUB_ATTEMPTS=3, WEBSUB_BACKOFF=0.01)
    assert store_of(app).save(draft(9)).status == "imported"
    assert notifier(app).flush(10)
    assert notifier(app).failed == len(EXPECTED_TOPICS)
    assert store_of(app).count() == 1
    notifier(app).close()
    store_of(app).save(draft(10))  # after close(): nothing queued, nothing sent
    assert notifier(app).failed == len(EXPECTED_TOPICS)


def test_pings_from_the_import_command_are_sent_before_it_exits(
    tmp_path: Path, synthetic_dir: Path
) -> None:
    with receiver() as hub:
        app = hub_app(tmp_path, hub.url)
        with app.app_context():
            result = app.test_cli_runner().invoke(
                args=["import", str(synthetic_dir / "late-night.txt")]
            )
        assert result.exit_code == 0, result.output
        # flushed by the command itself: no waiting here
        assert f"{BASE}/feeds/guo-nei-xin-wen.atom" in hub.topics()


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_hub_is_advertised_in_feeds_and_headers(tmp_path: Path, fmt: str) -> None:
    with receiver() as hub:
        app = hub_app(tmp_path, hub.url)
        store_of(app).save(draft(4))
        notifier(app).close(10)
        response = app.test_client().get(f"/feeds/all.{fmt}")
        assert link(xml(response.data), "hub") == hub.url
        assert response.headers["Link"] == (
            f'<{hub.url}>; rel="hub", <{BASE}/feeds/all.{fmt}>; rel="self"'
        )
        archive = app.test_client().get(f"/feeds/source/xin-hua-she.{fmt}")
        assert link(xml(archive.data), "hub") == hub.url


def test_hub_needs_a_base_url(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="BASE_URL"):
        create_app({"STORE_DIR": str(tmp_path), "WEBSUB_HUB": "http://127.0.0.1:9/hub"})
