"""Fuzz the write API and the text importer in-process; report inputs, 500s and crashes.

    python benchmarks/fuzz_api.py [--inputs 100000] [--seed 1]

Every input is one request through the Flask test client (mutated article JSON, random
JSON, random bytes and content types, hostile paths, query strings and headers), or one
text document through the text importer. A "500" is a response with status 500; a "crash"
is an exception that escapes the app or the importer (TESTING=True lets them propagate).
Exit status 1 if either count is not zero.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feedsvc.errors import FeedsvcError  # noqa: E402
from feedsvc.extract.textdump import parse_text_dump  # noqa: E402
from feedsvc.timeutil import get_zone  # noqa: E402
from tests.support.api import AUTH  # noqa: E402
from tests.support.api import api_app  # noqa: E402
from tests.support.api import sample  # noqa: E402

SEED_DOC = next((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")).read_text()
FIELDS = [
    "title",
    "category",
    "published",
    "body_html",
    "summary",
    "source",
    "authors",
    "editor",
    "images",
    "original_url",
    "site_name",
    "rights",
    "subtitle",
    "original_title",
    "id",
    "guid",
    "updated",
    "bogus",
    "html",
    "import_url",
    "url",
]
NASTY = [
    "",
    " ",
    "\x00",
    "\ud800",
    "\ufffe",
    "\u202e",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "data:text/html,x",
    "../../etc/passwd",
    "CON",
    "%00",
    "null",
    "9" * 400,
    "1e999",
    "-1",
    "NaN",
    "2025-07-28 09:30:57",
    "2025-07-28T09:30:57Z",
    "2025-02-30T00:00:00",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59+14:00",
    "Mon, 28 Jul 2025 09:30:57 +0800",
    "2025-07-28T25:61:61",
    "https://example.com/a",
    "http://[::1]:80/",
    "https://" + "a" * 3000,
    "ftp://x/y",
    "标题" * 300,
    "佚名",
    "新华社",
    "x" * 100_001,
    "\t\n\r",
    "<p>正文</p>",
    "<svg onload=x>",
]
PATHS = [
    "/api/articles",
    "/api/articles/0123456789abcdef",
    "/api/articles/../../etc/passwd",
    "/api/articles/%2e%2e%2f",
    "/api/articles/CON",
    "/api/articles/%00",
    "/api/openapi.json",
    "/api/",
    "/api",
    "/a/0123456789abcdef",
    "/c/x/",
    "/feeds/all.rss",
    "/feeds/%00.atom",
]
CONTENT_TYPES = [
    "application/json",
    "application/merge-patch+json",
    "text/html",
    "text/plain",
    "",
    "application/json; charset=latin-1",
    "multipart/form-data; boundary=x",
    "application/x-www-form-urlencoded",
]


def random_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return rng.choice(NASTY)
    alphabet = "abc<>&\"'/\\:;%#?=. 新闻中国\x00\x1f\x7f\u3000\ud7ff\U0001f600"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))


def random_json(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.4:
        return rng.choice(
            [
                None,
                True,
                False,
                rng.randint(-(10**20), 10**20),
                rng.random() * 1e6,
                random_text(rng),
            ]
        )
    if roll < 0.7:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = FIELDS + ["name", "url", "caption", "credit", "slug"]
    return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randint(0, 5))}


def mutated_article(rng: random.Random, n: int) -> dict[str, Any]:
    data = sample(n, original_url=f"https://example.com/fuzz/{n}")
    for _ in range(rng.randint(1, 3)):
        field = rng.choice(FIELDS)
        if rng.random() < 0.15:
            data.pop(field, None)
        else:
            data[field] = random_json(rng) if rng.random() < 0.5 else random_text(rng)
    return data


def request_input(rng: random.Random, n: int, ids: list[str]) -> dict[str, Any]:
    method = rng.choice(["POST", "POST", "POST", "PUT", "PATCH", "GET", "DELETE"])
    path = rng.choice(PATHS)
    if method in ("PUT", "PATCH", "GET", "DELETE") and ids and rng.random() < 0.7:
        path = f"/api/articles/{rng.choice(ids)}"
    elif method == "POST":
        path = "/api/articles"
    if method == "GET" and rng.random() < 0.3:
        value = quote(random_text(rng).encode("utf-8", "surrogatepass"))
        path = f"/api/articles?{rng.choice(['limit', 'offset', 'category', 'x'])}={value}"
    headers = dict(AUTH)
    if rng.random() < 0.05:
        headers["Authorization"] = rng.choice(
            ["", "Bearer", "Bearer x", "Basic abc", "Bearer \x7f"]
        )
    if rng.random() < 0.05:
        headers["If-Match"] = rng.choice(['"x"', "*", 'W/"x"', "garbage", '"' * 5])
    roll = rng.random()
    if roll < 0.6:
        body = json.dumps(mutated_article(rng, n), ensure_ascii=rng.random() < 0.5).encode(
            "utf-8", "surrogatepass"
        )
        content_type = "application/json"
    elif roll < 0.8:
        body = json.dumps(random_json(rng)).encode()
        content_type = rng.choice(CONTENT_TYPES[:2])
    else:
        body = rng.randbytes(rng.randint(0, 200))
        content_type = rng.choice(CONTENT_TYPES)
    headers["Content-Type"] = content_type
    return {"method": method, "path": path, "data": body, "headers": headers}


def text_input(rng: random.Random) -> str:
    lines = SEED_DOC.splitlines()
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        i = rng.randrange(len(lines)) if lines else 0
        if op < 0.3 and lines:
            del lines[i]
        elif op < 0.6:
            lines.insert(i, random_text(rng))
        elif lines:
            line = lines[i]
            cut = rng.randint(0, len(line))
            lines[i] = line[:cut] + random_text(rng) + line[cut:]
    if rng.random() < 0.2:
        rng.shuffle(lines)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-seconds", type=float, default=1800.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    zone = get_zone("Asia/Shanghai")
    base = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    folder = Path(tempfile.mkdtemp(prefix="feedsvc-fuzz-", dir=base))
    client = api_app(folder / "store").test_client()
    statuses: collections.Counter[int] = collections.Counter()
    tried = server_errors = crashes = texts = 0
    ids: list[str] = []
    started = time.monotonic()
    try:
        for n in range(args.inputs):
            if time.monotonic() - started > args.max_seconds:
                break
            tried += 1
            if rng.random() < 0.15:
                texts += 1
                document = text_input(rng)
                try:
                    parse_text_dump(document, "fuzz.txt", zone, "未分类")
                except FeedsvcError:
                    pass
                except Exception:
                    crashes += 1
                    print("importer crash:", repr(document[:300]), traceback.format_exc())
                continue
            req = request_input(rng, n, ids)
            try:
                response = client.open(
                    req["path"], method=req["method"], data=req["data"], headers=req["headers"]
                )
            except Exception:
                crashes += 1
                print(
                    "crash:", req["method"], req["path"], req["data"][:300], traceback.format_exc()
                )
                continue
            statuses[response.status_code] += 1
            if response.status_code == 500:
                server_errors += 1
                print("500:", req["method"], req["path"], req["data"][:300])
            if response.status_code == 201 and len(ids) < 500:
                ids.append(response.get_json()["id"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.monotonic() - started
    print(
        f"inputs tried: {tried} ({tried - texts} HTTP requests, {texts} text documents) "
        f"in {elapsed:.0f} s"
    )
    print("statuses:", dict(sorted(statuses.items())))
    print(f"500s: {server_errors}")
    print(f"crashes: {crashes}")
    return 1 if server_errors or crashes else 0


if __name__ == "__main__":
    sys.exit(main())
