"""The bearer-token check of the write API, for any blueprint whose calls need a token.

Tokens come from FEEDSVC_API_TOKENS; with none configured every guarded call answers 403.
"""

from __future__ import annotations

import hmac

from flask import Response
from flask import request

from ..context import api_settings
from ..errors import problem

REALM = 'Bearer realm="feedsvc"'


def token_ok(given: str, tokens: tuple[str, ...]) -> bool:
    """Whether *given* is one of *tokens*, comparing every token in constant time."""
    candidate = given.encode("utf-8", "surrogateescape")
    found = False
    for token in tokens:
        found |= hmac.compare_digest(candidate, token.encode("utf-8"))
    return found


def check_token() -> Response | None:
    """None when the request carries a valid ``Authorization: Bearer`` token, else the
    problem+json response to send (403 without tokens, 401 for a missing or wrong one).

    Use it as a blueprint's ``before_request`` hook (or call it from one).
    """
    tokens = api_settings().tokens
    if not tokens:
        return problem(
            403,
            "The write API is disabled: no token is configured (FEEDSVC_API_TOKENS).",
            kind="api-disabled",
        )
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return problem(
            401, "Send Authorization: Bearer <token>.", headers={"WWW-Authenticate": REALM}
        )
    if not token_ok(given.strip(), tokens):
        return problem(
            401,
            "The bearer token is not valid.",
            headers={"WWW-Authenticate": REALM + ', error="invalid_token"'},
        )
    return None
