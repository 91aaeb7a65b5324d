"""Check a store from the outside: the index must agree with the article files."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from feedsvc.models import ID_PATTERN
from feedsvc.models import Article
from feedsvc.timeutil import rfc3339
from feedsvc.tombstone import Tombstone


def read_files(root: Path) -> tuple[dict[str, Article], dict[str, Tombstone]]:
    """Every article and tombstone file; any unreadable file fails the audit."""
    articles: dict[str, Article] = {}
    tombstones: dict[str, Tombstone] = {}
    for path in (root / "articles").glob("*/*"):
        if path.name.startswith(".tmp-"):
            raise AssertionError(f"temp file left behind: {path}")
        assert path.suffix == ".json" and ID_PATTERN.match(path.stem), path
        assert path.parent.name == path.stem[:2], path
        data = json.loads(path.read_bytes())
        if "withdrawn" in data:
            tombstones[path.stem] = Tombstone.from_dict(data)
        else:
            article = Article.from_stored(data)
            assert article.id == path.stem
            articles[path.stem] = article
    return articles, tombstones


def audit(root: Path) -> dict[str, Article]:
    """Assert that index and files agree (ids and every indexed field); return the articles."""
    articles, tombstones = read_files(root)
    with closing(sqlite3.connect(root / "index.sqlite3")) as conn:
        rows = conn.execute(
            "SELECT id, identity, title, cat_slug, cat_name, source_name, published, updated "
            "FROM articles"
        ).fetchall()
        tomb_rows = conn.execute("SELECT id, identity, guid FROM tombstones").fetchall()
    indexed = {r[0]: r[1:] for r in rows}
    assert set(indexed) == set(articles), (
        f"index only: {sorted(set(indexed) - set(articles))[:5]}, "
        f"files only: {sorted(set(articles) - set(indexed))[:5]}"
    )
    for article_id, article in articles.items():
        assert indexed[article_id] == (
            article.identity,
            article.title,
            article.category.slug,
            article.category.name,
            article.source.name if article.source else None,
            rfc3339(article.published),
            rfc3339(article.updated),
        ), article_id
    assert {r[0]: (r[1], r[2]) for r in tomb_rows} == {
        t.id: (t.identity, t.guid) for t in tombstones.values()
    }
    assert not list((root / "pending").iterdir()), "pending markers left after open()"
    return articles
