"""No article the model accepts, whatever Unicode is in its fields, can break a rendering.

Articles are built from arbitrary text (controls, lone surrogates, markup, XML-illegal
characters) in every field, saved through the store, and rendered in every format: RSS,
Atom, JSON Feed, the index, category and article pages, OPML. Each answer is a 200 and
parses. The model may refuse a draft (InvalidArticle); it may not accept one that breaks.
"""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from feedsvc.errors import InvalidArticle
from feedsvc.models import ArticleDraft
from feedsvc.models import Image
from feedsvc.models import Source
from feedsvc.store import ArticleStore
from feedsvc.timeutil import get_zone
from tests.support.api import api_app
from tests.support.renderall import render_paths
from tests.support.renderall import render_problems

NASTY = st.sampled_from(
    [
        *"\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\x9f\u2028\u3000\ufeff\ufffe\uffff\ud800\udbff\udfff",
        *"<>&\"' \t\n\r",
        "]]>",
        "&amp;",
        "&#1;",
        "<script>alert(1)</script>",
        "</p>",
        "<pre>\n",
        "javascript:",
        "\U0001f600",
    ]
)
TEXT = st.lists(
    st.one_of(
        st.characters(exclude_categories=()),
        NASTY,
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    ),
    max_size=20,
).map("".join)
NAMED = TEXT.map(lambda t: t + "名")
URLS = st.one_of(
    st.none(),
    TEXT.map(lambda t: "http://e.com/" + t),
    TEXT.map(lambda t: "https://e.com/a" + t + ".jpg"),
    st.just("https://e.com/a.jpg"),
    TEXT,
)
TIMES = st.builds(
    lambda t, zone: t.replace(tzinfo=zone),
    st.datetimes(datetime(1995, 1, 1), datetime(2025, 6, 1)),
    st.sampled_from([UTC, get_zone("Asia/Shanghai"), timezone(timedelta(hours=-11))]),
)
TAG = st.sampled_from(["<p>", "</p>", "<pre>", "<a href=", "<img src=", "<b>", "<table><tr>"])
BODY = st.lists(st.one_of(TEXT, TAG, URLS.map(str)), max_size=12).map(lambda p: "".join(p) + "文")
IMAGE = st.fixed_dictionaries(
    {
        "url": URLS,
        "caption": TEXT,
        "credit": st.none() | TEXT,
        "type": st.sampled_from([None, None, "image/jpeg", "image/png"]),
        "length": st.none() | st.integers(0, 10**12),
    }
)
FIELDS = st.fixed_dictionaries(
    {
        "title": NAMED,
        "body_html": BODY,
        "category": NAMED,
        "published": TIMES,
        "updated": st.none() | TIMES,
        "source": st.none() | st.tuples(NAMED, URLS),
        "authors": st.lists(TEXT, max_size=3).map(tuple),
        "editor": st.none() | TEXT,
        "summary": TEXT,
        "images": st.lists(IMAGE, max_size=3),
        "original_url": URLS,
        "site_name": st.none() | TEXT,
        "rights": st.none() | TEXT,
        "subtitle": st.none() | TEXT,
        "original_title": st.none() | TEXT,
    }
)


@pytest.fixture(scope="module")
def c(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    return api_app(tmp_path_factory.mktemp("render") / "store").test_client()


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


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(FIELDS)
def test_any_accepted_article_renders_in_every_format(
    c: FlaskClient, fields: dict[str, Any]
) -> None:
    try:
        draft = build_draft(fields)
    except InvalidArticle as exc:
        assert exc.field and exc.problem
        return
    store: ArticleStore = c.application.extensions["feedsvc"]["store"]
    article = store.save(draft).article
    assert store.get(article.id) == article
    assert render_problems(c, render_paths(store, [article])) == []
