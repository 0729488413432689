"""Detect stage: fingerprints, verified links between texts, and stories."""

from storydiff.detect.fingerprints import FingerprintConfig, fingerprint_texts

__all__ = ["FingerprintConfig", "fingerprint_texts"]
