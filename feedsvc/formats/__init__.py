"""Feed formats: format-neutral feed metadata, RSS/Atom (feedgen), JSON Feed and OPML.

Pure serializers: articles and metadata in, bytes out. Never touches the store or Flask.
"""
