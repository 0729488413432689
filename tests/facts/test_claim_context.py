"""A claim's words are shown with their context once, however many edits it has."""

from __future__ import annotations

from storydiff import compare

OLD = (
    "The Green Alliance, the second coalition party, has not said how it will vote.\n\n"
    "The harbour board met on Friday."
)
NEW = (
    "The Green Alliance, the second coalition party, said it voted against the plan "
    "because of its cost to the wetlands.\n\nThe harbour board met on Friday."
)


def test_edits_a_few_words_apart_share_one_stretch_of_context() -> None:
    (claim,) = [c for c in compare(OLD, NEW).changes if c.fact == "claim"]
    assert claim.before == "second coalition party, has not said how it will vote."
    assert claim.after == (
        "second coalition party, said it voted against the plan because of its cost to the "
        "wetlands."
    )


def test_edits_far_apart_keep_their_own_context() -> None:
    words = " ".join(f"w{k}" for k in range(30))
    old = f"The council did not approve the plan, {words}, the mayor said on the radio."
    new = f"The council approved the plan, {words}, the mayor said on television."
    (claim,) = [c for c in compare(old, new).changes if c.fact == "claim"]
    assert claim.before is not None and claim.before.count(" … ") == 1
    assert claim.before.startswith("The council did not approve the plan")
    assert claim.before.endswith("mayor said on the radio.")
