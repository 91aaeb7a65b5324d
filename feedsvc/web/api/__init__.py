"""The editors' write API under /api: its blueprint, token check, request input and OpenAPI
document."""

from __future__ import annotations

from .routes import bp
from .routes import register

__all__ = ["bp", "register"]
