# ruff: noqa: E501  (paragraphs of news text, one a line)
"""Fictional articles for the web tests (every name, place and outlet is made up;
URLs use .example): a ferry story in three versions at two outlets, and a hostile
article in two versions whose every field tries to run script or break the page."""

from __future__ import annotations

from datetime import UTC, datetime

from storydiff.document import Document

FERRY_1 = """The Tollmere ferry service was suspended on Tuesday after a hull inspection found a crack near the bow of the MV Larkspur, the operator said.

Twelve passengers were taken back to the pier at Greyhaven by a harbour launch. Nobody was hurt, according to Tollmere Ferries.

"We stopped the crossings as soon as the inspectors called us," said Maren Holt, the company's operations manager.

The crossing normally runs every forty minutes between Greyhaven and the island of Tollmere, carrying about 900 people a day.

Inspectors from the Norland Maritime Board were expected to examine the vessel again on Wednesday morning."""

FERRY_2 = """The Tollmere ferry service was suspended on Tuesday after a hull inspection found a crack near the bow of the MV Larkspur, the operator said.

Fourteen passengers were taken back to the pier at Greyhaven by a harbour launch. Nobody was hurt, according to Tollmere Ferries.

"We stopped the crossings as soon as the inspectors called us," said Maren Holt, the company's operations manager.

The crossing normally runs every forty minutes between Greyhaven and the island of Tollmere, carrying about 1,200 people a day.

A replacement vessel, the MV Corrin, will run a reduced timetable from Thursday, the company said.

Inspectors from the Norland Maritime Board were expected to examine the vessel again on Wednesday morning."""

FERRY_3 = """The Tollmere ferry service was suspended on Tuesday after a hull inspection found a crack near the bow of the MV Larkspur, the operator said.

Fourteen passengers were taken back to the pier at Greyhaven by a harbour launch. Nobody was hurt, according to Tollmere Ferries.

"We stopped the crossings as soon as the inspectors called us," said Maren Holt, the company's operations manager.

The crossing normally runs every forty minutes between Greyhaven and the island of Tollmere, carrying about 1,200 people a day.

A replacement vessel, the MV Corrin, will run a reduced timetable from Thursday, the company said. Island shops said deliveries of fresh food would be late.

Inspectors from the Norland Maritime Board were expected to examine the vessel again on Wednesday morning.

Copyright 2026 Greyhaven Gazette. All rights reserved."""

PWNED = "window.__pwned = (window.__pwned || 0) + 1"
HOSTILE_TITLE = (
    f'<script>{PWNED}</script>\u202eevil\u202c title </style><b onmouseover="{PWNED}">x</b>'
)
HOSTILE_1 = f"""Councillors of Brindlemoor met on Monday <script>{PWNED}</script> to discuss the new bridge over the Osk, a project the town has argued about for a decade.

The bridge would cost <img src=x onerror="{PWNED}"> about 4 million crowns, the council's treasurer said, and take two years to build.

"We have waited long enough," said Ilse Varga, who chairs the works committee. </style><style>body{{display:none}}</style> <a href="javascript:{PWNED}">read more</a>

Residents who live near the river said they feared the noise of construction. \u202eThis line is reversed\u202c and this holds a NUL \x00 byte.

A final vote is planned for the council's meeting in April, when the plans will be shown to the public at the town hall."""
HOSTILE_2 = (
    HOSTILE_1.replace("about 4 million crowns", "about 6 million crowns").replace(
        "in April", "in May"
    )
    + f"""

An earlier version of this article gave the wrong cost. <svg onload="{PWNED}"></svg> <iframe src="javascript:{PWNED}"></iframe>"""
)


def _at(hour: int) -> datetime:
    return datetime(2026, 4, 7, hour, 0, tzinfo=UTC)


def ferry() -> list[Document]:
    return [
        Document(text=FERRY_1, title="Tollmere ferry suspended after crack found in hull",
                 url="https://tollmerenews.example/ferry", outlet="Tollmere News",
                 published=_at(8)),
        Document(text=FERRY_2, title="Tollmere ferry suspended; replacement boat from Thursday",
                 url="https://tollmerenews.example/ferry", outlet="Tollmere News",
                 published=_at(11)),
        Document(text=FERRY_3, title="Ferry to Tollmere halted as crack found in hull",
                 url="https://greyhaven.example/news/ferry", outlet="Greyhaven Gazette",
                 published=_at(15)),
    ]  # fmt: skip


def hostile() -> list[Document]:
    url = f"javascript:{PWNED}"
    return [
        Document(text=HOSTILE_1, title=HOSTILE_TITLE, url=url,
                 outlet=f"<script>{PWNED}</script>Evil\u202eOutlet", published=_at(9)),
        Document(text=HOSTILE_2, title=HOSTILE_TITLE + " (updated)", url=url,
                 outlet=f"<script>{PWNED}</script>Evil\u202eOutlet", published=_at(12)),
    ]  # fmt: skip
