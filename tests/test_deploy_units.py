"""The systemd units in deploy/: what they run and where, checked by `systemd-analyze verify`."""

from __future__ import annotations

import configparser
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.support.app import ROOT
from tests.support.servers import require_tool

DEPLOY = ROOT / "deploy"
UNITS = sorted(DEPLOY.glob("*.service")) + sorted(DEPLOY.glob("*.timer"))
HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "StateDirectory": "feedsvc",
}


def service(name: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / name, encoding="utf-8")
    return dict(parser["Service"])


def environment(unit: dict[str, str]) -> dict[str, str]:
    return dict(item.split("=", 1) for item in shlex.split(unit["Environment"]))


def verify(*units: Path) -> subprocess.CompletedProcess[str]:
    require_tool("systemd-analyze")
    return subprocess.run(
        [str(DEPLOY / "verify-units"), *map(str, units)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_service_runs_gunicorn_with_the_shipped_config_on_the_store() -> None:
    unit = service("feedsvc.service")
    argv = shlex.split(unit["ExecStart"])
    assert argv[0] == "/opt/feedsvc/.venv/bin/gunicorn" and argv[-1] == "wsgi:app"
    config = Path(argv[argv.index("--config") + 1])
    assert (ROOT / config.relative_to(unit["WorkingDirectory"])).is_file()
    assert environment(unit)["FEEDSVC_STORE_DIR"] == "/var/lib/" + unit["StateDirectory"]
    # gunicorn's control socket: in the runtime folder, not in the store (the user's home)
    assert environment(unit)["XDG_RUNTIME_DIR"] == "/run/" + unit["RuntimeDirectory"]
    assert unit["Restart"] == "on-failure" and unit["User"] == "feedsvc"
    assert unit["RestartPreventExitStatus"] == "4"  # wsgi.py's configuration error


@pytest.mark.parametrize("name", ["feedsvc.service", "feedsvc-watch.service"])
def test_both_services_share_user_store_and_hardening(name: str) -> None:
    unit = service(name)
    assert {k: unit.get(k) for k in HARDENING} == HARDENING
    main = service("feedsvc.service")
    for key in ("User", "WorkingDirectory", "EnvironmentFile"):
        assert unit[key] == main[key], key
    assert environment(unit)["FEEDSVC_STORE_DIR"] == environment(main)["FEEDSVC_STORE_DIR"]


@pytest.mark.system
def test_systemd_analyze_verifies_every_unit() -> None:
    result = verify(*UNITS)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "OK" in result.stdout


@pytest.mark.system
def test_the_check_fails_on_a_broken_unit(tmp_path: Path) -> None:
    bad = tmp_path / "bad.service"
    bad.write_text(
        "[Service]\nExecStart=/opt/x/bin/run\nProtectSystem=strictly\n", encoding="utf-8"
    )
    result = verify(bad)
    assert result.returncode == 1
    assert "strictly" in result.stderr
