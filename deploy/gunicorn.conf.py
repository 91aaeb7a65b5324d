"""gunicorn settings for feedsvc: ``gunicorn -c deploy/gunicorn.conf.py wsgi:app``.

Every value can be overridden on the command line (``--bind``, ``--workers``...).
"""

import multiprocessing

bind = "127.0.0.1:8000"
# Sync workers: each keeps its own render cache and checks the store generation per request.
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "sync"
timeout = 30
graceful_timeout = 20
# Load the app once in the master; workers fork from it (less memory, faster restarts).
preload_app = True
# Only the local proxy may set X-Forwarded-Proto (feedsvc's ProxyFix handles Host/Prefix).
forwarded_allow_ips = "127.0.0.1"
accesslog = "-"
