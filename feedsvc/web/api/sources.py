"""GET /api/sources: the watched sources and their health, as ``flask watch list`` shows
them (needs the write API's bearer token)."""

from __future__ import annotations

from flask import Blueprint
from flask import Response
from flask import current_app
from flask import jsonify

from ...ingest.watch.context import watcher_for
from ...ingest.watch.health import source_health
from ...ingest.watch.sources import load_sources
from .auth import check_token
from .routes import no_store

bp = Blueprint("sources_api", __name__, url_prefix="/api")
bp.before_request(check_token)
bp.after_request(no_store)


@bp.get("/sources")
def list_sources() -> Response:
    """Every declared source with its last check, result, failures, staleness, next due."""
    watcher = watcher_for(current_app._get_current_object())  # type: ignore[attr-defined]
    rows = source_health(load_sources(watcher.watch.sources_file), watcher.states, watcher.clock())
    return jsonify(
        {
            "sources": [row.to_json() for row in rows],
            "failing": sum(row.failing for row in rows if row.decl.enabled),
            "stale": sum(row.stale for row in rows),
        }
    )
