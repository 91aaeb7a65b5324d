"""Real servers for tests on 127.0.0.1: gunicorn (or any command) in a process, or an
http.server handler in a thread; started and stopped per test."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.support.app import IN_CI
from tests.support.app import ROOT


def require_tool(name: str) -> str:
    """Path of the program *name*; under CI a missing tool fails the test instead of skipping."""
    path = shutil.which(name) or next(
        (str(p) for p in (Path(sys.executable).parent / name,) if p.exists()), None
    )
    if path is None:
        message = f"{name} is not installed (see .ci/run)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for(url: str, timeout: float = 20.0, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Poll *url* until it answers (any HTTP status) or fail after *timeout* seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            raise RuntimeError(f"server exited with {proc.returncode}:\n{out}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@contextmanager
def gunicorn(
    store_dir: Path,
    *,
    workers: int = 1,
    app: str = "wsgi:app",
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
    extra_args: tuple[str, ...] = (),
) -> Iterator[str]:
    """Run *app* under gunicorn on a free loopback port; yield its base URL."""
    port = free_port()
    command = [
        require_tool("gunicorn"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        *extra_args,
        app,
    ]
    full_env = {**os.environ, "FEEDSVC_STORE_DIR": str(store_dir), **(env or {})}
    with running(command, f"http://127.0.0.1:{port}", cwd=cwd, env=full_env) as base:
        yield base


@contextmanager
def running(
    command: list[str], base: str, *, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> Iterator[str]:
    """Start *command* (a server), wait until *base* answers, yield it, then stop it."""
    proc = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        wait_for(base + "/", proc=proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """GET *url*; return status, headers and body, without raising on 3xx/4xx/5xx."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve *handler* from a thread on a free loopback port; yield its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
