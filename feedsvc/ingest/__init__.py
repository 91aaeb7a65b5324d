"""Getting articles in: fetching pages (behind the SSRF guard) and importing them."""
