"""Shared fixtures: apps on empty, seeded and full stores; temporary folders in RAM."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.support.app import SEEDS
from tests.support.app import load
from tests.support.app import make_app
from tests.support.dumps import synthetic_dumps
from tests.support.dumps import write_dumps

RAM = Path("/dev/shm")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Put tmp_path on a RAM file system when there is one, unless --basetemp says otherwise.

    Almost every test writes a store, and the store fsyncs every file and folder: on a busy
    disk that is most of the suite's time. The tests that need a real file system mount one.
    """
    if config.option.basetemp is None and RAM.is_dir() and os.access(RAM, os.W_OK):
        base = tempfile.mkdtemp(prefix="feedsvc-tests-", dir=RAM)
        config.option.basetemp = base
        config.add_cleanup(lambda: shutil.rmtree(base, ignore_errors=True))


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    """An app on an empty store in a temporary folder."""
    return make_app(tmp_path / "store")


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> Any:
    return app.test_cli_runner()


@pytest.fixture
def seeded_app(app: Flask) -> Flask:
    load(app, SEEDS)
    return app


@pytest.fixture(scope="session")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_dumps(tmp_path_factory.mktemp("synthetic"), synthetic_dumps())


@pytest.fixture(scope="session")
def full_store(tmp_path_factory: pytest.TempPathFactory, synthetic_dir: Path) -> Path:
    """A store holding the seed and every synthetic article, built once per session."""
    store_dir = tmp_path_factory.mktemp("full") / "store"
    load(make_app(store_dir), SEEDS, synthetic_dir)
    return store_dir


@pytest.fixture
def full_app(full_store: Path, tmp_path: Path) -> Iterator[Flask]:
    """An app on a private copy of the full store."""
    copy = tmp_path / "store"
    shutil.copytree(full_store, copy)
    yield make_app(copy)


@pytest.fixture
def full_client(full_app: Flask) -> FlaskClient:
    return full_app.test_client()
