"""Story rows: first and last seen come out in UTC whatever the sightings' offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from storydiff.stories import _earliest

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
