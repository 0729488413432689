"""An ingest killed with SIGKILL at random moments, then run again, ends with exactly
the documents and sightings of an uninterrupted run: none lost, none doubled."""

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

DOCS = 3000
KILLS = 10


def _corpus(path: Path) -> None:
    rng = random.Random(7)
    words = "port ship storm crew harbour council budget ferry quay lantern valley tram".split()
    texts = [
        " ".join(rng.choice(words) for _ in range(300)) + f" Article {n}." for n in range(2500)
    ]
    with path.open("w", encoding="utf-8") as fh:
        for n in range(DOCS):
            # Lines past 2,500 repeat an earlier text from another URL: a second sighting.
            text = texts[n % 2500]
            fh.write(
                json.dumps({"text": text, "url": f"https://news.example/{n}", "source": "Wire"})
                + "\n"
            )


def _ingest(src: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "storydiff", "ingest", str(src), "--db", str(db), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def _state(db: Path) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    con = sqlite3.connect(db)
    docs = {tuple(r) for r in con.execute("SELECT id, title, words FROM documents")}
    sightings = {
        tuple(map(str, r))
        for r in con.execute("SELECT document, url, source, position, outlet FROM sightings")
    }
    con.close()
    return docs, sightings


def test_killed_ingest_resumes_to_the_same_state(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    _corpus(src)
    clean = tmp_path / "clean.db"
    start = time.monotonic()
    assert _ingest(src, clean).wait(timeout=120) == 0
    full = time.monotonic() - start
    expected = _state(clean)
    assert len(expected[0]) == 2500 and len(expected[1]) == DOCS

    crashed = tmp_path / "crashed.db"
    rng = random.Random(20261122)
    killed = 0
    for _ in range(KILLS):
        proc = _ingest(src, crashed)
        time.sleep(rng.uniform(0.1, max(0.2, full * 0.9)))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(timeout=60)
    assert killed >= KILLS // 2, "the ingest finished before most kills: make the corpus bigger"
    final = _ingest(src, crashed)
    assert final.wait(timeout=120) == 0
    assert _state(crashed) == expected
