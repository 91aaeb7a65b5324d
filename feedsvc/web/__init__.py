"""The web layer: blueprints for pages, feeds and the write API, the render cache and fast
path, and the one place where errors become responses."""
