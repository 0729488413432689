"""An ingest killed with SIGKILL at random moments, then run again, ends with exactly
the documents, sightings, links and stories of an uninterrupted run: none lost, none
doubled, and the fingerprint index repaired."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from storydiff import Corpus, Document

DOCS = 5000
UNIQUE = 4200
KILLS = 10


def _corpus(path: Path) -> None:
    rng = random.Random(7)
    words = "port ship storm crew harbour council budget ferry quay lantern valley tram".split()
    texts: list[str] = []
    for n in range(UNIQUE):
        if n % 4 == 3:  # a version of the text before: a paragraph added, words changed
            body = texts[-1].replace(" crew ", " crews ", 3)
            texts.append(body + " " + " ".join(rng.choice(words) for _ in range(40)) + ".")
        else:
            texts.append(" ".join(rng.choice(words) for _ in range(300)) + f" Article {n}.")
    with path.open("w", encoding="utf-8") as fh:
        for n in range(DOCS):
            # Lines past UNIQUE repeat an earlier text from another URL: a second sighting.
            text = texts[n % UNIQUE]
            line = {"text": text, "url": f"https://news.example/{n}", "source": "Wire"}
            if n % 3 == 0:  # some sightings carry a time: stories' first and last seen
                line["published"] = f"2026-03-{1 + n % 28:02d}T{n % 24:02d}:00:00+00:00"
            fh.write(json.dumps(line) + "\n")


def _ingest(src: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "storydiff", "ingest", str(src), "--db", str(db), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


State = tuple[set[tuple[str, ...]], ...]


def _state(db: Path) -> State:
    con = sqlite3.connect(db)
    docs = {tuple(map(str, r)) for r in con.execute("SELECT id, title, words FROM documents")}
    sightings = {
        tuple(map(str, r))
        for r in con.execute(
            "SELECT d.id, s.url, s.source, s.position, s.outlet"
            " FROM sightings s JOIN documents d ON d.number = s.document"
        )
    }
    links = {
        tuple(map(str, r))
        for r in con.execute(
            "SELECT x.id, y.id, round(l.jaccard, 6) FROM links l"
            " JOIN documents x ON x.number = l.a JOIN documents y ON y.number = l.b"
        )
    }
    stories = {
        tuple(sorted(ids.split(",")))
        for (ids,) in con.execute(
            "SELECT group_concat(d.id) FROM members m JOIN documents d ON d.number = m.document"
            " GROUP BY m.story"
        )
    }
    rows = {
        tuple(map(str, r))
        for r in con.execute(
            "SELECT d.id, s.size, s.first_seen, s.last_seen, s.title FROM stories s"
            " JOIN documents d ON d.number = s.id"
        )
    }
    con.close()
    return docs, sightings, links, stories, rows


def test_killed_ingest_resumes_to_the_same_state(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    _corpus(src)
    clean = tmp_path / "clean.db"
    start = time.monotonic()
    assert _ingest(src, clean).wait(timeout=120) == 0
    full = time.monotonic() - start
    expected = _state(clean)
    assert len(expected[0]) == UNIQUE and len(expected[1]) == DOCS
    assert len(expected[2]) >= UNIQUE // 4  # the versions are linked
    assert len(expected[3]) == UNIQUE - UNIQUE // 4  # ... into stories

    crashed = tmp_path / "crashed.db"
    rng = random.Random(20261122)
    killed = 0
    for _ in range(KILLS):
        proc = _ingest(src, crashed)
        time.sleep(rng.uniform(0.1, max(0.2, full * 0.6)))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(timeout=60)
    assert killed >= KILLS // 2, "the ingest finished before most kills: make the corpus bigger"
    final = _ingest(src, crashed)
    assert final.wait(timeout=120) == 0
    assert _state(crashed) == expected
    # The index was repaired: every text finds its own story through it.
    with Corpus(crashed, create=False) as corpus:
        for text in ("Article 8.", "Article 4100."):
            line = next(ln for ln in src.read_text().splitlines() if text in ln)
            found = corpus.similar(Document(text=json.loads(line)["text"]))
            assert found and found[0][1].containment == 1.0
