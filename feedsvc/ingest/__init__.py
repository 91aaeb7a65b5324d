"""Ingestion: getting articles into the store from outside (fetching, importing, watching)."""
