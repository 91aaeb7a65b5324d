"""A configuration error stops the service with one clear line, not a traceback: under
``flask --app wsgi`` and under a real gunicorn."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import feedsvc
from feedsvc.errors import ConfigError
from tests.support.app import ROOT
from tests.support.app import make_app
from tests.support.servers import free_port
from tests.support.servers import require_tool

pytestmark = pytest.mark.system

BAD = {
    "tokens": ({"FEEDSVC_API_TOKENS": "short,tokens"}, "FEEDSVC_API_TOKENS"),
    "timezone": ({"FEEDSVC_TIMEZONE": "Mars/Olympus"}, "FEEDSVC_TIMEZONE"),
    "limit": ({"FEEDSVC_FEED_LIMIT": "0"}, "FEEDSVC_FEED_LIMIT"),
}


def _env(store_dir: Path, extra: dict[str, str]) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FEEDSVC_")}
    return {**clean, "FEEDSVC_STORE_DIR": str(store_dir), **extra}


def _assert_one_clear_line(stderr: str, names: str) -> None:
    ours = [line for line in stderr.splitlines() if line.startswith("feedsvc: ")]
    assert ours == [ours[0]] and names in ours[0], stderr
    assert "Traceback" not in stderr, stderr


@pytest.mark.parametrize("case", sorted(BAD))
def test_flask_cli_with_a_bad_setting_prints_one_line_and_exits(tmp_path: Path, case: str) -> None:
    extra, names = BAD[case]
    store_dir = tmp_path / "store"
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "import", str(tmp_path)],
        cwd=ROOT,
        env=_env(store_dir, extra),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1, result.stderr
    _assert_one_clear_line(result.stderr, names)
    assert not store_dir.exists(), "settings are checked before the store is touched"


def test_a_store_that_cannot_be_created_prints_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "reindex"],
        cwd=ROOT,
        env=_env(tmp_path / "file" / "store", {}),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    _assert_one_clear_line(result.stderr, "FEEDSVC_STORE_DIR")


def test_a_store_that_cannot_be_written_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write anywhere, so the read-only store is simulated at the access check.
    real_access = os.access
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    monkeypatch.setattr(
        feedsvc.os,
        "access",
        lambda path, mode: mode != os.W_OK and real_access(path, mode),
    )
    with pytest.raises(ConfigError, match="FEEDSVC_STORE_DIR: .* is not writable"):
        make_app(store_dir)


def test_gunicorn_with_a_bad_setting_stops_with_one_line(tmp_path: Path) -> None:
    command = [require_tool("gunicorn"), "--bind", f"127.0.0.1:{free_port()}", "wsgi:app"]
    extra, names = BAD["tokens"]
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=_env(tmp_path / "store", extra),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0  # the master stops instead of restarting the worker
    _assert_one_clear_line(result.stderr, names)
