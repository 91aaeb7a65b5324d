"""The OpenAPI 3.1 description of the write API, served at /api/openapi.json.

tests/test_api_openapi.py keeps it true: every route is documented and responses validate.
"""

from __future__ import annotations

from typing import Any

from .apiinput import MAX_AUTHORS
from .apiinput import MAX_BODY
from .apiinput import MAX_CAPTION
from .apiinput import MAX_IMAGES
from .apiinput import MAX_SUMMARY
from .apiinput import MAX_TEXT
from .apiinput import MAX_URL
from .models import MAX_NAME
from .models import MAX_TITLE

ID = {"type": "string", "pattern": "^[0-9a-f]{16}$"}
TIME = {"type": "string", "format": "date-time"}
URL = {"type": "string", "format": "uri", "pattern": "^https?://", "maxLength": MAX_URL}
NULLABLE_URL = {"anyOf": [URL, {"type": "null"}]}


def _text(limit: int, *, nullable: bool = True, min_visible: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": ["string", "null"] if nullable else "string"}
    schema["maxLength"] = limit
    if min_visible:
        # At least one character that survives plain-text cleaning (not space, not control).
        schema["pattern"] = r"[^\s\u0000-\u001f\u007f-\u009f\ufeff\ufffe\uffff]"
    return schema


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"content": {media: {"schema": schema}}}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, **_json(_ref("Problem"), "application/problem+json")}


SOURCE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {"name": _text(MAX_NAME, nullable=False, min_visible=True), "url": NULLABLE_URL},
}
IMAGE = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "url": NULLABLE_URL,
        "caption": _text(MAX_CAPTION),
        "credit": _text(MAX_NAME),
    },
}
CATEGORY = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "slug"],
    "properties": {
        "name": {"type": "string"},
        "slug": {"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"},
    },
}
#: What an editor sends; the model's rules (visible title and body text) apply on top.
ARTICLE_FIELDS: dict[str, Any] = {
    "title": _text(MAX_TITLE, nullable=False, min_visible=True),
    "subtitle": _text(MAX_TEXT),
    "original_title": _text(MAX_TEXT),
    "category": {
        "description": "Display name of the category (its slug is assigned by the server).",
        **_text(MAX_NAME, nullable=False, min_visible=True),
    },
    "published": {
        "description": "RFC 3339 time; a time without zone is read in the configured zone.",
        **TIME,
    },
    "body_html": {
        "description": "HTML; sanitized against the allowlist.",
        **_text(MAX_BODY, nullable=False, min_visible=True),
    },
    "summary": _text(MAX_SUMMARY),
    "source": {"anyOf": [SOURCE, {"type": "null"}]},
    "authors": {
        "type": ["array", "null"],
        "maxItems": MAX_AUTHORS,
        "items": _text(MAX_NAME, nullable=False),
    },
    "editor": _text(MAX_NAME),
    "images": {"type": ["array", "null"], "maxItems": MAX_IMAGES, "items": IMAGE},
    "original_url": NULLABLE_URL,
    "site_name": _text(MAX_TEXT),
    "rights": _text(MAX_TEXT),
}
ARTICLE_INPUT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["title", "category", "published", "body_html"],
    "properties": ARTICLE_FIELDS,
}
ARTICLE_PATCH = {
    "type": "object",
    "description": "RFC 7396 merge patch of the article fields; published cannot change.",
    "additionalProperties": False,
    "properties": ARTICLE_FIELDS,
}
IMPORT_INPUT = {
    "type": "object",
    "additionalProperties": False,
    "description": "An HTML page to import (html, with its URL as base), or a URL to fetch.",
    "oneOf": [{"required": ["html"]}, {"required": ["import_url"]}],
    "properties": {
        "html": {"type": "string", "minLength": 1},
        "url": URL,
        "import_url": URL,
    },
}
ARTICLE = {
    "type": "object",
    "required": ["id", "guid", "title", "category", "published", "updated", "body_html", "url"],
    "properties": {
        "id": ID,
        "guid": {"type": "string", "pattern": "^tag:"},
        "title": {"type": "string", "minLength": 1},
        "subtitle": {"type": ["string", "null"]},
        "original_title": {"type": ["string", "null"]},
        "category": _ref("Category"),
        "published": TIME,
        "date_only": {
            "type": "boolean",
            "description": "The page gave a day but no time; published is 00:00 local.",
        },
        "updated": TIME,
        "source": {
            "anyOf": [
                {
                    "type": "object",
                    "required": ["name", "url"],
                    "properties": {"name": {"type": "string"}, "url": {"type": ["string", "null"]}},
                },
                {"type": "null"},
            ]
        },
        "authors": {"type": "array", "items": {"type": "string"}},
        "editor": {"type": ["string", "null"]},
        "summary": {"type": "string"},
        "body_html": {"type": "string"},
        "images": {"type": "array", "items": IMAGE},
        "original_url": {"type": ["string", "null"]},
        "site_name": {"type": ["string", "null"]},
        "rights": {"type": ["string", "null"]},
        "url": {"type": "string", "description": "This article in the API."},
        "html_url": {"type": "string", "description": "This article's page."},
    },
}
SUMMARY = {
    "type": "object",
    "required": ["id", "title", "category", "published", "updated", "url"],
    "additionalProperties": False,
    "properties": {
        "id": ID,
        "title": {"type": "string"},
        "category": _ref("Category"),
        "source": {"type": ["string", "null"]},
        "published": TIME,
        "updated": TIME,
        "url": {"type": "string"},
        "html_url": {"type": "string"},
    },
}
ARTICLE_LIST = {
    "type": "object",
    "required": ["items", "total", "limit", "offset", "next"],
    "additionalProperties": False,
    "properties": {
        "items": {"type": "array", "items": _ref("ArticleSummary")},
        "total": {"type": "integer", "minimum": 0},
        "limit": {"type": "integer", "minimum": 1},
        "offset": {"type": "integer", "minimum": 0},
        "next": {"type": ["string", "null"], "description": "The next page, if any."},
    },
}
PROBLEM = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "field": {"type": "string", "description": "The request field at fault."},
        "id": {"description": "The article the conflict is about.", **ID},
    },
}

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


