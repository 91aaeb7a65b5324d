"""Settings: bad values are refused at startup, naming the setting; environment JSON is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.api import api_app
from tests.support.app import ROOT
from tests.support.app import make_app


@pytest.mark.parametrize(
    ("key", "value"),
    [("FETCH_TIMEOUT", 0), ("FETCH_MAX_BYTES", "lots"), ("CATEGORY_MAP", "{not json")],
)
def test_bad_settings_are_refused(tmp_path: Path, key: str, value: object) -> None:
    with pytest.raises(ValueError, match=key):
        make_app(tmp_path / "store", **{key: value})


def test_category_map_from_environment_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FEEDSVC_CATEGORY_MAP", json.dumps({"www.gov.cn/zhengce/": "政策"}))
    monkeypatch.setenv("FEEDSVC_STORE_DIR", str(tmp_path / "store"))
    from feedsvc import create_app

    settings = create_app().extensions["feedsvc"]["settings"]
    assert settings.category_map == {"www.gov.cn/zhengce/": "政策"}


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("0", False), (True, True)])
def test_allow_private_setting(tmp_path: Path, value: object, expected: bool) -> None:
    app = make_app(tmp_path / "store", FETCH_ALLOW_PRIVATE=value)
    assert app.extensions["feedsvc"]["settings"].fetch_allow_private is expected


def test_short_tokens_are_refused_at_startup(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="API_TOKENS"):
        api_app(tmp_path / "store", API_TOKENS=["short"])


def test_every_setting_is_documented() -> None:
    from feedsvc.config import SETTINGS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [key for key in SETTINGS if f"| `FEEDSVC_{key}` |" not in readme]
    assert not missing
