"""WSGI entry point: ``gunicorn wsgi:app``."""

import gc

from feedsvc import create_app

app = create_app()
# The app's long-lived objects (modules, templates, settings, the store) never become garbage:
# move them out of the collector's generations, so each worker's collections stay small.
gc.freeze()
