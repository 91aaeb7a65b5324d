"""Real servers: two gunicorn workers and a CLI import; nginx in front of gunicorn."""

from __future__ import annotations

import gzip
import http.client
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from lxml import etree

from tests.support.app import ROOT
from tests.support.dumps import Dump
from tests.support.dumps import write_dumps
from tests.support.servers import fetch
from tests.support.servers import free_port
from tests.support.servers import gunicorn
from tests.support.servers import require_tool
from tests.support.servers import running

pytestmark = pytest.mark.system

QUIET = ("--access-logfile", "/dev/null")
FEED = "/feeds/all.rss"
NEW_TITLE = "两个进程之间的新文章"


def newest_title(data: bytes) -> str:
    title: str = etree.fromstring(data).findtext("channel/item/title")
    return title


def both_workers(base: str, path: str, headers: dict[str, str]) -> dict[str, tuple[int, bytes]]:
    """One answer from each of two sync workers, keyed by the pid that gave it.

    A first connection sends half a request, so the worker that accepted it is busy reading;
    the second request must then be answered by the other worker. Completing the first
    request gets the busy worker's answer.
    """
    host, port = base.removeprefix("http://").split(":")
    answers: dict[str, tuple[int, bytes]] = {}
    with socket.create_connection((host, int(port)), timeout=10) as slow:
        slow.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n".encode())
        status, got, body = fetch(base + path, headers)
        answers[got["X-Worker-Pid"]] = (status, body)
        rest = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        slow.sendall(f"{rest}Connection: close\r\n\r\n".encode())
        response = http.client.HTTPResponse(slow)
        response.begin()
        answers[response.getheader("X-Worker-Pid", "")] = (response.status, response.read())
    assert len(answers) == 2, f"one worker answered both requests: {list(answers)}"
    return answers


