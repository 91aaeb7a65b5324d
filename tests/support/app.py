"""Apps for tests: the repository's paths, an app on a given store, loading documents into it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

from feedsvc import create_app
from feedsvc.importer import import_paths

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PAGES = ROOT / "tests" / "pages"  # the extractor corpus
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def make_app(store_dir: Path, **config: Any) -> Flask:
    return create_app({"TESTING": True, "STORE_DIR": str(store_dir), **config})


def load(app: Flask, *paths: Path) -> None:
    ext = app.extensions["feedsvc"]
    report = import_paths(
        ext["store"], paths, ext["settings"].zone, ext["settings"].default_category
    )
    assert not report.failures, report.failures
