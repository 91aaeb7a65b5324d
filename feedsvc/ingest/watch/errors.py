"""Typed errors of the source watcher."""

from __future__ import annotations

from ...errors import ConfigError
from ...errors import FeedsvcError
from ...errors import NotFound


class WatchError(FeedsvcError):
    """Something the watcher could not do for one source; recorded on the source."""


class SourcesFileError(ConfigError):
    """The sources file cannot be read, parsed or written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"sources file {path}: {reason}")
        self.path = path
        self.reason = reason


class InvalidSource(ConfigError):
    """A source declaration that breaks a rule (bad name, URL, interval...)."""

    status = 400

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"source {name!r}: {problem}")
        self.name = name
        self.problem = problem


class WatchedSourceNotFound(NotFound):
    def __init__(self, name: str) -> None:
        super().__init__(f"No source named {name!r} (see `flask watch list`).")
        self.name = name


class NoArticleLinks(WatchError):
    """A list page that yields no article link: most often the site was redesigned."""

    def __init__(self, url: str) -> None:
        super().__init__(f"no article links found on {url} — has the page changed?")
        self.url = url


class RobotsDisallowed(WatchError):
    def __init__(self, url: str) -> None:
        super().__init__(f"robots.txt disallows {url}")
        self.url = url


class HostUnavailable(WatchError):
    """The host's robots.txt answered 5xx or could not be reached: skip the host this run."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}/robots.txt is unavailable ({reason}); host skipped this run")
        self.origin = origin
        self.reason = reason


class Deferred(WatchError):
    """The server asked to come back later (429/503 with Retry-After)."""

    def __init__(self, url: str, code: int, until_text: str) -> None:
        super().__init__(f"{url} answered {code}; deferred until {until_text}")
        self.url = url
        self.code = code


class SourceBusy(WatchError):
    def __init__(self, name: str) -> None:
        super().__init__(f"source {name!r} is being watched by another run")
        self.name = name
