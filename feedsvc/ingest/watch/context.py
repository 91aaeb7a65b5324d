"""The watcher's settings and collaborators, built from the Flask app's configuration."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import Flask

from ...config import Settings
from ...config import number_setting
from ...errors import ConfigError
from ...store import ArticleStore
from ..importer import FetchOptions
from .politeness import HostGate
from .state import StateStore

#: The product token robots.txt rules are matched against.
AGENT_TOKEN = "feedsvc"
DEFAULT_USER_AGENT = "feedsvc/0.1 (news feed service; +https://example.invalid/feedsvc)"


@dataclass(frozen=True)
class WatchSettings:
    """FEEDSVC_SOURCES_FILE and FEEDSVC_WATCH_*, checked."""

    sources_file: Path
    min_delay: float = 2.0
    user_agent: str = DEFAULT_USER_AGENT
    workers: int = 8

    @classmethod
    def from_config(cls, config: dict[str, Any], store_root: Path) -> WatchSettings:
        """Check and convert the watcher's settings; raise ConfigError naming the bad one."""
        path = config.get("SOURCES_FILE") or store_root / "sources.toml"
        agent = str(config.get("WATCH_USER_AGENT") or DEFAULT_USER_AGENT)
        if AGENT_TOKEN not in agent.lower() or not agent.isprintable():
            raise ConfigError(f"FEEDSVC_WATCH_USER_AGENT must name {AGENT_TOKEN}, got {agent!r}")
        return cls(
            sources_file=Path(path),
            min_delay=number_setting(config, "WATCH_MIN_DELAY", float, 0.0, 3600.0),
            user_agent=agent,
            workers=int(number_setting(config, "WATCH_WORKERS", float, 1, 64)),
        )


@dataclass
class Watcher:
    """What a pass needs: the store, the state folder, settings, a clock and a random source."""

    store: ArticleStore
    states: StateStore
    settings: Settings
    watch: WatchSettings
    fetch: FetchOptions
    clock: Callable[[], datetime]
    rand: random.Random = field(default_factory=random.Random)
    gate: HostGate | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        """Turns at hosts are kept in the state folder."""
        if self.gate is None:
            self.gate = HostGate(self.states.hosts_dir)


def watcher_for(app: Flask) -> Watcher:
    """The watcher of *app* (its store, settings and clock, CONFIG ``CLOCK`` in tests)."""
    ext = app.extensions["feedsvc"]
    store: ArticleStore = ext["store"]
    settings: Settings = ext["settings"]
    watch = WatchSettings.from_config(app.config, store.root)
    return Watcher(
        store=store,
        states=StateStore(store.root / "watch").open(),
        settings=settings,
        watch=watch,
        fetch=FetchOptions.from_settings(settings),
        clock=app.config.get("CLOCK") or store.clock,
        rand=random.Random(app.config.get("WATCH_SEED")),
    )