def openapi_document() -> dict[str, Any]:
    """The whole OpenAPI 3.1 document (server-relative paths)."""
    one_article_problems = {
        **AUTH_PROBLEMS,
        "404": _problem("No article with this id."),
        "410": _problem("The article was withdrawn."),
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "feedsvc editors' API",
            "version": "1",
            "description": "Publish, correct and withdraw articles. Every call but this "
            "document needs `Authorization: Bearer <token>`.",
        },
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "paths": {
            "/api/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document.",
                    "security": [],
                    "responses": {"200": {"description": "The OpenAPI document."}},
                }
            },
            "/api/articles": {
                "get": {
                    "operationId": "listArticles",
                    "summary": "Articles, newest first, a page at a time.",
                    "parameters": [
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
                    ],
                    "responses": {
                        "200": {"description": "A page of articles.", **_json(_ref("ArticleList"))},
                        "400": _problem("A bad query parameter."),
                        **AUTH_PROBLEMS,
                        "404": _problem("No such category."),
                    },
                },
                "post": {
                    "operationId": "createArticle",
                    "summary": "Publish an article (JSON), or import an HTML page or a URL.",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"oneOf": [_ref("ArticleInput"), _ref("ImportInput")]}
                            },
                            "text/html": {
                                "schema": {
                                    "type": "string",
                                    "description": "A page to import; ?url= gives its address.",
                                },
                            },
                        },
                    },
                    "parameters": [
                        {
                            "name": "url",
                            "in": "query",
                            "description": "Address of a text/html body (its base URL).",
                            "schema": URL,
                        }
                    ],
                    "responses": {
                        "201": {
                            "description": "Published; Location names the new article.",
                            "headers": {"Location": {"schema": {"type": "string"}}},
                            **_json(_ref("Article")),
                        },
                        **BODY_PROBLEMS,
                        **AUTH_PROBLEMS,
                        "409": _problem("The article is already stored, or was withdrawn."),
                        "502": _problem("The page to import could not be fetched."),
                        "504": _problem("The page to import took too long to fetch."),
                        **STORE_PROBLEM,
                    },
                },
            },
            "/api/articles/{article_id}": {
                "parameters": [ID_PARAM],
                "get": {
                    "operationId": "getArticle",
                    "summary": "One article.",
                    "responses": {
                        "200": {
                            "description": "The article; ETag for If-Match.",
                            **_json(_ref("Article")),
                        },
                        **one_article_problems,
                    },
                },
                "put": {
                    "operationId": "replaceArticle",
                    "summary": "Correct an article: id, guid and published stay, updated moves.",
                    "parameters": [IF_MATCH],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _ref("ArticleInput")}},
                    },
                    "responses": {
                        "200": {"description": "The corrected article.", **_json(_ref("Article"))},
                        **BODY_PROBLEMS,
                        **one_article_problems,
                        "409": _problem("original_url belongs to another article."),
                        "412": _problem("If-Match does not match the article's ETag."),
                        **STORE_PROBLEM,
                    },
                },
                "patch": {
                    "operationId": "patchArticle",
                    "summary": "Correct some fields of an article (JSON merge patch).",
                    "parameters": [IF_MATCH],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/merge-patch+json": {"schema": _ref("ArticlePatch")},
                            "application/json": {"schema": _ref("ArticlePatch")},
                        },
                    },
                    "responses": {
                        "200": {"description": "The corrected article.", **_json(_ref("Article"))},
                        **BODY_PROBLEMS,
                        **one_article_problems,
                        "409": _problem("original_url belongs to another article."),
                        "412": _problem("If-Match does not match the article's ETag."),
                        **STORE_PROBLEM,
                    },
                },
                "delete": {
                    "operationId": "withdrawArticle",
                    "summary": "Withdraw an article: it leaves every page and feed; its URLs "
                    "answer 410 and its id is never reused.",
                    "parameters": [IF_MATCH],
                    "responses": {
                        "204": {"description": "Withdrawn."},
                        **one_article_problems,
                        "412": _problem("If-Match does not match the article's ETag."),
                        **STORE_PROBLEM,
                    },
                },
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Article": ARTICLE,
                "ArticleInput": ARTICLE_INPUT,
                "ArticlePatch": ARTICLE_PATCH,
                "ImportInput": IMPORT_INPUT,
                "ArticleSummary": SUMMARY,
                "ArticleList": ARTICLE_LIST,
                "Category": CATEGORY,
                "Problem": PROBLEM,
            },
        },
    }
