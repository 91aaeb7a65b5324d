"""Every page and feed of a fixed store, byte for byte, against committed golden files.

The golden tree is the static export of the seed plus the synthetic articles. A change that
alters what readers receive shows up here as a diff; regenerate deliberately with
``FEEDSVC_REGENERATE_GOLDEN=1 python -m pytest tests/test_golden.py`` and commit the result
together with the change that explains it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from flask import Flask

from feedsvc.web.export import export_site
from tests.support.app import make_app

GOLDEN = Path(__file__).resolve().parent / "golden" / "site"
BASE_URL = "https://news.example.com/"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _golden_app(full_store: Path, tmp_path: Path) -> Flask:
    copy = tmp_path / "store"
    shutil.copytree(full_store, copy)
    return make_app(copy, BASE_URL=BASE_URL, SITE_TITLE="测试新闻", SITE_DESCRIPTION="测试站点")


def test_every_page_and_feed_matches_the_golden_files(full_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "export"
    export_site(_golden_app(full_store, tmp_path), target)
    actual = _tree(target)
    if os.environ.get("FEEDSVC_REGENERATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(target, GOLDEN)
    expected = _tree(GOLDEN)
    assert sorted(actual) == sorted(expected)
    changed = [name for name in expected if actual[name] != expected[name]]
    assert not changed, f"{len(changed)} files differ from tests/golden/site, e.g. {changed[:5]}"
