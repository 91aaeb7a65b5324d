"""Typed errors raised by the core and turned into clear responses by the web layer."""

from __future__ import annotations


def printable(text: str) -> str:
    """*text* with each unprintable character (control, lone surrogate...) escaped as in a
    Python literal, so that it can go into a message, a log line or a response."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


class FeedsvcError(Exception):
    """Base class: every error feedsvc raises on purpose."""

    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def public_message(self) -> str:
        """What a response may say: the message without server paths or other internals."""
        return self.message


class ConfigError(FeedsvcError, ValueError):
    """A setting (``FEEDSVC_*``) or a store folder the service cannot start with."""


class NotFound(FeedsvcError):
    status = 404


class CategoryNotFound(NotFound):
    def __init__(self, slug: str) -> None:
        super().__init__(f"No category {slug!r}: no article has been filed under it.")
        self.slug = slug


class ArticleNotFound(NotFound):
    def __init__(self, article_id: str) -> None:
        super().__init__(f"No article with id {article_id!r}.")
        self.article_id = article_id


class InvalidArticle(FeedsvcError):
    """An article that breaks a rule of the model (naive time, empty title, bad URL...)."""

    status = 422

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class ExtractionError(FeedsvcError):
    """A document from which no article could be extracted."""

    status = 422

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StoreError(FeedsvcError):
    """The store could not be read or written (disk full, read-only, lock timeout...)."""

    status = 503

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"store {path}: {reason}")
        self.path = path
        self.reason = reason

    @property
    def public_message(self) -> str:
        return f"The article store is unavailable: {self.reason}."


class UnreadableArticle(FeedsvcError):
    """An article file that cannot be read back (truncated JSON, not an article...).

    The message names the file (for the operator's log and the CLI); responses say only
    which article is damaged. Saving the same article again replaces the file.
    """

    status = 500

    def __init__(self, article_id: str, path: str, reason: str) -> None:
        super().__init__(f"article file {path} is damaged: {reason}")
        self.article_id = article_id
        self.path = path
        self.reason = reason

    @property
    def public_message(self) -> str:
        return (
            f"The stored copy of article {self.article_id!r} is damaged and cannot be read; "
            "importing or saving the article again replaces it."
        )


class SourceNotFound(NotFound):
    def __init__(self, slug: str) -> None:
        super().__init__(f"No outlet {slug!r}: no article comes from it.")
        self.slug = slug


class InvalidParameter(FeedsvcError):
    """A query parameter the request got wrong (``limit=abc``, an empty ``q``...), in a feed
    URL or in the API; *name* is the parameter, *problem* what is wrong with it."""

    status = 400

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"query parameter {name!r}: {problem}")
        self.name = name
        self.problem = problem

    @property
    def field(self) -> str:
        """The parameter's name, as the ``field`` member of an API problem document."""
        return self.name


class ArchivePageNotFound(NotFound):
    def __init__(self, feed: str, page: int, pages: int) -> None:
        super().__init__(f"Feed {feed!r} has archive pages 1 to {pages}, not {page}.")
        self.feed = feed
        self.page = page
        self.pages = pages


class ArticleGone(ArticleNotFound):
    """An article that was withdrawn: its id stays reserved and its URLs answer 410."""

    status = 410

    def __init__(self, article_id: str) -> None:
        FeedsvcError.__init__(self, f"Article {article_id!r} was withdrawn.")
        self.article_id = article_id


class Conflict(FeedsvcError):
    """A write that contradicts what the store holds (an existing or withdrawn article)."""

    status = 409

    def __init__(self, message: str, article_id: str | None = None) -> None:
        super().__init__(message)
        self.article_id = article_id


class FetchError(FeedsvcError):
    """A page could not be fetched: bad scheme, network failure, timeout, size, HTTP status."""

    status = 502

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class UnsupportedScheme(FetchError):
    status = 400


class InvalidURL(FetchError):
    """A URL that cannot be requested as written: whitespace or control characters, a bad
    host name or port. *field* names the request member that carried it, if any."""

    status = 400

    def __init__(self, url: str, reason: str, field: str | None = None) -> None:
        super().__init__(printable(url), reason)
        self.url = url
        self.field = field


class FetchBlocked(FetchError):
    """The URL's host (or a redirect target) is on a loopback/private/reserved address."""

    status = 400

    def __init__(self, url: str, host: str, address: str) -> None:
        super().__init__(
            url,
            f"host {host!r} resolves to the non-public address {address}; fetching it is "
            "refused (set FEEDSVC_FETCH_ALLOW_PRIVATE=true to allow)",
        )
        self.host = host
        self.address = address


class FetchTimeout(FetchError):
    status = 504


class FetchTooLarge(FetchError):
    status = 413


class FetchHTTPError(FetchError):
    """The server answered with an error status (or redirected too often); *retry_after*
    is the answer's Retry-After header, if any."""

    def __init__(self, url: str, code: int, reason: str, retry_after: str | None = None) -> None:
        super().__init__(url, reason)
        self.code = code
        self.retry_after = retry_after
