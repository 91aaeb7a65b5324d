"""The OpenAPI document at /api/openapi.json tells the truth about the API."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from flask import Flask
from flask.testing import FlaskClient
from openapi_spec_validator import validate as validate_spec
from werkzeug.test import TestResponse

from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.api import sample

IGNORED_METHODS = {"HEAD", "OPTIONS"}


def document(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    doc: dict[str, Any] = response.get_json()
    return doc


def operation(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """The documented operation that serves *path* (a concrete URL path) with *method*."""
    for template, item in doc["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            assert method.lower() in item, f"{method} {template} is not documented"
            op: dict[str, Any] = item[method.lower()]
            return op
    raise AssertionError(f"{path} is not documented")


def validate(doc: dict[str, Any], method: str, path: str, response: TestResponse) -> None:
    """The status, media type and body of *response* are what the document promises."""
    op = operation(doc, path, method)
    status = str(response.status_code)
    assert status in op["responses"], f"{method} {path}: status {status} not documented"
    documented = op["responses"][status]
    content = documented.get("content")
    if not content:
        return
    assert response.mimetype in content, (method, path, status, response.mimetype)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": doc["components"],
        **content[response.mimetype]["schema"],
    }
    validator = jsonschema_rs.validator_for(schema, validate_formats=True)
    body = json.loads(response.get_data())
    errors = [str(e) for e in validator.iter_errors(body)]
    assert not errors, (method, path, status, errors)


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    return api_app(tmp_path / "store")


def test_every_api_route_is_documented_and_nothing_else(app: Flask) -> None:
    doc = document(app.test_client())
    routes: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
            routes.setdefault(path, set()).update(
                m.lower() for m in (rule.methods or ()) if m not in IGNORED_METHODS
            )
    documented = {
        path: {m for m in item if m in ("get", "put", "post", "patch", "delete")}
        for path, item in doc["paths"].items()
    }
    assert routes == documented
    assert doc["openapi"].startswith("3.1")
    for path, item in doc["paths"].items():
        for name in re.findall(r"\{([^}]+)\}", path):
            assert any(p["name"] == name and p["in"] == "path" for p in item["parameters"])


def test_the_served_document_is_valid_openapi_3_1(app: Flask) -> None:
    doc = document(app.test_client())
    assert doc["openapi"].startswith("3.1")
    validate_spec(doc)  # raises OpenAPIValidationError naming the offending member


def test_the_schemas_are_valid_json_schema(app: Flask) -> None:
    doc = document(app.test_client())
    for name in doc["components"]["schemas"]:
        jsonschema_rs.validator_for(
            {"components": doc["components"], "$ref": f"#/components/schemas/{name}"}
        )


def test_responses_match_the_document(app: Flask) -> None:
    client = app.test_client()
    doc = document(client)
    seen: set[int] = set()

    def call(method: str, path: str, **kw: Any) -> TestResponse:
        kw.setdefault("headers", AUTH)
        response = client.open(path, method=method, **kw)
        seen.add(response.status_code)
        validate(doc, method, path.split("?")[0], response)
        return response

    created = call("POST", "/api/articles", json=sample(1)).get_json()
    call("POST", "/api/articles", json=sample(1))  # 409
    call("POST", "/api/articles", json=sample(2, title=""))  # 422
    call("POST", "/api/articles", data="{", content_type="application/json")  # 400
    call("POST", "/api/articles", data="x", content_type="text/plain")  # 415
    call("POST", "/api/articles", json=sample(3), headers={})  # 401
    for n in range(4, 8):
        call("POST", "/api/articles", json=sample(n, images=[{"url": "https://e.com/i.jpg"}]))
    call("GET", "/api/articles")
    call("GET", "/api/articles?limit=2&offset=1&category=国内新闻")
    call("GET", "/api/articles?limit=0")  # 400
    call("GET", "/api/articles?category=nope")  # 404
    call("GET", created["url"])
    call("GET", "/api/articles/0000000000000000")  # 404
    call("PUT", created["url"], json=sample(1, title="更正"))
    call("PUT", created["url"], json=sample(1, published="2024-01-01T00:00:00+08:00"))  # 422
    call("PATCH", created["url"], json={"summary": "新"})
    call("PATCH", created["url"], json={"summary": "x"}, headers={**AUTH, "If-Match": '"x"'})
    call("DELETE", created["url"])  # 204
    call("GET", created["url"])  # 410
    call("DELETE", created["url"])  # 410
    assert seen == {200, 201, 204, 400, 401, 404, 409, 410, 412, 415, 422}


def test_disabled_api_and_oversized_bodies_match_the_document(tmp_path: Path) -> None:
    off = api_app(tmp_path / "off", API_TOKENS=[]).test_client()
    doc = document(off)
    validate(doc, "GET", "/api/articles", off.get("/api/articles", headers=AUTH))  # 403
    small = api_app(tmp_path / "small", MAX_CONTENT_LENGTH=100).test_client()
    response = small.post("/api/articles", json=sample(1), headers=AUTH)
    assert response.status_code == 413
    validate(doc, "POST", "/api/articles", response)
