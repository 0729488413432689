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
