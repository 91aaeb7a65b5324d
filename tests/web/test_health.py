"""GET /healthz: 200 with the store's and the sources' state, 503 when the store cannot be read."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from flask import Flask

from feedsvc.errors import StoreError
from feedsvc.ingest.watch.health import HealthCounts
from feedsvc.web import health
from feedsvc.web.health import CENSUS_INTERVAL
from feedsvc.web.health import HealthCache
from tests.support.app import make_app
from tests.support.app import store_of


def get_health(app: Flask, host: str = "localhost") -> tuple[int, dict[str, object], str]:
    response = app.test_client().get("/healthz", headers={"Host": host})
    assert response.mimetype == "application/json"
    return response.status_code, response.get_json(), response.headers["Cache-Control"]


def test_a_sound_store_answers_200_with_counts_and_the_newest_write(seeded_app: Flask) -> None:
    status, body, cache_control = get_health(seeded_app)
    assert status == 200
    assert cache_control == "no-store"
    assert body["status"] == "ok"
    store = body["store"]
    assert isinstance(store, dict)
    assert store["readable"] is True and store["articles"] == 1
    written = datetime.fromisoformat(str(store["last_write"]))
    assert written.utcoffset() is not None
    assert body["index"] == {
        "consistent": True,
        "files": 1,
        "rows": 1,
        "checked": body["index"]["checked"],  # type: ignore[index]
    }
    assert body["sources"] == {"count": 0, "failing": 0, "stale": 0}


def test_nothing_secret_is_in_the_answer(tmp_path: Path) -> None:
    token = "s3cret-token-0123456789"
    app = make_app(tmp_path / "store", API_TOKENS=[token])
    data = app.test_client().get("/healthz").get_data(as_text=True)
    assert str(tmp_path) not in data and "store/" not in data and token not in data


def test_a_new_store_is_healthy_with_no_write_yet(app: Flask) -> None:
    status, body, _ = get_health(app)
    assert status == 200 and body["status"] == "ok"
    assert body["store"] == {"readable": True, "articles": 0, "last_write": None}


def test_a_store_folder_replaced_by_a_file_answers_503(seeded_app: Flask) -> None:
    root = store_of(seeded_app).root
    shutil.rmtree(root)
    root.write_text("not a store", encoding="utf-8")
    status, body, cache_control = get_health(seeded_app)
    assert status == 503
    assert body == {"status": "unavailable", "store": {"readable": False}}
    assert cache_control == "no-store"


def test_a_store_that_fails_to_read_answers_503(
    seeded_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_of(seeded_app)

    def broken() -> int:
        raise StoreError(str(store.root), "disk I/O error")

    monkeypatch.setattr(store, "count", broken)
    status, body, _ = get_health(seeded_app)
    assert status == 503 and body["status"] == "unavailable"
    assert "disk" not in str(body)


def test_an_unreadable_newest_article_file_answers_503(seeded_app: Flask) -> None:
    store = store_of(seeded_app)
    [path] = store.articles_dir.glob("*/*.json")
    path.write_text("{damaged", encoding="utf-8")
    status, _, _ = get_health(seeded_app)
    assert status == 503


def test_a_file_the_index_does_not_know_is_reported_as_inconsistent(seeded_app: Flask) -> None:
    """An article file copied in by hand (a restore without reindex) is not in the index."""
    store = store_of(seeded_app)
    [path] = store.articles_dir.glob("*/*.json")
    stray = store.articles_dir / "ff" / ("ff" + path.stem[2:] + ".json")
    stray.parent.mkdir(exist_ok=True)
    shutil.copy(path, stray)
    status, body, _ = get_health(seeded_app)
    assert status == 200
    assert body["status"] == "degraded"
    assert body["index"]["consistent"] is False  # type: ignore[index]
    assert (body["index"]["files"], body["index"]["rows"]) == (2, 1)  # type: ignore[index]


def test_a_missing_index_is_rebuilt_by_the_probe(seeded_app: Flask) -> None:
    store_of(seeded_app).index_path.unlink()
    status, body, _ = get_health(seeded_app)
    assert status == 200 and body["store"]["articles"] == 1  # type: ignore[index]


def test_the_census_runs_once_per_generation_and_at_most_every_interval(
    seeded_app: Flask, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clock = [1000.0]
    seeded_app.extensions["feedsvc"]["health"] = HealthCache(monotonic=lambda: clock[0])
    censuses = []
    real = health.take_census

    def counting(*args: object) -> object:
        censuses.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(health, "take_census", counting)
    for _ in range(3):
        assert get_health(seeded_app)[0] == 200
    assert len(censuses) == 1
    dump = tmp_path / "new.txt"
    dump.write_text("网站首页> 国内\n新的文章\n2025-07-29 10:00:00\n正文一段。\n", encoding="utf-8")
    assert seeded_app.test_cli_runner().invoke(args=["import", str(dump)]).exit_code == 0
    get_health(seeded_app)
    assert len(censuses) == 1  # a new generation, but the last census is recent
    clock[0] += CENSUS_INTERVAL + 1
    _, body, _ = get_health(seeded_app)
    assert len(censuses) == 2
    assert body["index"]["files"] == 2  # type: ignore[index]


def test_failing_and_stale_sources_are_counted(
    seeded_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        health, "count_problems", lambda *args: HealthCounts(sources=3, failing=1, stale=1)
    )
    status, body, _ = get_health(seeded_app)
    assert status == 200 and body["status"] == "degraded"
    assert body["sources"] == {"count": 3, "failing": 1, "stale": 1}


def test_an_unreadable_sources_file_degrades_but_serves(seeded_app: Flask) -> None:
    (store_of(seeded_app).root / "sources.toml").write_text("[sources\n", encoding="utf-8")
    status, body, _ = get_health(seeded_app)
    assert status == 200 and body["status"] == "degraded"
    assert body["sources"] == {"readable": False}


def test_the_probe_is_answered_whatever_the_host(tmp_path: Path) -> None:
    """Load balancers probe with the backend's address as Host; /healthz reveals nothing."""
    app = make_app(tmp_path / "store", ALLOWED_HOSTS=["news.example.com"])
    client = app.test_client()
    assert client.get("/healthz", headers={"Host": "10.0.0.7:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "10.0.0.7:8000"}).status_code == 400
    assert client.get("/healthz/", headers={"Host": "10.0.0.7"}).status_code == 400
