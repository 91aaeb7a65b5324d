"""Fuzz stored articles rendered in every format; report refusals, errors and timings.

    python benchmarks/fuzz_render.py [--articles 5000] [--seed 1] [--batch 25]

Each article is built from random text in every field (control characters, lone
surrogates, markup, XML-illegal and astral characters, deep nesting), validated by the
model (a refusal is InvalidArticle, counted apart), saved through the store, and
rendered: RSS, Atom and JSON Feed of all articles, of its category and of its outlet,
the index, category and article pages, and OPML. Every answer must be a 200 and parse.
A batch of articles shares one fresh store, so that every article is in the feeds
rendered after its batch. Exit status 1 if any error was found.
"""

from __future__ import annotations

import argparse
import collections
import random
import shutil
import sys
import tempfile
import time
import traceback
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feedsvc.errors import InvalidArticle  # noqa: E402
from feedsvc.models import Article  # noqa: E402
from feedsvc.models import ArticleDraft  # noqa: E402
from feedsvc.models import Image  # noqa: E402
from feedsvc.models import Source  # noqa: E402
from feedsvc.store import ArticleStore  # noqa: E402
from tests.support.api import api_app  # noqa: E402
from tests.support.renderall import render_paths  # noqa: E402
from tests.support.renderall import render_problems  # noqa: E402

NASTY = [
    *"\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\x9f\u2028\u3000\ufeff\ufffe\uffff\ud800\udbff\udfff",
    *"<>&\"' \t\n\r",
    "]]>",
    "&amp;",
    "&#1;",
    "&#xd800;",
    "<script>alert(1)</script>",
    "</p>",
    "<pre>\n",
    "javascript:",
    "\U0001f600",
    "新华社",
    "佚名",
]
TAGS = ["<p>", "</p>", "<pre>\n", "<div>", "<b>", "<a href=x>", "<img src=y>", "<table><tr>"]
IMAGE_TYPES = [None, None, "image/jpeg", "image/png", "image/svg+xml", "text/html"]


def random_char(rng: random.Random) -> str:
    """One character: from NASTY, CJK, ASCII or anywhere in Unicode (surrogates too)."""
    pick = rng.random()
    if pick < 0.3:
        return rng.choice(NASTY)
    if pick < 0.6:
        return chr(rng.randint(0x4E00, 0x9FA5))
    if pick < 0.8:
        return chr(rng.randint(0x20, 0x7E))
    return chr(rng.randint(0, 0x10FFFF))


def random_text(rng: random.Random, most: int = 20) -> str:
    return "".join(random_char(rng) for _ in range(rng.randint(0, most)))


def random_url(rng: random.Random) -> str | None:
    pick = rng.random()
    if pick < 0.2:
        return None
    if pick < 0.9:
        return rng.choice(["http://e.com/", "https://img.example/a"]) + random_text(rng, 8)
    return random_text(rng, 12)


def random_body(rng: random.Random) -> str:
    if rng.random() < 0.02:
        return "<div>" * rng.randint(200, 5000) + random_text(rng)
    parts = [rng.choice(TAGS) if rng.random() < 0.3 else random_text(rng) for _ in range(12)]
    return "".join(parts) + "正文"


def random_image(rng: random.Random) -> dict[str, Any]:
    return {
        "url": random_url(rng),
        "caption": random_text(rng),
        "credit": random_text(rng, 6) if rng.random() < 0.5 else None,
        "type": rng.choice(IMAGE_TYPES),
        "length": rng.choice([None, 0, 1234, 10**12]),
    }


def random_fields(rng: random.Random) -> dict[str, Any]:
    """Keyword arguments for an ArticleDraft, with random text in every field."""
    published = datetime(2000, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 8 * 10**8))
    return {
        "title": random_text(rng, 40) + "题",
        "body_html": random_body(rng),
        "category": random_text(rng, 8) + "栏",
        "published": published,
        "updated": published + timedelta(hours=rng.randint(0, 100)) if rng.random() < 0.3 else None,
        "source": (random_text(rng, 8) + "社", random_url(rng)) if rng.random() < 0.7 else None,
        "authors": tuple(random_text(rng, 6) for _ in range(rng.randint(0, 3))),
        "editor": random_text(rng, 6) if rng.random() < 0.5 else None,
        "summary": random_text(rng, 60),
        "images": [random_image(rng) for _ in range(rng.randint(0, 3))],
        "original_url": random_url(rng),
        "site_name": random_text(rng, 10) if rng.random() < 0.5 else None,
        "rights": random_text(rng, 10) if rng.random() < 0.3 else None,
        "subtitle": random_text(rng, 20) if rng.random() < 0.3 else None,
        "original_title": random_text(rng, 20) if rng.random() < 0.2 else None,
    }


def build_draft(fields: dict[str, Any]) -> ArticleDraft:
    """The draft *fields* describe; raise InvalidArticle if the model refuses it."""
    source = fields["source"]
    return ArticleDraft(
        **{
            **fields,
            "source": Source(*source) if source else None,
            "images": tuple(Image(**image) for image in fields["images"]),
        }
    )


def run_batch(rng: random.Random, size: int, counts: collections.Counter[str]) -> list[str]:
    """Save *size* random articles into a fresh store and render all; return the problems."""
    root = Path(tempfile.mkdtemp(prefix="fuzz-render-"))
    try:
        client = api_app(root / "store").test_client()
        store: ArticleStore = client.application.extensions["feedsvc"]["store"]
        saved: dict[str, Article] = {}
        problems: list[str] = []
        for _ in range(size):
            counts["articles"] += 1
            try:
                draft = build_draft(random_fields(rng))
            except InvalidArticle as exc:
                counts[f"refused ({exc.field.split('.')[0]})"] += 1
                continue
            try:
                article = store.save(draft).article
                saved[article.id] = article
                counts["saved"] += 1
            except Exception:  # noqa: BLE001 - every escape is a finding, reported below
                problems.append("save: " + traceback.format_exc(limit=3))
        # A later draft with the same identity updates an article (its category may change).
        paths = render_paths(store, [store.get(article_id) for article_id in saved])
        counts["renders"] += len(paths)
        return problems + render_problems(client, paths)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=25, help="articles per fresh store")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts: collections.Counter[str] = collections.Counter()
    errors: list[str] = []
    started = time.perf_counter()
    while counts["articles"] < args.articles:
        size = min(args.batch, args.articles - counts["articles"])
        try:
            errors += run_batch(rng, size, counts)
        except Exception:  # noqa: BLE001 - a crash in rendering is a finding too
            errors.append("render: " + traceback.format_exc(limit=3))
    elapsed = time.perf_counter() - started
    for key, value in sorted(counts.items()):
        print(f"{key:24} {value}")
    print(f"{'errors':24} {len(errors)}")
    print(f"{'seconds':24} {elapsed:.1f}")
    for error in errors[:10]:
        print("---", error, sep="\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
