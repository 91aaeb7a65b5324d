from __future__ import annotations

import json
from pathlib import Path

from flask import Flask

from feedsvc.store import Scope
from tests.support.app import SEEDS
from tests.support.app import store_of
from tests.support.dumps import Dump


def snapshot(store_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(store_dir)): p.read_bytes()
        for p in sorted(store_dir.rglob("*"))
        if p.is_file() and p.name not in ("store.lock",)
    }


def test_import_twice_gives_one_article(app: Flask) -> None:
    runner = app.test_cli_runner()
    first = runner.invoke(args=["import", str(SEEDS)])
    assert first.exit_code == 0, first.output
    assert "imported: 1, updated: 0, unchanged: 0, failed: 0" in first.output
    second = runner.invoke(args=["import", str(SEEDS)])
    assert "imported: 0, updated: 0, unchanged: 1, failed: 0" in second.output
    store = app.extensions["feedsvc"]["store"]
    assert store.count() == 1
    assert len(list(store.articles_dir.glob("*/*.json"))) == 1


def test_changed_document_is_updated_in_place(app: Flask, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(Dump("doc.txt", "标题", "国内", "2025-07-28 09:30:57").text(), encoding="utf-8")
    runner = app.test_cli_runner()
    runner.invoke(args=["import", str(doc)])
    store = app.extensions["feedsvc"]["store"]
    before = store.select(Scope(), 5)[0]
    doc.write_text(doc.read_text(encoding="utf-8").replace("正文第一段", "更正后的正文"), "utf-8")
    result = runner.invoke(args=["import", str(doc)])
    assert "updated: 1" in result.output
    after = store.select(Scope(), 5)
    assert len(after) == 1
    assert (after[0].id, after[0].guid) == (before.id, before.guid)
    assert "更正后的正文" in after[0].body_html


def test_broken_file_is_reported_and_nothing_is_written(app: Flask, tmp_path: Path) -> None:
    runner = app.test_cli_runner()
    runner.invoke(args=["import", str(SEEDS)])
    store_dir = app.extensions["feedsvc"]["store"].root
    before = snapshot(store_dir)
    broken = tmp_path / "broken.txt"
    broken.write_text(
        "网站首页> 国内>没有时间的文章\n\n没有时间的文章\n\n正文。\n", encoding="utf-8"
    )
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    result = runner.invoke(args=["import", str(broken), str(binary), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert f"failed: {broken}: no publish time" in result.output
    assert f"failed: {binary}: not UTF-8 text" in result.output
    assert "missing.txt: no such file" in result.output
    assert "imported: 0, updated: 0, unchanged: 0, failed: 3" in result.output
    assert snapshot(store_dir) == before


def test_reindex_command(app: Flask) -> None:
    runner = app.test_cli_runner()
    runner.invoke(args=["import", str(SEEDS)])
    store = app.extensions["feedsvc"]["store"]
    store.index_path.unlink()
    result = runner.invoke(args=["reindex"])
    assert "indexed 1 articles" in result.output
    assert store.count() == 1
    data = json.loads(next(store.articles_dir.glob("*/*.json")).read_text(encoding="utf-8"))
    assert data["source"] == {"name": "新华社", "url": "https://www.news.cn/"}


def test_cli_import_shows_progress(app: Flask, tmp_path: Path) -> None:
    from tests.support.dumps import synthetic_dumps
    from tests.support.dumps import write_dumps

    folder = write_dumps(tmp_path / "docs", synthetic_dumps()[:30])
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["import", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # the bar is drawn only on a terminal: logs stay quiet
    assert "imported: 30" in result.stdout
    assert store_of(app).count() == 30
