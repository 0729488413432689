"""The Fenwick Gazette: a fictional newsroom on 127.0.0.1 whose feed and article pages
change on a scripted clock, for ``storydiff watch``'s tests, its demo and its soak
benchmark. Every article here is made up.

Script (hours after the start of the clock):

- ``/news/ferry``: 12 rescued passengers become 14 at 2 h (the feed says so too);
- ``/news/council``: the mayor's quote is swapped at 5 h;
- ``/news/bridge``: a stealth edit at 8 h (Monday becomes Friday; neither the feed nor
  the page's modified time says so);
- ``/news/school``: 300 pupils become 320 at 2.5 h and 300 again at 6 h (a flip-flop);
- ``/news/harbour``: deleted at 10 h (410);
- ``/news/storm``: cut to its first paragraph at 12 h (truncated);
- ``/news/weather``: never changes; answers 304 to its ETag;
- ``/news/slow``: takes ``slow_seconds`` real seconds to answer in the first hour;
- ``/news/market``: HTTP 500 for the first 3 h, then the page;
- ``/news/tide``: HTTP 429 with Retry-After: 1200 for the first half hour, then the page;
- ``/private/memo``: listed in the feed, disallowed by robots.txt for storydiff.

With ``chrome=True`` every article carries an "Updated N minutes ago" line and an ad
slot whose ad rotates with the clock, which must never count as a change. Every
page and the feed send an ETag and answer 304 when it matches. Each request is
recorded with the clock's time, its path, status and validators.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOUR = 3600.0
ADS = (
    "Advertisement: Fenwick Fish Bar, open late every night on the quay",
    "Advertisement: Marrow Isle boat tours, book your summer crossing today",
    "Advertisement: Gull Point Bakery, fresh loaves from six every morning",
)
ROBOTS = "User-agent: *\nAllow: /\n\nUser-agent: storydiff\nDisallow: /private/\n"

FERRY = [
    "The Larkspur ferry ran aground off Gull Point on Tuesday evening, and {n} passengers"
    " were taken off by the coastguard before midnight, officials said.",
    '"The crew did everything right," said harbour master Edda Voss, who watched the'
    " rescue from the pier with a crowd of islanders and the ferry company's manager.",
    "The ferry company said repairs would take at least a week and that the crossing to"
    " Marrow Isle would run on a smaller boat, twice a day, until the Larkspur returns.",
    "Investigators from the maritime board are due in Fenwick on Thursday to question the"
    " captain and to read the ship's logs, a spokesman for the board said.",
]
COUNCIL = [
    "Fenwick council voted on Wednesday night to spend its reserve on the storm-damaged"
    " north quay, after a meeting that ran past eleven o'clock.",
    '"{quote}," Mayor Tomas Brandt told councillors before the vote, which passed by'
    " seven votes to four.",
    "Fishing crews have moored at the south quay since the storm, and several have said"
    " they would leave for Marrow Isle if the north quay stayed closed into the summer.",
    "The council's engineer will present a plan and a timetable at the next meeting, a"
    " council spokeswoman said on Thursday morning.",
]
BRIDGE = [
    "The Old Mill bridge over the Fenn will stay closed to cars while engineers repair"
    " cracks found in its eastern arch during a routine inspection last week.",
    "The bridge will reopen on {day}, the county's roads department said in a statement,"
    " and pedestrians can still cross on a temporary walkway beside it.",
    "Buses on the harbour route will turn at the mill car park until the repairs are"
    " finished, and the timetable for the route has been changed to match.",
    "Shopkeepers on Mill Street said trade had fallen since the closure and asked the"
    " county to work through the weekend to finish sooner than planned.",
]
SCHOOL = [
    "Fenwick Harbour School will open a new wing in September for {n} pupils, the"
    " county's education office said on Monday, ending two years of crowded classrooms.",
    "The wing has eight classrooms, a science laboratory and a library, and was paid for"
    " by the county and a grant from the Marrow Isle fisheries trust.",
    '"Our pupils have waited a long time for this," said head teacher Ines Kaur, who'
    " showed parents round the building on Saturday afternoon.",
    "Building work finished a month late after the winter storms, the contractor said,"
    " but the wing passed its final inspection on Friday.",
]
HARBOUR = [
    "A sea lion has been seen resting on the slipway of Fenwick harbour every morning"
    " this week, drawing crowds of walkers and photographers to the quay.",
    "Wildlife officers asked people to keep at least ten metres away from the animal and"
    " to keep dogs on a lead anywhere near the slipway.",
    "The sea lion is thought to have come south with the winter storms and will probably"
    " leave on its own when the water warms, the officers said.",
]
STORM = [
    "Storm Hollis brought gusts of over ninety miles an hour to the Fenwick coast on"
    " Sunday night, tearing roofs from sheds and bringing down power lines in the hills.",
    "About two thousand homes were without power on Monday morning, the electricity"
    " company said, and crews expected to restore most of them by the evening.",
    "The coast road between Fenwick and Gull Point was closed for several hours after a"
    " fallen tree blocked both lanes near the lighthouse turning.",
    "The county opened the sports hall on Harbour Road as a warm shelter for anyone"
    " without heating, with hot meals served by volunteers until late on Monday.",
    "Forecasters said the wind would ease on Tuesday but warned of high tides along the"
    " whole coast for the rest of the week.",
]
WEATHER = [
    "Fenwick had its wettest March on record, with rain on twenty-six of the month's"
    " thirty-one days, the county's weather station at Gull Point reported.",
    "The station's keeper, Aldo Prent, said the record had stood since the station"
    " opened and that April had started dry and bright across the whole county.",
]
MARKET = [
    "The Saturday market on Quay Square will move indoors to the old fish hall from next"
    " month while the square is resurfaced, the market's organisers said.",
    "Stallholders will keep their usual places in the same order, and the market will"
    " open an hour earlier in the hall to make up for the smaller space.",
]
TIDE = [
    "The spring tide on Friday is expected to be the highest of the year, and the harbour"
    " office has asked boat owners to check their moorings before Thursday night.",
    "Sandbags are available from the fire station on Harbour Road for anyone living on the"
    " low streets near the quay, the office said.",
]
SLOW = [
    "The Fenwick lifeboat crew will hold an open day at the boathouse on Sunday, with"
    " demonstrations of a rescue from the water and tours of the new all-weather boat.",
    "Volunteers will sell tea and cakes to raise money for a second launching tractor,"
    " which the crew has wanted for three years.",
]
MEMO = ["An internal memo that the newsroom does not want robots to read, at any time."]


@dataclass
class Request:
    time: float
    path: str
    status: int
    etag_sent: str | None


@dataclass
class Newsroom:
    """The site's script, read at the clock's time ``now()``."""

    now: Callable[[], float]
    start: float
    chrome: bool = True
    slow_seconds: float = 1.5
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hours(self) -> float:
        return (self.now() - self.start) / HOUR

    def _updated(self, path: str) -> dict[str, float]:
        """When each article says it last changed (seconds since the start): the feed's
        stamps and the pages' ``article:modified_time``; the stealth edit and the
        flip-flop keep theirs."""
        return {
            "/news/ferry": 2 * HOUR if self.hours() >= 2 else 0.0,
            "/news/council": 5 * HOUR if self.hours() >= 5 else 0.0,
        }

    def article(self, path: str) -> tuple[str, list[str]] | None:
        """(headline, paragraphs) of an article at the clock's time, None when gone."""
        h = self.hours()
        if path == "/news/ferry":
            return "Ferry runs aground off Gull Point", [
                FERRY[0].format(n=14 if h >= 2 else 12),
                *FERRY[1:],
            ]
        if path == "/news/council":
            quote = (
                "We cannot promise a date yet"
                if h >= 5
                else "We will rebuild the north quay by summer"
            )
            return "Council votes to rebuild north quay", [
                COUNCIL[0],
                COUNCIL[1].format(quote=quote),
                *COUNCIL[2:],
            ]
        if path == "/news/bridge":
            return "Old Mill bridge closed for repairs", [
                BRIDGE[0],
                BRIDGE[1].format(day="Friday" if h >= 8 else "Monday"),
                *BRIDGE[2:],
            ]
        if path == "/news/school":
            n = 320 if 2.5 <= h < 6 else 300
            return "New wing for Harbour School", [SCHOOL[0].format(n=n), *SCHOOL[1:]]
        if path == "/news/harbour":
            return None if h >= 10 else ("Sea lion settles on the slipway", HARBOUR)
        if path == "/news/storm":
            return "Storm Hollis batters the coast", STORM[:1] if h >= 12 else STORM
        pages = {
            "/news/weather": ("Wettest March on record", WEATHER),
            "/news/market": ("Saturday market moves indoors", MARKET),
            "/news/tide": ("Highest tide of the year on Friday", TIDE),
            "/news/slow": ("Lifeboat open day on Sunday", SLOW),
            "/private/memo": ("Memo", MEMO),
        }
        return pages.get(path)

    def page_html(self, path: str, headline: str, paragraphs: list[str]) -> str:
        body = [f"<p>{escape(p)}</p>" for p in paragraphs]
        if self.chrome and path != "/news/weather":
            minutes = int(self.now() // 60) % 59 + 1
            body.insert(0, f'<p class="stamp">Updated {minutes} minutes ago</p>')
            slot = int(self.now() // 600 + sum(path.encode())) % len(ADS)
            body.insert(2, f"<p>{ADS[slot]}</p>")
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.start))
        changed = self.start + self._updated(path).get(path, 0.0)
        modified = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(changed))
        return (
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{escape(headline)} | Fenwick Gazette</title>"
            f"<meta property='article:published_time' content='{stamp}'>"
            f"<meta property='article:modified_time' content='{modified}'>"
            "<meta property='og:site_name' content='Fenwick Gazette'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{escape(headline)}</h1>{''.join(body)}</article>"
            "<footer>Fenwick Gazette, 1 Quay Street, Fenwick</footer></body></html>"
        )

    def feed_xml(self, base: str) -> str:
        entries = []
        stamps = self._updated("")
        paths = ["/news/ferry", "/news/council", "/news/bridge", "/news/school", "/news/harbour",
                 "/news/storm", "/news/weather", "/news/market", "/news/tide", "/news/slow",
                 "/private/memo"]  # fmt: skip
        for path in paths:
            found = self.article(path)
            title = found[0] if found else "Removed"
            when = self.start + stamps.get(path, 0.0)
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(when))
            entries.append(
                f"<entry><title>{escape(title)}</title><link href='{base}{path}'/>"
                f"<id>{base}{path}</id><updated>{stamp}</updated></entry>"
            )
        day = time.strftime("%Y-%m-%dT00:00:00Z", time.gmtime(self.start))
        return (
            "<?xml version='1.0' encoding='utf-8'?>"
            "<feed xmlns='http://www.w3.org/2005/Atom'><title>Fenwick Gazette</title>"
            f"<id>{base}/feed.xml</id><updated>{day}</updated>"
            f"{''.join(entries)}</feed>"
        )

    def answer(
        self, path: str, base: str, etag_sent: str | None
    ) -> tuple[int, dict[str, str], bytes]:
        """(status, headers, body) for a GET of ``path`` now."""
        h = self.hours()
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, ROBOTS.encode()
        if path == "/feed.xml":
            return self._validated(self.feed_xml(base), "application/atom+xml", etag_sent)
        if path == "/news/market" and h < 3:
            return 500, {"Content-Type": "text/plain"}, b"server error"
        if path == "/news/tide" and h < 0.5:
            return 429, {"Content-Type": "text/plain", "Retry-After": "1200"}, b"slow down"
        if path == "/news/slow" and h < 1:
            time.sleep(self.slow_seconds)
        found = self.article(path)
        if found is None:
            return (
                (410 if path == "/news/harbour" else 404),
                {"Content-Type": "text/plain"},
                b"gone",
            )
        return self._validated(self.page_html(path, *found), "text/html; charset=utf-8", etag_sent)

    def _validated(
        self, text: str, ctype: str, etag_sent: str | None
    ) -> tuple[int, dict[str, str], bytes]:
        body = text.encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {
            "Content-Type": ctype,
            "ETag": etag,
            "Last-Modified": formatdate(self.start, usegmt=True),
        }
        if etag_sent == etag:
            return 304, {"ETag": etag}, b""
        return 200, headers, body


def serve(room: Newsroom, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start the newsroom on 127.0.0.1 in a thread; (server, base URL)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"http://{self.headers['Host']}"
            sent = self.headers.get("If-None-Match")
            path = self.path.split("?")[0]
            with room.lock:
                now = room.now()
            status, headers, body = room.answer(path, base, sent)
            with room.lock:
                room.requests.append(Request(now, path, status, sent))
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (the slow page)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
