"""Detect stage: fingerprints that find the texts sharing passages with a text."""

from storydiff.detect.fingerprints import (
    FingerprintConfig,
    fingerprint_text,
    fingerprint_texts,
    fingerprint_words,
)

__all__ = ["FingerprintConfig", "fingerprint_text", "fingerprint_texts", "fingerprint_words"]
