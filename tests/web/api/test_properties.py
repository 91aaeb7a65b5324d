"""Property-based tests: no input makes the text importer or the API fail other than clearly."""

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

from feedsvc.errors import FeedsvcError
from feedsvc.textimport import parse_text_dump
from feedsvc.timeutil import get_zone
from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.api import sample
from tests.support.dumps import Dump

ZONE = get_zone("Asia/Shanghai")
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
CLEAR_STATUSES = {400, 409, 413, 415, 422}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


# -- the text importer ---------------------------------------------------------------------


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_gives_a_draft_or_a_clear_error(text: str) -> None:
    try:
        draft = parse_text_dump(text, "fuzz.txt", ZONE, "未分类")
    except FeedsvcError as exc:
        assert exc.message
    else:
        assert draft.title and draft.published.tzinfo is not None


@SETTINGS
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "网站首页> 国内新闻>标题",
                "2025-07-28 09:30:57",
                "来源:新华社",
                "责任编辑:王五",
                "相关链接",
                "\u3000\u3000正文。",
                "作者:佚名",
                "(记者 张三)",
                "王晔 摄",
                "",
            ]
        )
        | st.text(max_size=40),
        max_size=30,
    )
)
def test_shuffled_dump_lines_never_crash(lines: list[str]) -> None:
    try:
        parse_text_dump("\n".join(lines), "fuzz.txt", ZONE, "未分类")
    except FeedsvcError:
        pass


@SETTINGS
@given(
    title=st.text(CJK, min_size=2, max_size=40),
    category=st.text(CJK, min_size=2, max_size=6),
    paragraphs=st.lists(
        st.text(CJK, min_size=1, max_size=80).map(lambda p: p + "。"), min_size=1, max_size=5
    ),
    minute=st.integers(0, 59),
)
def test_well_formed_dumps_round_trip(
    title: str, category: str, paragraphs: list[str], minute: int
) -> None:
    dump = Dump(
        name="x.txt",
        title=title,
        category=category,
        published=f"2025-07-28 09:{minute:02d}:00",
        body=tuple(paragraphs),
    )
    draft = parse_text_dump(dump.text(), "x.txt", ZONE, "未分类")
    assert draft.title == title
    assert draft.category == category
    assert draft.published.isoformat() == f"2025-07-28T09:{minute:02d}:00+08:00"
    for paragraph in paragraphs[1:]:
        assert paragraph in draft.body_html


# -- the API -------------------------------------------------------------------------------


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
