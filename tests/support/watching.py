"""Apps for the watcher's tests: private fetching allowed, a short politeness delay, a
clock that moves only when told to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import Result
from flask import Flask

from tests.support.api import Clock
from tests.support.app import make_app

#: The politeness delay in tests (the default is 2 s).
DELAY = 0.2


def watch_app(store_dir: Path, clock: Clock, **config: Any) -> Flask:
    settings: dict[str, Any] = {
        "FETCH_ALLOW_PRIVATE": True,
        "FETCH_TIMEOUT": 5.0,
        "WATCH_MIN_DELAY": DELAY,
        "WATCH_SEED": 7,
        "CLOCK": clock,
        **config,
    }
    return make_app(store_dir, **settings)


def watch(app: Flask, *args: str) -> Result:
    """Run ``flask watch ARGS`` in-process."""
    result: Result = app.test_cli_runner().invoke(args=["watch", *args])
    return result


def add(app: Flask, url: str, *args: str) -> None:
    result = watch(app, "add", url, *args)
    assert result.exit_code == 0, result.output
