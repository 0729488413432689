"""The store: storydiff's embedded SQLite database."""

from storydiff.store.sqlite import BatchResult, Sighting, Store, StoryRow

__all__ = ["BatchResult", "Sighting", "Store", "StoryRow"]
