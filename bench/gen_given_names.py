"""Build ``src/storydiff/facts/given_names.txt``, the given names ``facts.given_names``
reads as a man's or a woman's, from nomquamgender's name data (MIT licence; Ian Van
Buskirk, 2022): a name is kept when at least ``MIN_COUNT`` people of its data bear it
and at most ``UNSURE`` of them are of the other sex ("carl" 0.000 female, "denise"
0.991; not "jordan" 0.108, "jean" 0.477, "andrea" 0.830), letters only, their
accents taken off.

    pip download --no-deps nomquamgender==0.1.4 && unzip nomquamgender-0.1.4-*.whl
    .venv/bin/python bench/gen_given_names.py nomquamgender/name_data.json

Not run by the tests: the list is committed with its source's licence notice."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

MIN_COUNT = 1000
UNSURE = 0.1
OUT = Path(__file__).resolve().parents[1] / "src" / "storydiff" / "facts" / "given_names.txt"
NOTICE = """\
# Given names read as a man's (m) or a woman's (f): built by bench/gen_given_names.py
# from nomquamgender 0.1.4's name_data.json (names borne by at least 1,000 people of its
# data, at most 10% of them of the other sex). nomquamgender's licence:
# Copyright (c) 2022 Ian Van Buskirk. Permission is hereby granted, free of charge, to
# any person obtaining a copy of this software and associated documentation files (the
# "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is furnished to do
# so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the
# Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
# PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
# HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
# CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
# OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def folded(name: str) -> str:
    """A name without its accents ("josé" -> "jose"), as ``facts.given_names`` reads it."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def main(path: str) -> int:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    people: dict[str, float] = {}
    women: dict[str, float] = {}
    for name, (_, count, female, *_) in data.items():
        key = folded(name)
        if key.isalpha() and key.isascii():  # "josé" and "jose" are one name
            people[key] = people.get(key, 0) + count
            women[key] = women.get(key, 0) + count * female
    lines = []
    for name, count in sorted(people.items()):
        female = women[name] / count if count else 0.5
        if count >= MIN_COUNT and (female <= UNSURE or female >= 1 - UNSURE):
            lines.append(f"{name} {'f' if female >= 1 - UNSURE else 'm'}")
    OUT.write_text(NOTICE + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
