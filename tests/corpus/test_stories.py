"""Story rows: first and last seen come out in UTC whatever the sightings' offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from storydiff.corpus.story_table import _earliest

moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
)
offsets = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@given(st.lists(st.tuples(moments, offsets), min_size=1, max_size=6))
def test_earliest_is_the_earliest_moment_in_utc(times: list[tuple[datetime, timezone]]) -> None:
    texts = [t.astimezone(tz).isoformat() for t, tz in times]
    assert _earliest(texts) == min(t for t, _ in times).isoformat()
    utc_only = [t.isoformat() for t, _ in times]  # the fast path: compared as text
    assert _earliest(utc_only) == min(t for t, _ in times).isoformat()


def test_pair_evidence_is_the_order_compare_gives() -> None:
    from dataclasses import replace
    from itertools import combinations

    from storydiff import load
    from storydiff.config import CompareConfig
    from storydiff.corpus.stories import pair_evidence
    from storydiff.pair.compare import compare
    from tests.conftest import EXAMPLES

    names = ["01-mpa-first-take.txt", "02-mpa-update.txt", "04-harbour-daily.txt"]
    docs = [replace(load(str(EXAMPLES / "story" / n)), published=None) for n in names]
    pairs = [*combinations(range(len(docs)), 2), (2, 0)]
    expected = [
        compare(docs[i], docs[j], CompareConfig(facts=False)).order.earlier for i, j in pairs
    ]
    assert pair_evidence(docs, pairs) == expected
    assert expected[0] == "old" and expected[-1] == "new"  # evidence, and it says something
