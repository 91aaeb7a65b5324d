"""Getting articles in: fetching pages (behind the SSRF guard), importing them, and watching
sources' list pages for new ones."""
