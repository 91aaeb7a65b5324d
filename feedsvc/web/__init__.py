"""The web layer: blueprints for pages, feeds and the write API, the render cache and fast
path, and the one place where errors become responses.

context (the app's accessors) · pages (HTML blueprint) · feeds (feed and OPML blueprint) ·
feed_request (FeedRef, FeedParams) · links (shared URL helpers) · topics (WebSub topics) ·
cache and fastpath (rendered feeds and the middleware answering from them) · origin (proxy
and Host policy) · errors (typed errors → responses, problem+json) · export · websub.
"""
