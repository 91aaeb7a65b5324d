"""The OpenAPI 3.1 description of the write API, served at /api/openapi.json.

Built from parts: the body schemas (schemas.py), the problems each call can answer, one
function per path. tests/web/api/test_openapi.py keeps it true: every route is documented and
responses validate.
"""

from __future__ import annotations

from typing import Any

from .schemas import ID
from .schemas import SCHEMAS
from .schemas import URL
from .schemas import ref

INFO = {
    "title": "feedsvc editors' API",
    "version": "1",
    "description": "Publish, correct and withdraw articles. Every call but this "
    "document needs `Authorization: Bearer <token>`.",
}


def _json(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    """A body of *media* type described by *schema*."""
    return {"content": {media: {"schema": schema}}}


def _problem(description: str) -> dict[str, Any]:
    """A problem+json response described by *description*."""
    return {"description": description, **_json(ref("Problem"), "application/problem+json")}


AUTH_PROBLEMS = {
    "401": _problem("No or a wrong bearer token (see WWW-Authenticate)."),
    "403": _problem("The write API is disabled: no token is configured."),
}
BODY_PROBLEMS = {
    "400": _problem("The body is not JSON, or not UTF-8."),
    "413": _problem("The body is larger than the configured limit."),
    "415": _problem("The body's Content-Type is not accepted."),
    "422": _problem("A field breaks a rule; `field` names it."),
}
ID_PARAM = {"name": "article_id", "in": "path", "required": True, "schema": ID}
IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "required": False,
    "description": "Only change the article if its ETag still matches (else 412).",
    "schema": {"type": "string"},
}
STORE_PROBLEM = {"503": _problem("The store cannot be written (disk full, read-only...).")}
LIST_PARAMS = [
    {
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
    },
    {
        "name": "offset",
        "in": "query",
        "schema": {"type": "integer", "minimum": 0, "maximum": 1_000_000},
    },
    {
        "name": "category",
        "in": "query",
        "description": "Category slug or name.",
        "schema": {"type": "string", "maxLength": 200},
    },
]


def _operation(
    operation_id: str, summary: str, responses: dict[str, Any], **members: Any
) -> dict[str, Any]:
    """An operation: its id and summary, *members* (parameters, requestBody...) in the order
    given, then its *responses*."""
    return {"operationId": operation_id, "summary": summary, **members, "responses": responses}


def _one_article_problems() -> dict[str, Any]:
    """What any call on one article can answer besides its success."""
    return {
        **AUTH_PROBLEMS,
        "404": _problem("No article with this id."),
        "410": _problem("The article was withdrawn."),
    }


def _openapi_path() -> dict[str, Any]:
    """/api/openapi.json: this document, the one call without a token."""
    return {
        "get": _operation(
            "openapi",
            "This document.",
            {"200": {"description": "The OpenAPI document."}},
            security=[],
        )
    }


def _list_articles() -> dict[str, Any]:
    """GET /api/articles."""
    responses = {
        "200": {"description": "A page of articles.", **_json(ref("ArticleList"))},
        "400": _problem("A bad query parameter."),
        **AUTH_PROBLEMS,
        "404": _problem("No such category."),
    }
    return _operation(
        "listArticles",
        "Articles, newest first, a page at a time.",
        responses,
        parameters=LIST_PARAMS,
    )


def _create_article() -> dict[str, Any]:
    """POST /api/articles: an article as JSON, or a page (or URL) to import."""
    body = {
        "required": True,
        "content": {
            "application/json": {"schema": {"oneOf": [ref("ArticleInput"), ref("ImportInput")]}},
            "text/html": {
                "schema": {
                    "type": "string",
                    "description": "A page to import; ?url= gives its address.",
                },
            },
        },
    }
    base = {
        "name": "url",
        "in": "query",
        "description": "Address of a text/html body (its base URL).",
        "schema": URL,
    }
    responses = {
        "201": {
            "description": "Published; Location names the new article.",
            "headers": {"Location": {"schema": {"type": "string"}}},
            **_json(ref("Article")),
        },
        **BODY_PROBLEMS,
        **AUTH_PROBLEMS,
        "409": _problem("The article is already stored, or was withdrawn."),
        "502": _problem("The page to import could not be fetched."),
        "504": _problem("The page to import took too long to fetch."),
        **STORE_PROBLEM,
    }
    return _operation(
        "createArticle",
        "Publish an article (JSON), or import an HTML page or a URL.",
        responses,
        requestBody=body,
        parameters=[base],
    )


def _correct_article(operation_id: str, summary: str, content: dict[str, Any]) -> dict[str, Any]:
    """PUT or PATCH /api/articles/{article_id}: a correction with the body *content*."""
    responses = {
        "200": {"description": "The corrected article.", **_json(ref("Article"))},
        **BODY_PROBLEMS,
        **_one_article_problems(),
        "409": _problem("original_url belongs to another article."),
        "412": _problem("If-Match does not match the article's ETag."),
        **STORE_PROBLEM,
    }
    return _operation(
        operation_id,
        summary,
        responses,
        parameters=[IF_MATCH],
        requestBody={"required": True, "content": content},
    )


def _article_path() -> dict[str, Any]:
    """/api/articles/{article_id}: read, correct (whole or in part) and withdraw."""
    return {
        "parameters": [ID_PARAM],
        "get": _operation(
            "getArticle",
            "One article.",
            {
                "200": {"description": "The article; ETag for If-Match.", **_json(ref("Article"))},
                **_one_article_problems(),
            },
        ),
        "put": _correct_article(
            "replaceArticle",
            "Correct an article: id, guid and published stay, updated moves.",
            {"application/json": {"schema": ref("ArticleInput")}},
        ),
        "patch": _correct_article(
            "patchArticle",
            "Correct some fields of an article (JSON merge patch).",
            {
                "application/merge-patch+json": {"schema": ref("ArticlePatch")},
                "application/json": {"schema": ref("ArticlePatch")},
            },
        ),
        "delete": _operation(
            "withdrawArticle",
            "Withdraw an article: it leaves every page and feed; its URLs "
            "answer 410 and its id is never reused.",
            {
                "204": {"description": "Withdrawn."},
                **_one_article_problems(),
                "412": _problem("If-Match does not match the article's ETag."),
                **STORE_PROBLEM,
            },
            parameters=[IF_MATCH],
        ),
    }


def _sources_path() -> dict[str, Any]:
    """GET /api/sources: the watched sources and their health (``flask watch list``)."""
    rows = {"type": "array", "items": {"type": "object"}}
    body = {
        "type": "object",
        "required": ["sources", "failing", "stale"],
        "properties": {
            "sources": rows,
            "failing": {"type": "integer"},
            "stale": {"type": "integer"},
        },
    }
    return {
        "get": _operation(
            "listSources",
            "The watched sources: last check, result, failures, staleness, next due.",
            {"200": {"description": "Every declared source.", **_json(body)}, **AUTH_PROBLEMS},
        )
    }


def openapi_document() -> dict[str, Any]:
    """The whole OpenAPI 3.1 document (server-relative paths)."""
    return {
        "openapi": "3.1.0",
        "info": INFO,
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "paths": {
            "/api/openapi.json": _openapi_path(),
            "/api/articles": {"get": _list_articles(), "post": _create_article()},
            "/api/articles/{article_id}": _article_path(),
            "/api/sources": _sources_path(),
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": SCHEMAS,
        },
    }
