"""The store: storydiff's embedded SQLite database."""

from storydiff.store.sqlite import (
    BatchResult,
    Seen,
    Sighting,
    Store,
    StoryRow,
    pack,
    seen_in,
    sighting_fields,
)

__all__ = [
    "BatchResult",
    "Seen",
    "Sighting",
    "Store",
    "StoryRow",
    "pack",
    "seen_in",
    "sighting_fields",
]
