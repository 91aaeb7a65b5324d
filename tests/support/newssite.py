"""A stand-in news site for the fetch and import tests: one real article page, and paths
that are slow, trickle, lie about their size, never end, redirect or go missing."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

from tests.support.app import PAGES

ARTICLE = (PAGES / "people_gb2312.html").read_bytes()


ARTICLE_PATH = "/n1/2025/0728/c1004-40530001.html"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        try:
            self._route(self.path)
        except OSError:
            pass  # the client gave up (timeout or size cap): that is the point of the test

    def _route(self, path: str) -> None:
        if path == ARTICLE_PATH:
            self._send(200, ARTICLE, "text/html; charset=GB2312")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, b"<html>late</html>")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"<p>x</p>" * 10)
                self.wfile.flush()
                time.sleep(0.2)
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
            self.wfile.write(b"<html>" + b"x" * 1000)
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"y" * 8192 + b"</p>"
            deadline = time.monotonic() + 10
            try:
                while time.monotonic() < deadline:
                    self.wfile.write(chunk)
            except OSError:
                pass
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{left - 1}" if left > 1 else ARTICLE_PATH)
            self.end_headers()
        elif path == "/bad-status":
            self.wfile.write(b"HTTP/1.1 abc\r\n\r\n")
        elif path == "/to-bad-port":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:99999/")
            self.end_headers()
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file.html")
            self.end_headers()
        else:
            self._send(404, b"<html>not here</html>")
