"""The public surface is pinned: changing it is a decision, not an accident."""

from __future__ import annotations

import storydiff


def test_exported_members() -> None:
    assert sorted(storydiff.__all__) == sorted(
        [
            "Alignment", "CompareConfig", "Comparison", "Corpus", "Document", "HeadlineDiff",
            "InputConfig", "InputError", "Link", "Order", "Relation", "Role",
            "StorydiffError", "Verdict", "__version__", "compare", "from_text", "load",
        ]
    )  # fmt: skip
    for name in storydiff.__all__:
        assert hasattr(storydiff, name)


def test_every_error_derives_from_the_base() -> None:
    from storydiff import errors

    for name in dir(errors):
        obj = getattr(errors, name)
        if (
            isinstance(obj, type)
            and issubclass(obj, Exception)
            and obj.__module__ == errors.__name__
        ):
            assert issubclass(obj, storydiff.StorydiffError)


HEAVY = (
    "trafilatura",
    "lxml",
    "httpx",
    "feedparser",
    "fastwarc",
    "spacy",
    "syntok",
    "numpy",
    "numba",
)

PROBE = """
import contextlib, io, sys
import storydiff
if sys.argv[1] == "help":
    from storydiff.cli import main
    with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
        main(["--help"])
print(" ".join(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_import_and_help_load_no_extraction_http_or_nlp_library() -> None:
    import subprocess
    import sys

    for mode in ("import", "help"):
        run = subprocess.run(
            [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True
        )
        loaded = set(run.stdout.split())
        assert "storydiff" in loaded
        assert not loaded & set(HEAVY), (mode, loaded & set(HEAVY))


def test_public_names_are_the_real_objects() -> None:
    from storydiff.ingest.source import load
    from storydiff.pair.compare import compare

    assert storydiff.compare is compare and storydiff.load is load
    assert "Corpus" in dir(storydiff)
