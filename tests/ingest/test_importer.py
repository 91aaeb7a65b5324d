"""Importing pages, folders and URLs through the import and extract commands."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from flask import Flask

from feedsvc.ingest.importer import FetchOptions
from feedsvc.ingest.importer import HtmlDocument
from feedsvc.ingest.importer import load_with_settings
from feedsvc.store import Scope
from tests.support.app import PAGES
from tests.support.app import SEEDS
from tests.support.app import make_app
from tests.support.newssite import ARTICLE_PATH


def _app(tmp_path: Path) -> Flask:
    return make_app(
        tmp_path / "store",
        FETCH_TIMEOUT=0.5,
        FETCH_MAX_BYTES=100_000,
        FETCH_MAX_REDIRECTS=2,
        FETCH_ALLOW_PRIVATE=True,
        CATEGORY_MAP={"127.0.0.1/n1/": "经济"},
    )


def test_import_url_and_failures(server: str, tmp_path: Path) -> None:
    app = _app(tmp_path)
    result = app.test_cli_runner().invoke(
        args=[
            "import",
            server + ARTICLE_PATH,
            server + "/slow",
            server + "/missing",
            server + "/endless",
        ]
    )
    assert result.exit_code == 1
    assert "imported: 1, updated: 0, unchanged: 0, failed: 3" in result.output
    assert "/slow: no answer within 0.5 s" in result.output
    assert "HTTP 404" in result.output
    assert "100000-byte limit" in result.output
    store = app.extensions["feedsvc"]["store"]
    [article] = store.select(Scope(), 10)
    assert article.title == "夏粮收购进度快于去年同期"
    assert article.original_url == server + ARTICLE_PATH
    assert article.source is not None and article.source.name == "人民网－人民日报"
    assert article.published.isoformat() == "2025-07-28T05:51:00+08:00"
    assert article.category.name == "经济·科技"


def test_extract_prints_json_lines_without_touching_the_store(server: str, tmp_path: Path) -> None:
    app = _app(tmp_path)
    page = PAGES / "cctv_info.html"
    result = app.test_cli_runner().invoke(
        args=["extract", str(page), server + "/missing", str(PAGES / "no_date.html")]
    )
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 3
    first, failed, undated = lines
    assert first["title"] == "暑运首月全国铁路发送旅客超4亿人次"
    assert first["published"] == "2025-07-28T09:30:00+08:00"
    assert first["source"] == {"name": "央视新闻客户端", "url": "https://news.cctv.com/"}
    assert first["editor"] == "孙丽娜、刘亮"  # 编辑 and 责任编辑, in page order
    assert first["body_html"].startswith("<p>央视网消息")
    assert set(first) >= {
        "subtitle",
        "authors",
        "category",
        "images",
        "original_url",
        "original_title",
    }
    assert "HTTP 404" in failed["error"] and failed["input"].endswith("/missing")
    assert undated["published"] is None
    assert app.extensions["feedsvc"]["store"].select(Scope(), 10) == []


def test_import_folder_of_pages_and_dumps(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "saved_files").mkdir(parents=True)
    shutil.copy(PAGES / "gov_cn_news.html", folder / "gov.html")
    shutil.copy(PAGES / "big5_traditional.html", folder / "cna.htm")
    shutil.copy(PAGES / "no_date.html", folder / "undated.html")
    (folder / "saved_files" / "frame.html").write_text("<html><body>ad frame</body></html>")
    shutil.copy(next(SEEDS.glob("*.txt")), folder / "seed.txt")
    app = _app(tmp_path)
    result = app.test_cli_runner().invoke(args=["import", str(folder)])
    assert "imported: 3, updated: 0, unchanged: 0, failed: 1" in result.output
    assert "undated.html: no publish date found on the page" in result.output
    assert "frame.html" not in result.output
    titles = {a.title for a in app.extensions["feedsvc"]["store"].select(Scope(), 10)}
    assert "颱風丹娜絲逼近 氣象署發布海上警報" in titles
    again = app.test_cli_runner().invoke(args=["import", str(folder / "gov.html")])
    assert "unchanged: 1" in again.output


def test_import_refuses_a_local_url_by_default(server: str, tmp_path: Path) -> None:
    app = make_app(tmp_path / "store")
    result = app.test_cli_runner().invoke(args=["import", server + ARTICLE_PATH])
    assert result.exit_code == 1
    assert "non-public address 127.0.0.1" in result.output
    assert app.extensions["feedsvc"]["store"].select(Scope(), 10) == []


def test_one_bad_url_fails_alone_and_the_rest_is_imported(server: str, tmp_path: Path) -> None:
    app = _app(tmp_path)
    result = app.test_cli_runner().invoke(
        args=["import", server + "/a b.html", server + "/a\r\nb", server + ARTICLE_PATH]
    )
    assert result.exit_code == 1
    assert "imported: 1, updated: 0, unchanged: 0, failed: 2" in result.output
    failures = [line for line in result.output.splitlines() if line.startswith("failed: ")]
    assert len(failures) == 2, result.output
    assert "contains the character ' '" in failures[0]
    assert "\\r\\n" in failures[1]  # escaped: one line per failure
    assert len(app.extensions["feedsvc"]["store"].select(Scope(), 10)) == 1


def test_fetch_options_come_from_the_settings(tmp_path: Path) -> None:
    settings = _app(tmp_path).extensions["feedsvc"]["settings"]
    assert FetchOptions.from_settings(settings) == FetchOptions(
        timeout=0.5, max_bytes=100_000, max_redirects=2, allow_private=True
    )


def test_a_page_in_hand_reads_like_the_same_page_from_a_file(tmp_path: Path) -> None:
    settings = _app(tmp_path).extensions["feedsvc"]["settings"]
    path = PAGES / "chinanews.html"
    in_hand = HtmlDocument(path.read_bytes())
    assert load_with_settings(in_hand, settings) == load_with_settings(path, settings)
