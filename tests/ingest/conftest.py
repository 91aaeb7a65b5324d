"""The stand-in news site, served on 127.0.0.1 once per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.newssite import Handler
from tests.support.servers import serving


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(Handler) as base:
        yield base
