"""Facts stage: what changed between two versions, said as facts (spaCy, optional)."""

from storydiff.facts.changes import find_changes
from storydiff.facts.model import Change, Fact
from storydiff.facts.nlp import available, load_pipeline

__all__ = ["Change", "Fact", "available", "find_changes", "load_pipeline"]
