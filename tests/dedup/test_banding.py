"""The banding rule and band keys."""

from __future__ import annotations

import numpy as np
import pytest

from storydiff.config import DedupConfig
from storydiff.dedup.banding import band_keys, candidate_probability, choose_bands


def test_rule_gives_16_by_8_for_128_hashes_at_0_8() -> None:
    bands, rows = choose_bands(DedupConfig())
    assert (bands, rows) == (16, 8)
    assert candidate_probability(0.8, 16, 8) >= DedupConfig().min_candidate_probability
    assert candidate_probability(0.85, 16, 8) > 0.99
    assert candidate_probability(0.5, 16, 8) < 0.07


@pytest.mark.parametrize("threshold", [0.5, 0.6, 0.7, 0.8, 0.9, 0.95])
def test_rule_meets_its_bar_and_nothing_stricter_does(threshold: float) -> None:
    config = DedupConfig(threshold=threshold)
    bands, rows = choose_bands(config)
    assert bands * rows == 128
    assert candidate_probability(threshold, bands, rows) >= config.min_candidate_probability
    # Longer bands (fewer false candidates) miss the bar.
    if rows * 2 <= 128:
        assert candidate_probability(threshold, bands // 2, rows * 2) < 0.94


def test_override_and_its_validation() -> None:
    assert choose_bands(DedupConfig(bands=9, rows=13, num_perm=117)) == (9, 13)
    with pytest.raises(ValueError, match="bands x rows"):
        DedupConfig(bands=9, rows=13)
    with pytest.raises(ValueError, match="both"):
        DedupConfig(bands=16)


def test_keys_equal_exactly_when_band_values_equal() -> None:
    rng = np.random.default_rng(0)
    sig = rng.integers(0, 2**31, size=(3, 128), dtype=np.uint32)
    sig[1] = sig[0]
    sig[1, 5] += 1  # band 0 differs
    sig[2, :8] = sig[0, :8]  # band 0 equal, the rest differs
    keys = band_keys(sig, 16, 8)
    assert keys.shape == (3, 16)
    assert keys[0, 0] != keys[1, 0] and (keys[0, 1:] == keys[1, 1:]).all()
    assert keys[0, 0] == keys[2, 0] and (keys[0, 1:] != keys[2, 1:]).all()
