"""The store: storydiff's embedded SQLite database."""

from storydiff.store.sqlite import BatchResult, Sighting, Store

__all__ = ["BatchResult", "Sighting", "Store"]
