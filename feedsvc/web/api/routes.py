"""The editors' write API under /api: publish, correct and withdraw articles as JSON.

Every call but /api/openapi.json needs ``Authorization: Bearer <token>`` with a token from
FEEDSVC_API_TOKENS; with none configured the API answers 403. Errors are problem+json
(handlers.py renders every error under /api that way).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from flask import Blueprint
from flask import Flask
from flask import Response
from flask import request
from flask import url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import BadRequest
from werkzeug.exceptions import PreconditionFailed
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.exceptions import UnsupportedMediaType

from ...bounds import parse_int
from ...errors import ExtractionError
from ...errors import InvalidArticle
from ...errors import InvalidParameter
from ...errors import UnreadableArticle
from ...ingest.fetch import normalize_url
from ...ingest.importer import HtmlDocument
from ...ingest.importer import load_with_settings
from ...models import Article
from ...models import ArticleDraft
from ...models import ArticleSummary
from ...timeutil import rfc3339
from ...timeutil import to_local
from ...urls import check_url
from ..context import settings
from ..context import store
from .auth import check_token
from .input import editable
from .input import merge_patch
from .input import parse_draft
from .openapi import openapi_document

bp = Blueprint("api", __name__, url_prefix="/api")

JSON = "application/json"
MERGE_PATCH = "application/merge-patch+json"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
IMPORT_KEYS = frozenset({"html", "url", "import_url"})
DEFAULT_PAGE = 20
MAX_PAGE = 100
MAX_OFFSET = 1_000_000


# -- authentication ----------------------------------------------------------------------


@bp.before_request
def authenticate() -> Response | None:
    """Every call but the OpenAPI document needs a bearer token."""
    if request.endpoint == "api.openapi":
        return None
    return check_token()


@bp.after_request
def no_store(response: Response) -> Response:
    """API answers are never cached."""
    response.headers.setdefault("Cache-Control", "no-store")
    return response


# -- representations ---------------------------------------------------------------------


def article_json(article: Article) -> dict[str, Any]:
    """The API's form of *article*: the stored form in the configured zone, with its links."""
    zone = settings().zone
    return {
        "id": article.id,
        "guid": article.guid,
        **article.content_json(
            category=article.category.to_dict(),
            published=rfc3339(to_local(article.published, zone)),
            updated=rfc3339(to_local(article.updated, zone)),
        ),
        "date_only": article.date_only,  # a day without a time: published is 00:00 local
        "url": url_for("api.get_article", article_id=article.id),
        "html_url": url_for("pages.article", article_id=article.id),
    }


def summary_json(summary: ArticleSummary) -> dict[str, Any]:
    """The API's form of an index row, times in the configured zone."""
    return {
        "id": summary.id,
        "title": summary.title,
        "category": {"name": summary.category.name, "slug": summary.category.slug},
        "source": summary.source_name,
        "published": rfc3339(to_local(summary.published, settings().zone)),
        "updated": rfc3339(to_local(summary.updated, settings().zone)),
        "url": url_for("api.get_article", article_id=summary.id),
        "html_url": url_for("pages.article", article_id=summary.id),
    }


def etag(article: Article) -> str:
    """The article's version tag: a hash of its stored form."""
    canonical = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def json_response(data: dict[str, Any], status: int = 200) -> Response:
    """*data* as a JSON response."""
    return Response(json.dumps(data, ensure_ascii=False), status, content_type=JSON)


def article_response(article: Article, status: int = 200) -> Response:
    """*article* as a JSON response with its ETag."""
    response = json_response(article_json(article), status)
    response.set_etag(etag(article))
    return response


# -- request bodies ----------------------------------------------------------------------


def read_body() -> bytes:
    """The request body, at most MAX_CONTENT_LENGTH bytes; 413 for a longer one.

    Werkzeug refuses a declared Content-Length past the limit before reading, but a chunked
    body is cut at the limit without an error, so a body without a length that fills the
    limit counts as too large.
    """
    data = request.get_data(cache=False)
    limit = request.max_content_length
    if limit is not None and request.content_length is None and len(data) >= limit:
        raise RequestEntityTooLarge()
    return data


def json_body(*accepted: str) -> Any:
    """The parsed JSON body; 415 for another type, 413 past MAX_CONTENT_LENGTH, 400 if bad."""
    if request.mimetype not in accepted:
        raise UnsupportedMediaType(f"Send the body as {' or '.join(accepted)}.")
    raw = read_body()
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadRequest(f"The body is not UTF-8 (byte {exc.start}).") from None
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"The body is not valid JSON: {str(exc)[:200]}") from None


def check_if_match(current: Article) -> None:
    """Refuse the change when If-Match names another version of the article."""
    if_match = request.if_match
    if if_match and not if_match.star_tag and not if_match.contains(etag(current)):
        raise PreconditionFailed("The article changed since you read it (ETag mismatch).")


def keep_published(draft: ArticleDraft, current: Article) -> ArticleDraft:
    """*draft*, unless it moves the publish time of *current* (InvalidArticle)."""
    if draft.published != current.published:
        raise InvalidArticle(
            "published",
            f"cannot change after publication (it is {rfc3339(current.published)}); "
            "withdraw the article and publish a new one instead",
        )
    return draft


