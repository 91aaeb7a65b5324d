"""Render every format a store can produce and check each output parses.

Shared by the property test of stored articles and ``benchmarks/fuzz_render.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from html.parser import HTMLParser

from flask.testing import FlaskClient
from lxml import etree

from feedsvc.models import Article
from feedsvc.store import ArticleStore

FORMATS = ("rss", "atom", "json")


def render_paths(store: ArticleStore, articles: Iterable[Article]) -> list[str]:
    """Every page and feed that shows *articles*: all, their categories and outlets, OPML."""
    articles = list(articles)
    paths = ["/", "/feeds.opml", *(f"/feeds/all.{fmt}" for fmt in FORMATS)]
    for slug in sorted({a.category.slug for a in articles}):
        paths += [f"/c/{slug}/", *(f"/feeds/{slug}.{fmt}" for fmt in FORMATS)]
    names = {a.source.name for a in articles if a.source}
    for source in store.sources():
        if source.source.name in names:
            paths += [f"/feeds/source/{source.slug}.{fmt}" for fmt in FORMATS]
    paths += [f"/a/{article.id}/" for article in articles]
    return paths


def parse_problem(path: str, body: bytes, mimetype: str) -> str | None:
    """Why *body* does not parse as what *mimetype* says, or None if it does."""
    try:
        if mimetype.endswith("json"):
            json.loads(body)
        elif mimetype.endswith(("xml", "opml")):
            etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
        else:
            parser = HTMLParser()
            parser.feed(body.decode("utf-8"))
            parser.close()
    except (ValueError, etree.XMLSyntaxError) as exc:
        return f"{path}: {mimetype} does not parse: {exc}"
    return None


def render_problems(client: FlaskClient, paths: Iterable[str]) -> list[str]:
    """Problems found rendering *paths*: a status other than 200, or output that won't parse."""
    problems = []
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:
            problems.append(f"{path}: status {response.status_code}")
            continue
        problem = parse_problem(path, response.data, response.mimetype)
        if problem:
            problems.append(problem)
    return problems
