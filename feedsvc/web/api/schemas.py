"""The JSON Schemas of the write API's bodies, the components of its OpenAPI document."""

from __future__ import annotations

from typing import Any

from ...models import MAX_TITLE
from ...names import MAX_NAME
from .input import MAX_AUTHORS
from .input import MAX_BODY
from .input import MAX_CAPTION
from .input import MAX_IMAGES
from .input import MAX_SUMMARY
from .input import MAX_TEXT
from .input import MAX_URL

ID = {"type": "string", "pattern": "^[0-9a-f]{16}$"}
TIME = {"type": "string", "format": "date-time"}
URL = {"type": "string", "format": "uri", "pattern": "^https?://", "maxLength": MAX_URL}
NULLABLE_URL = {"anyOf": [URL, {"type": "null"}]}


def text(limit: int, *, nullable: bool = True, min_visible: bool = False) -> dict[str, Any]:
    """A string schema of at most *limit* characters (null allowed when *nullable*)."""
    schema: dict[str, Any] = {"type": ["string", "null"] if nullable else "string"}
    schema["maxLength"] = limit
    if min_visible:
        # At least one character that survives plain-text cleaning (not space, not control).
        schema["pattern"] = r"[^\s\u0000-\u001f\u007f-\u009f\ufeff\ufffe\uffff]"
    return schema


def ref(name: str) -> dict[str, str]:
    """A reference to the component schema *name*."""
    return {"$ref": f"#/components/schemas/{name}"}


SOURCE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {"name": text(MAX_NAME, nullable=False, min_visible=True), "url": NULLABLE_URL},
}
IMAGE = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "url": NULLABLE_URL,
        "caption": text(MAX_CAPTION),
        "credit": text(MAX_NAME),
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
    "title": text(MAX_TITLE, nullable=False, min_visible=True),
    "subtitle": text(MAX_TEXT),
    "original_title": text(MAX_TEXT),
    "category": {
        "description": "Display name of the category (its slug is assigned by the server).",
        **text(MAX_NAME, nullable=False, min_visible=True),
    },
    "published": {
        "description": "RFC 3339 time; a time without zone is read in the configured zone.",
        **TIME,
    },
    "body_html": {
        "description": "HTML; sanitized against the allowlist.",
        **text(MAX_BODY, nullable=False, min_visible=True),
    },
    "summary": text(MAX_SUMMARY),
    "source": {"anyOf": [SOURCE, {"type": "null"}]},
    "authors": {
        "type": ["array", "null"],
        "maxItems": MAX_AUTHORS,
        "items": text(MAX_NAME, nullable=False),
    },
    "editor": text(MAX_NAME),
    "images": {"type": ["array", "null"], "maxItems": MAX_IMAGES, "items": IMAGE},
    "original_url": NULLABLE_URL,
    "site_name": text(MAX_TEXT),
    "rights": text(MAX_TEXT),
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
        "category": ref("Category"),
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
        "category": ref("Category"),
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
        "items": {"type": "array", "items": ref("ArticleSummary")},
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

#: The document's ``components.schemas``, in the order it lists them.
SCHEMAS = {
    "Article": ARTICLE,
    "ArticleInput": ARTICLE_INPUT,
    "ArticlePatch": ARTICLE_PATCH,
    "ImportInput": IMPORT_INPUT,
    "ArticleSummary": SUMMARY,
    "ArticleList": ARTICLE_LIST,
    "Category": CATEGORY,
    "Problem": PROBLEM,
}
