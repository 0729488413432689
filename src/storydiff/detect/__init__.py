"""Detect stage: fingerprints, verified links between texts, and stories (settings:
``storydiff.config.stories``)."""

from storydiff.detect.fingerprints import fingerprint_texts

__all__ = ["fingerprint_texts"]