def import_document(document: str | HtmlDocument, field: str) -> ArticleDraft:
    """Draft an article from an HTML page in hand, or from the page at a URL.

    Fetch failures keep their own status (400 bad scheme, 413 too large, 502, 504 timeout);
    a page without an article is a 422 naming *field*.
    """
    try:
        return load_with_settings(document, settings())
    except ExtractionError as exc:
        raise InvalidArticle(field, exc.reason) from exc


def import_request(data: dict[str, Any]) -> ArticleDraft:
    """The draft a JSON import request asks for (html with url, or import_url)."""
    unknown = sorted(set(data) - IMPORT_KEYS)
    if unknown:
        raise InvalidArticle(unknown[0], "unknown field in an import request")
    if ("html" in data) == ("import_url" in data):
        raise InvalidArticle("html", "send either html (with url) or import_url")
    url = data.get("url")
    if url is not None and not isinstance(url, str):
        raise InvalidArticle("url", "must be a string")
    url = check_url(url, "url")
    if "import_url" in data:
        target = data["import_url"]
        if not isinstance(target, str) or not check_url(target, "import_url"):
            raise InvalidArticle("import_url", "must be an absolute http or https URL")
        return import_document(normalize_url(target, "import_url"), "import_url")
    html = data["html"]
    if not isinstance(html, str) or not html.strip():
        raise InvalidArticle("html", "must be a non-empty string")
    return import_document(
        HtmlDocument(html.encode("utf-8"), url, "text/html; charset=utf-8"), "html"
    )


# -- routes ------------------------------------------------------------------------------


@bp.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI document (no token needed)."""
    return json_response(openapi_document())


def int_arg(name: str, default: int, low: int, high: int) -> int:
    """The integer query parameter *name*, *default* when absent; InvalidParameter if bad."""
    raw = request.args.get(name)
    if raw is None:
        return default
    value = parse_int(raw, low, high)
    if value is None:
        raise InvalidParameter(name, f"must be an integer from {low} to {high}")
    return value


@bp.get("/articles")
def list_articles() -> Response:
    """A page of article summaries, newest first, optionally of one category."""
    limit = int_arg("limit", DEFAULT_PAGE, 1, MAX_PAGE)
    offset = int_arg("offset", 0, 0, MAX_OFFSET)
    key = request.args.get("category")
    category = store().category(key) if key else None
    total = store().count(category)
    following = None
    if offset + limit < total:
        following = url_for(".list_articles", limit=limit, offset=offset + limit, category=key)
    return json_response(
        {
            "items": [summary_json(s) for s in store().summaries(category, limit, offset)],
            "total": total,
            "limit": limit,
            "offset": offset,
            "next": following,
        }
    )


@bp.post("/articles")
def create_article() -> Response:
    """Publish an article sent as JSON, or import an HTML page or a URL."""
    if request.mimetype in HTML_TYPES:
        url = check_url(request.args.get("url"), "url")
        draft = import_document(HtmlDocument(read_body(), url, request.content_type), "html")
    else:
        data = json_body(JSON)
        if isinstance(data, dict) and {"html", "import_url"} & data.keys():
            draft = import_request(data)
        else:
            draft = parse_draft(data, settings().zone, store().clock())
    article = store().create(draft)
    response = article_response(article, 201)
    response.headers["Location"] = url_for(".get_article", article_id=article.id)
    return response


@bp.get("/articles/<article_id>")
def get_article(article_id: str) -> ResponseReturnValue:
    """One article, with its ETag (304 for a matching If-None-Match)."""
    return article_response(store().get(article_id)).make_conditional(request)


def correct(article_id: str, build: Callable[[Article], ArticleDraft]) -> Response:
    """Save the draft *build* makes of the current article (If-Match checked)."""

    def revise(current: Article) -> ArticleDraft:
        check_if_match(current)
        return keep_published(build(current), current)

    return article_response(store().correct(article_id, revise).article)


@bp.put("/articles/<article_id>")
def replace_article(article_id: str) -> Response:
    """Correct an article with a whole new version (or replace a damaged file)."""
    data = json_body(JSON)

    def build(current: Article) -> ArticleDraft:
        body = data
        if isinstance(data, dict) and "published" not in data:
            body = {**data, "published": rfc3339(current.published)}
        return parse_draft(body, settings().zone, store().clock())

    try:
        return correct(article_id, build)
    except UnreadableArticle:
        # A damaged file cannot be corrected, only replaced by a whole article.
        draft = parse_draft(data, settings().zone, store().clock())
        return article_response(store().replace_damaged(article_id, draft))


@bp.patch("/articles/<article_id>")
def patch_article(article_id: str) -> Response:
    """Correct some fields of an article (JSON merge patch)."""
    patch = json_body(MERGE_PATCH, JSON)
    if not isinstance(patch, dict):
        raise InvalidArticle("(body)", "a merge patch must be a JSON object")
    return correct(
        article_id,
        lambda current: parse_draft(
            merge_patch(editable(current), patch), settings().zone, store().clock()
        ),
    )


@bp.delete("/articles/<article_id>")
def withdraw_article(article_id: str) -> Response:
    """Withdraw an article: a tombstone takes its place (If-Match checked)."""
    store().delete(article_id, check=check_if_match)
    return Response(status=204)


def register(app: Flask) -> None:
    """Mount the blueprints (create_app has checked the API settings)."""
    from .sources import bp as sources_bp

    app.register_blueprint(bp)
    app.register_blueprint(sources_bp)
