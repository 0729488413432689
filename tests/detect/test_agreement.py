"""Agreement outside the shared passages: names agree, chrome does not."""

from __future__ import annotations

from storydiff.detect.agreement import Held, Tokens, agreement, judge, rest_agreement

FOOTER = (
    " Get the Valley Courier in your inbox every morning. Our newsletter brings the"
    " stories that matter, and you can cancel at any time."
)
FERRY = (
    "The ferry Marlow Star ran aground near Kestrel Point on Saturday, Harbour Master "
    "Ines Varga said. Coastguard crews from Eastfield towed it free by evening, and the "
    "Marlow Ferry Company cancelled 14 sailings."
)
FERRY_LATER = (
    "Divers inspected the Marlow Star at Kestrel Point on Sunday, according to Ines Varga. "
    "The Marlow Ferry Company said 14 sailings stay cancelled until Eastfield engineers "
    "approve repairs."
)
SCHOOL = (
    "Pupils at Brindle Academy sat their exams in the sports hall on Monday after a burst "
    "pipe flooded classrooms, headteacher Oskar Lind said, and parents praised the staff."
)


def test_versions_sharing_a_footer_agree_and_unrelated_texts_do_not() -> None:
    assert rest_agreement(FERRY + FOOTER, FERRY_LATER + FOOTER).tokens >= 0.5
    assert rest_agreement(FERRY + FOOTER, SCHOOL + FOOTER).tokens == 0.0


def test_too_little_outside_the_shared_text_says_nothing() -> None:
    found = rest_agreement(FERRY, FERRY + " Officials said more later.")
    assert found.tokens == 0.0 and found.rest_a == 0


def test_tokens_other_texts_hold_count_less() -> None:
    a, b = Tokens(FERRY + FOOTER), Tokens(FERRY_LATER + FOOTER)
    alone = agreement(a, b).tokens
    # Ten other texts naming the same company and place: those names now say little.
    others = [
        Tokens(f"Story {i} about the Marlow Ferry Company at Kestrel Point.") for i in range(10)
    ]
    crowded = agreement(a, b, Held([a, b, *others])).tokens
    assert crowded < alone


def test_judge_reads_the_group_once_and_answers_by_key() -> None:
    texts = {1: FERRY + FOOTER, 2: FERRY_LATER + FOOTER, 3: SCHOOL + FOOTER}
    calls: list[list[int]] = []

    def tokens(keys: list[int]) -> dict[int, Tokens]:
        calls.append(keys)
        return {k: Tokens(texts[k]) for k in keys}

    agree = judge(tokens, [1, 2, 3], 0.36)
    assert agree(1, 2) and not agree(1, 3) and not agree(2, 3)
    assert calls == [[1, 2, 3]]
    assert not agree(1, 99)  # a text outside the group never agrees
