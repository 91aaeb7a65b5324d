"""What the import command says: why a file failed (once per name), the exit status after a
partial failure, --category, and no rebuild notice for a new store."""

from __future__ import annotations

import gzip
import json
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from flask import Flask

from feedsvc.ingest.importer import NOT_A_DOCUMENT
from feedsvc.ingest.importer import looks_binary
from feedsvc.store import Scope
from tests.support.app import SEEDS
from tests.support.app import make_app
from tests.support.app import store_of

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def invoke(app: Flask, *args: str) -> tuple[int, str, str]:
    result = app.test_cli_runner().invoke(args=list(args))
    return result.exit_code, result.stdout, result.stderr


def test_an_empty_file_and_a_binary_file_say_so(app: Flask, tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n")
    (tmp_path / "photo.html").write_bytes(PNG)
    (tmp_path / "noise.txt").write_bytes(bytes(range(1, 32)) * 100)
    code, out, err = invoke(app, "import", str(tmp_path))
    assert code == 1
    assert "imported: 0, updated: 0, unchanged: 0, failed: 4" in out
    lines = sorted(err.splitlines())
    assert lines == [
        f"failed: {tmp_path / 'blank.txt'}: empty file",
        f"failed: {tmp_path / 'empty.html'}: empty file",
        f"failed: {tmp_path / 'noise.txt'}: {NOT_A_DOCUMENT}",
        f"failed: {tmp_path / 'photo.html'}: {NOT_A_DOCUMENT}",
    ]
    assert "headline" not in err


def test_a_url_is_named_once_in_a_failure(app: Flask) -> None:
    url = "http://127.0.0.1:9/news/t20250728_1.html"
    code, _, err = invoke(app, "import", url)
    assert code == 1
    assert err.count(url) == 1, err
    assert err.startswith(f"failed: {url}: host '127.0.0.1'")


def test_extract_names_the_input_once(app: Flask, tmp_path: Path) -> None:
    (tmp_path / "photo.html").write_bytes(PNG)
    code, out, _ = invoke(app, "extract", str(tmp_path / "photo.html"))
    assert code == 1
    assert out.count("photo.html") == 1 and NOT_A_DOCUMENT in out


def test_a_partial_failure_imports_the_rest_and_exits_1(app: Flask, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, _ = invoke(app, "import", str(SEEDS), str(tmp_path / "empty.txt"))
    assert code == 1
    assert "imported: 1, updated: 0, unchanged: 0, failed: 1" in out
    assert store_of(app).count() == 1
    code, out, _ = invoke(app, "import", str(SEEDS))
    assert code == 0 and "unchanged: 1" in out


def test_category_option_files_every_article_under_it(app: Flask) -> None:
    code, out, _ = invoke(app, "import", "--category", " 北京 ", str(SEEDS))
    assert code == 0, out
    [article] = store_of(app).select(Scope(), 5)
    assert article.category.name == "北京"
    assert app.test_client().get(f"/feeds/{article.category.slug}.rss").status_code == 200


@pytest.mark.parametrize("name", ["", "  ", "<b></b>", "长" * 101])
def test_category_option_refuses_an_unusable_name(app: Flask, name: str) -> None:
    code, _, err = invoke(app, "import", "--category", name, str(SEEDS))
    assert code == 2 and "--category" in err
    assert store_of(app).count() == 0


def test_text_is_told_from_binary_data() -> None:
    assert not looks_binary("新华社北京7月28日电".encode("gb18030"))
    assert not looks_binary("<html>新闻</html>".encode("utf-16"))  # BOM, then NUL-rich text
    assert not looks_binary(b"<html>\x1b$B\x1b(B</html>")  # ISO-2022 escapes
    assert looks_binary(PNG)
    assert looks_binary(b"%PDF-1.7\n")
    assert looks_binary(b"abc\x00def")


def _recovery_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "feedsvc.store.recovery" and r.levelno >= logging.WARNING
    ]


def test_a_new_store_does_not_announce_a_rebuild(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    make_app(tmp_path / "store")
    assert _recovery_warnings(caplog) == []
    assert any("new store" in r.getMessage() for r in caplog.records)


def test_a_real_rebuild_warns_and_says_why(
    seeded_app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    store = store_of(seeded_app)
    store.index_path.unlink()
    make_app(store.root)
    [missing] = _recovery_warnings(caplog)
    assert "rebuilding the index" in missing and "the index is missing" in missing
    caplog.clear()
    with closing(sqlite3.connect(store.index_path)) as conn, conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    make_app(store.root)
    [upgraded] = _recovery_warnings(caplog)
    assert "schema 1" in upgraded


def test_reindex_asked_for_is_not_a_warning(
    seeded_app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    code, out, _ = invoke(seeded_app, "reindex")
    assert code == 0 and "indexed 1 articles" in out
    assert _recovery_warnings(caplog) == []


def test_extract_reads_a_page_saved_gzip_compressed(app: Flask, tmp_path: Path) -> None:
    seed = Path(__file__).parent / "pages" / "gov_cn_policy.html"
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(seed.read_bytes()))
    code, out, _ = invoke(app, "extract", str(tmp_path / "page.html.gz"))
    _, plain, _ = invoke(app, "extract", str(seed))
    assert code == 0
    assert json.loads(out)["title"] == json.loads(plain)["title"]