def test_import_by_cli_is_seen_by_every_worker(full_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    subprocess.run(["cp", "-a", str(full_store), str(store)], check=True)
    with gunicorn(store, workers=2, app="tests.support.workerapp:app", extra_args=QUIET) as base:
        for _ in range(3):  # both workers render, then answer from their caches
            before = both_workers(base, FEED, {"Accept-Encoding": "gzip"})
        old_bodies = {body for _, body in before.values()}
        assert len(old_bodies) == 1  # both workers hold the same bytes
        status, headers, _ = fetch(base + FEED, {"Accept-Encoding": "gzip"})
        old_etag = headers["ETag"]

        docs = write_dumps(
            tmp_path / "docs",
            [Dump("new.txt", NEW_TITLE, "国内新闻", "2025-09-01 08:00:00")],
        )
        env = {**os.environ, "FEEDSVC_STORE_DIR": str(store)}
        done = subprocess.run(
            [sys.executable, "-m", "flask", "--app", "wsgi", "import", str(docs)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert "imported: 1" in done.stdout

        # right after the import: no worker may answer with the old feed, plain or conditional
        for headers in (
            {"Accept-Encoding": "gzip", "If-None-Match": old_etag},
            {"Accept-Encoding": "gzip"},
            {"Accept-Encoding": "gzip", "If-None-Match": old_etag},
        ):
            after = both_workers(base, FEED, headers)
            assert set(after) == set(before)
            for pid, (status, body) in after.items():
                assert status == 200, pid
                assert newest_title(gzip.decompress(body)) == NEW_TITLE, pid


NGINX_CONF = """
daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    proxy_cache_path {tmp}/cache keys_zone=feeds:1m max_size=50m;

    upstream feedsvc {{ server {upstream}; }}

    # behind a TLS terminator, keep the scheme it reports (http or https, nothing else);
    # else the scheme we were reached by
    map $http_x_forwarded_proto $public_scheme {{
        default $scheme;
        http http;
        https https;
    }}

    server {{
        listen 127.0.0.1:{port};
        location / {{
            include {location};
        }}
    }}
}}
"""


@contextmanager
def nginx(upstream: str, tmp: Path) -> Iterator[str]:
    """Run nginx in the foreground on a free loopback port in front of *upstream*."""
    binary = require_tool("nginx")
    port = free_port()
    tmp.mkdir(parents=True, exist_ok=True)
    conf = tmp / "nginx.conf"
    location = ROOT / "deploy" / "nginx" / "feedsvc-location.conf"
    conf.write_text(NGINX_CONF.format(tmp=tmp, port=port, upstream=upstream, location=location))
    command = [binary, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(conf)]
    with running(command, f"http://127.0.0.1:{port}") as base:
        yield base


def test_nginx_in_front(full_store: Path, tmp_path: Path) -> None:
    env = {"FEEDSVC_TRUST_PROXY": "1"}
    config = ("--config", str(ROOT / "deploy" / "gunicorn.conf.py"))
    with gunicorn(full_store, workers=1, env=env, extra_args=(*config, *QUIET)) as upstream:
        with nginx(upstream.removeprefix("http://"), tmp_path / "nginx") as base:
            public = {"Host": "news.example.com", "X-Forwarded-Proto": "https"}
            status, first, body = fetch(base + FEED, public)
            assert status == 200
            assert first["X-Cache-Status"] == "MISS"
            assert first["Cache-Control"] == "public, max-age=300"
            channel = etree.fromstring(body).find("channel")
            assert channel is not None
            self_link = channel.find("{http://www.w3.org/2005/Atom}link")
            assert self_link is not None
            assert self_link.get("href") == "https://news.example.com/feeds/all.rss"
            assert channel.findtext("link") == "https://news.example.com/"
            links = channel.xpath("item/link/text()")
            assert links and all(link.startswith("https://news.example.com/a/") for link in links)

            status, second, again = fetch(base + FEED, public)
            assert (status, second["X-Cache-Status"]) == (200, "HIT")
            assert again == body
            status, third, empty = fetch(base + FEED, {**public, "If-None-Match": first["ETag"]})
            assert (status, third["X-Cache-Status"], empty) == (304, "HIT", b"")

            # another public host is another cache entry, with its own links
            status, other, body = fetch(base + FEED, {"Host": "feeds.example.org"})
            assert (status, other["X-Cache-Status"]) == (200, "MISS")
            assert b"http://feeds.example.org/a/" in body
            assert b"news.example.com" not in body


POISON = {
    "Host": "news.example.com",
    "X-Forwarded-Prefix": "//evil.example",
    "X-Forwarded-Port": "6666",
    "Forwarded": "host=evil.example;proto=https",
}
SHARED_URLS = ("/", FEED, "/feeds/all.atom", "/feeds/all.json", "/feeds.opml")


@pytest.mark.parametrize("base_url", [None, "https://news.example.com"])
def test_nginx_cache_cannot_be_poisoned_by_forwarded_headers(
    full_store: Path, tmp_path: Path, base_url: str | None
) -> None:
    """A client's X-Forwarded-Prefix/-Port (not in nginx's cache key) never shape what
    nginx then serves to everyone: the recipe clears them and the app does not trust them."""
    env = {"FEEDSVC_TRUST_PROXY": "1", **({"FEEDSVC_BASE_URL": base_url} if base_url else {})}
    config = ("--config", str(ROOT / "deploy" / "gunicorn.conf.py"))
    origin = base_url or "http://news.example.com"
    with gunicorn(full_store, workers=1, env=env, extra_args=(*config, *QUIET)) as upstream:
        with nginx(upstream.removeprefix("http://"), tmp_path / "nginx") as base:
            for path in SHARED_URLS:
                status, _, _ = fetch(base + path, POISON)
                assert status == 200, path
                status, headers, body = fetch(base + path, {"Host": "news.example.com"})
                assert status == 200, path
                if path != "/feeds.opml":  # the OPML list sets no max-age, so nginx keeps none
                    assert headers["X-Cache-Status"] == "HIT", path
                assert b"evil.example" not in body and b":6666" not in body, path
                assert f"{origin}/".encode() in body or path == "/", path
            page = fetch(base + "/", {"Host": "news.example.com"})[2].decode()
            assert 'href="/feeds/all.rss"' in page and 'href="/a/' in page
