"""``storydiff watch``: poll feeds and pages, store every new version in the store
``ingest`` fills, and report each change as facts (docs/watch.md)."""
