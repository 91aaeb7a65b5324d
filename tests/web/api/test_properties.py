"""Property-based tests: no input makes the write API fail other than clearly."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.api import sample

pytestmark = pytest.mark.system

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
CLEAR_STATUSES = {400, 409, 413, 415, 422}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def c(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    return api_app(tmp_path_factory.mktemp("props") / "store").test_client()


def _clear(response: Any) -> None:
    assert response.status_code < 500, response.get_data(as_text=True)
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"
        problem = response.get_json(force=True)
        assert problem["status"] == response.status_code and problem["detail"]
        assert response.status_code in CLEAR_STATUSES | {404, 410}


@SETTINGS
@given(body=json_values)
def test_any_json_body_gets_a_clear_answer(c: FlaskClient, body: Any) -> None:
    response = c.post(
        "/api/articles", data=json.dumps(body), headers=AUTH, content_type="application/json"
    )
    _clear(response)
    assert response.status_code in CLEAR_STATUSES


@SETTINGS
@given(
    field=st.sampled_from(
        [
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
            "bogus",
        ]
    ),
    value=json_values,
    n=st.integers(0, 10**6),
)
def test_any_field_value_is_stored_or_refused_by_name(
    c: FlaskClient, field: str, value: Any, n: int
) -> None:
    response = c.post("/api/articles", json=sample(n, **{field: value}), headers=AUTH)
    _clear(response)
    if response.status_code == 422:
        assert response.get_json()["field"].split(".")[0].split("[")[0] == field
    elif response.status_code == 201:
        article = response.get_json()
        again = c.get(article["url"], headers=AUTH)
        assert again.get_json() == article


@SETTINGS
@given(
    title=st.text(min_size=1, max_size=300),
    body=st.text(max_size=500),
    published=st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2025, 1, 1),
    ),
    patch=st.dictionaries(
        st.sampled_from(["title", "summary", "editor", "body_html"]),
        st.none() | st.text(max_size=100),
        max_size=3,
    ),
)
def test_create_then_patch_keeps_identity(
    c: FlaskClient, title: str, body: str, published: Any, patch: dict[str, Any]
) -> None:
    data = sample(
        0,
        title=title,
        body_html=body + "<p>正文</p>",
        published=published.isoformat(),
        original_url=None,
    )
    created = c.post("/api/articles", json=data, headers=AUTH)
    _clear(created)
    if created.status_code != 201:
        return
    article = created.get_json()
    patched = c.patch(article["url"], json=patch, headers=AUTH)
    _clear(patched)
    if patched.status_code == 200:
        after = patched.get_json()
        assert (after["id"], after["guid"], after["published"]) == (
            article["id"],
            article["guid"],
            article["published"],
        )


@SETTINGS
@given(
    data=st.binary(max_size=300),
    content_type=st.sampled_from(
        ["application/json", "application/merge-patch+json", "text/plain", "", "application/xml"]
    ),
)
def test_any_bytes_get_a_clear_answer(c: FlaskClient, data: bytes, content_type: str) -> None:
    for method in ("POST", "PUT", "PATCH"):
        url = "/api/articles" if method == "POST" else "/api/articles/0123456789abcdef"
        _clear(
            c.open(url, method=method, data=data, headers={**AUTH, "Content-Type": content_type})
        )
