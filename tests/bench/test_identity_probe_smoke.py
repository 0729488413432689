"""Smoke run of the identity probe on fictional pairs (the real run, on MRPC train in
../shared/data, is ``.venv/bin/python bench/identity_probe.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import identity_probe  # noqa: E402

ROWS = [
    (  # one percentage written two ways: no change
        "1",
        "p1",
        "Ferry bookings at the harbour office fell 37 per cent over the winter.",
        "The harbour office said ferry bookings fell 37 percent over the winter.",
    ),
    (  # one company named two ways: no change
        "1",
        "p2",
        "Brannock said it would close its plant in Kestrel Bay next year.",
        "Brannock Corp. said it would shut its plant in Kestrel Bay next year.",
    ),
    (  # another company, and not a paraphrase pair for the names count
        "0",
        "p3",
        "The contract went to Summit Energy, officials said in Kessla.",
        "The contract went to Ridgeway Power, officials said in Kessla.",
    ),
    (  # a paraphrase pair with a name one sentence leaves out: counted
        "1",
        "p4",
        "Mayor Ilona Varga opened the new ferry terminal in Varnos on Friday.",
        "The new ferry terminal in Varnos opened on Friday.",
    ),
]


def test_same_numbers_reads_digit_runs() -> None:
    assert identity_probe.same_numbers("fell 37 per cent", "fell 37 percent")
    assert identity_probe.same_numbers("1,500 people", "1500 residents")
    assert not identity_probe.same_numbers("37 percent", "38 percent")
    assert not identity_probe.same_numbers("no figure", "no figure")


def test_tiny_probe_counts_what_is_shown() -> None:
    result = identity_probe.probe(ROWS)
    assert result["pairs"] == {"figures": 1, "names": 3}
    assert sum(result["figures"].values()) == 0
    assert result["names"]["organization"] == 0
    assert result["names"]["person"] == 1  # Ilona Varga, left out of the second


def test_read_rows_takes_the_five_columns(tmp_path: Path) -> None:
    path = tmp_path / "pairs.txt"
    path.write_text(
        'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t11\t12\tOne "quote.\tTwo.\n'
        "1\t13\ta line cut short\n",
        encoding="utf-8",
    )
    assert identity_probe.read_rows(path) == [("1", "11", 'One "quote.', "Two.")]
