"""Watching sources: feeds that fill themselves from portals' list pages.

The pass is laid out as fetch (I/O) → decide (pure) → apply (store), after lemon24/reader:
:mod:`.sources` reads the declarations (``sources.toml``), :mod:`.state` keeps what a run
learned (validators, seen links, errors, schedule), :mod:`.links` finds article links on a
list page, :mod:`.urls` normalizes them, :mod:`.robots` and :mod:`.politeness` keep the
crawler polite, :mod:`.decide` says what to import and when to look again, :mod:`.run` does
one pass and :mod:`.health` tells which sources are failing or stale.
"""
