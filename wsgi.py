"""WSGI entry point: ``gunicorn wsgi:app``."""

from __future__ import annotations

import gc
import sys

from feedsvc import create_app
from feedsvc.errors import ConfigError

#: gunicorn's "App failed to load" status: its master stops instead of restarting workers.
APP_LOAD_ERROR = 4

try:
    app = create_app()
except ConfigError as exc:
    # One line an operator can act on, not a traceback (for gunicorn and `flask --app wsgi`).
    print(f"feedsvc: configuration error: {exc.message}", file=sys.stderr, flush=True)
    raise SystemExit(APP_LOAD_ERROR) from None
# The app's long-lived objects (modules, templates, settings, the store) never become garbage:
# move them out of the collector's generations, so each worker's collections stay small.
gc.freeze()
