"""WebSub publishing: tell a hub that feeds changed, from a background thread.

``HubNotifier.publish(topics)`` only queues the topic URLs and returns at once, so a store
write is never slowed down or failed by the hub. One worker thread per notifier sends
``hub.mode=publish`` / ``hub.url=<topic>`` form posts, merging topics queued meanwhile and
retrying failures with exponential backoff.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from collections.abc import Iterable

log = logging.getLogger(__name__)

#: Longest pause between two attempts, whatever the backoff says.
MAX_DELAY = 300.0


def post_publish(hub: str, topic: str, timeout: float) -> None:
    """POST one publish ping; raise OSError (URLError, HTTPError) if the hub refuses it."""
    data = urllib.parse.urlencode({"hub.mode": "publish", "hub.url": topic}).encode()
    request = urllib.request.Request(
        hub,
        data=data,
        headers={"Content-Type": "application/x-www-form-urlencoded", "User-Agent": "feedsvc"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()


class HubNotifier:
    """Queue of topics to announce to *hub*; sent by a lazily started daemon thread.

    :param attempts: tries per topic before giving up (logged, never raised).
    :param backoff: seconds before the first retry; doubled after each failure.
    :param sleep: how to wait (tests may pass a fake).
    """

    def __init__(
        self,
        hub: str,
        *,
        attempts: int = 5,
        backoff: float = 1.0,
        timeout: float = 10.0,
        send: Callable[[str, str, float], None] = post_publish,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.hub = hub
        self.attempts = attempts
        self.backoff = backoff
        self.timeout = timeout
        self._send = send
        self._sleep = sleep
        self._pending: dict[str, None] = {}
        self._busy = False
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.sent = 0
        self.failed = 0

    def publish(self, topics: Iterable[str]) -> None:
        """Queue *topics* (absolute feed URLs); returns immediately and never raises."""
        with self._cond:
            if self._closed:
                return
            for topic in topics:
                self._pending[topic] = None
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="websub-notifier", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def flush(self, timeout: float) -> bool:
        """Wait until every queued topic has been sent or given up; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._pending or self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)
        return True

    def close(self, timeout: float = 0.0) -> None:
        """Send what is queued for up to *timeout* seconds, then drop the rest and stop."""
        self.flush(timeout)
        with self._cond:
            self._closed = True
            self._pending.clear()
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending:
                    self._busy = False
                    self._cond.notify_all()
                    if self._closed or (not self._cond.wait(timeout=60.0) and not self._pending):
                        self._thread = None
                        return
                topics = list(self._pending)
                self._pending.clear()
                self._busy = True
            for topic in topics:
                self._deliver(topic)

    def _deliver(self, topic: str) -> None:
        delay = self.backoff
        for attempt in range(1, self.attempts + 1):
            if self._closed:
                return
            try:
                self._send(self.hub, topic, self.timeout)
            except (OSError, ValueError) as exc:
                log.warning(
                    "WebSub ping %s for %s failed (attempt %d/%d): %s",
                    self.hub,
                    topic,
                    attempt,
                    self.attempts,
                    exc,
                )
                if attempt < self.attempts:
                    self._sleep(min(delay, MAX_DELAY))
                    delay *= 2
            else:
                with self._cond:
                    self.sent += 1
                return
        with self._cond:
            self.failed += 1
        log.error("WebSub hub %s was not told about %s", self.hub, topic)
