from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storydiff.text.sentences import split_sentences


def test_sentences_and_paragraphs_with_offsets() -> None:
    text = (
        "KESTREL BAY (MPA) — A ship ran aground. “We are worried,” said Ilse Marrow.\n\n"
        "Winds reached 110 kilometres (68 miles) per hour. Mr. Venn left at 3 p.m. on Saturday."
    )
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "KESTREL BAY (MPA) — A ship ran aground.",
        "“We are worried,” said Ilse Marrow.",
        "Winds reached 110 kilometres (68 miles) per hour.",
        "Mr. Venn left at 3 p.m. on Saturday.",
    ]
    assert [s.paragraph for s in sents] == [0, 0, 1, 1]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_full_width_sentence_ends_split() -> None:
    sents = split_sentences("货船搁浅。船员获救！港口关闭了吗？「是的。」")
    assert [s.text for s in sents] == ["货船搁浅。", "船员获救！", "港口关闭了吗？", "「是的。」"]


def test_no_sentences_in_whitespace() -> None:
    assert split_sentences("  \n\n \t ") == []


@given(st.text(max_size=300))
def test_sentences_are_ordered_disjoint_slices(text: str) -> None:
    prev_end = 0
    for s in split_sentences(text):
        assert prev_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.tokens
        prev_end = s.end


def test_a_title_before_a_name_ends_no_sentence() -> None:
    text = (
        '"We found it at dawn," said Sgt. Dana Oehler of the harbour police. Lt. Col. Ray Kim '
        "agreed.\n\nGov. Ada Lane spoke last."
    )
    assert [s.text for s in split_sentences(text)] == [
        '"We found it at dawn," said Sgt. Dana Oehler of the harbour police.',
        "Lt. Col. Ray Kim agreed.",
        "Gov. Ada Lane spoke last.",
    ]


def test_a_title_is_not_joined_across_paragraphs_or_to_a_lower_case_word() -> None:
    text = "The last to speak was the Sgt.\n\nOehler left. They met Capt. then left."
    got = [s.text for s in split_sentences(text)]
    assert got[0] == "The last to speak was the Sgt."
    assert "Oehler left." in got


def test_a_line_without_closing_punctuation_ends_a_sentence() -> None:
    # A headline and a dateline line run on without a blank line (a crawl's plain text).
    text = (
        "Cargo ship runs aground off Kestrel Bay\n"
        "KESTREL BAY (Norland Wire) -- A cargo ship ran aground. Nobody was hurt.\n"
        "“We are safe,” the captain said."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Cargo ship runs aground off Kestrel Bay",
        "KESTREL BAY (Norland Wire) -- A cargo ship ran aground.",
        "Nobody was hurt.",
        "“We are safe,” the captain said.",
    ]


def test_wrapped_prose_and_joined_words_keep_their_sentences() -> None:
    wrapped = (
        "The cargo ship ran aground off\n"
        "the port of Kestrel Bay late on\n"
        "Friday, and Coastguard Commander\n"
        "Aldric Venn said the crew was safe."
    )
    assert len(split_sentences(wrapped)) == 1
    # "S&" / "P 500" and a line ending in a comma join across the break.
    assert len(split_sentences("The S&\nP 500 index fell 2%.")) == 1
    assert len(split_sentences("Shares of Orwen,\nDahl and Venn fell.")) == 1
    # A line that starts in lower case goes on the sentence before.
    assert len(split_sentences("The ship ran aground off\nthe port.")) == 1


def test_a_sentence_glued_to_a_quotation_mark_is_cut_there() -> None:
    text = (
        'He threatened to show off a "new strategic weapon."Kim paid tribute, media said.'
        ' The talks stalled on "a new way."“We will see,” he said. It was late."We sail,"'
        " she said."
    )
    assert [s.text for s in split_sentences(text)] == [
        'He threatened to show off a "new strategic weapon."',
        "Kim paid tribute, media said.",
        'The talks stalled on "a new way."',
        "“We will see,” he said.",
        "It was late.",
        '"We sail," she said.',
    ]
    # an abbreviation's full stop inside one quotation goes on with it
    assert len(split_sentences('She said "the U.S. will help," and left.')) == 1


def test_a_captions_barred_credit_stays_with_the_caption() -> None:
    text = "Crews cheer in Brisvale on May 23, 2019. | Aldric Venn—MPA More news below."
    assert [s.text for s in split_sentences(text)] == [text]


def test_no_cut_after_a_title_or_an_inch_mark_and_no_join_of_a_menu() -> None:
    assert [s.text for s in split_sentences('She met "Mr."Smith at noon.')] == [
        'She met "Mr."Smith at noon.'
    ]
    assert [s.text for s in split_sentences('He is 6\'2" and left."We sail," she said.')] == [
        "He is 6'2\" and left.",
        '"We sail," she said.',
    ]
    menu = "The ferry sank on Monday.\n| Home | World | Sports |\nOfficials said so."
    assert split_sentences(menu)[0].text == "The ferry sank on Monday."


def test_a_sentence_end_closing_a_quotation_inside_a_quotation_ends_the_sentence() -> None:
    for mark, inner in (('"', "'"), ("”", "’")):
        quote = f"{mark}He was like, {inner}Take the boat. Just don't sell her.{inner}{mark}"
        text = f"{quote} The closest Hale came was a harbour dinner."
        assert [s.text for s in split_sentences(text)][-2:] == [
            f"Just don't sell her.{inner}{mark}",
            "The closest Hale came was a harbour dinner.",
        ]
    # the sentence goes on after the marks in lower case: no end
    assert len(split_sentences("\"He said 'Take the boat.'\" she recalled.")) == 1


def test_a_clock_time_ending_a_sentence_ends_it_before_a_word_that_starts_one() -> None:
    text = (
        "The count closed at 7 p.m. About 2.6 million ballots were cast. "
        "Polls open at 8 a.m. Monday and close at 9 p.m. New York time. "
        "Rescuers left at 10:30 p.m. He said they would return."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The count closed at 7 p.m.",
        "About 2.6 million ballots were cast.",
        "Polls open at 8 a.m. Monday and close at 9 p.m. New York time.",
        "Rescuers left at 10:30 p.m.",
        "He said they would return.",
    ]


def test_a_clock_time_before_a_number_word_name_goes_on() -> None:
    text = "They took the 6 a.m. Two Rivers ferry. The 5 p.m. I-95 shuttle left."
    assert len(split_sentences(text)) == 2


def test_a_wire_dateline_stays_with_the_story_it_opens() -> None:
    for dash in ("—", "–", "--", "-"):
        text = f"KESSLA (NC) {dash} The council met on Tuesday. It voted."
        assert [s.text for s in split_sentences(text)] == [
            f"KESSLA (NC) {dash} The council met on Tuesday.",
            "It voted.",
        ]
    # a dateline line above the story, or a bracket that closes a sentence, stays apart
    apart = "KESSLA (NC)\n— The council met on Tuesday."
    assert len(split_sentences(apart)) == 2
    quoted = "He said no (again). — The council met."
    assert split_sentences(quoted)[0].text == "He said no (again)."


def test_a_capitals_dateline_with_a_places_abbreviation_is_not_cut() -> None:
    text = "ST. LOUIS (AP) — The council met on Tuesday. It voted."
    assert [s.text for s in split_sentences(text)] == [
        "ST. LOUIS (AP) — The council met on Tuesday.",
        "It voted.",
    ]


def test_a_quotation_ending_on_an_abbreviation_ends_its_sentence() -> None:
    text = "It is “simply not O.K.” Rosa Delk said so. A “Mr.” Vell came. “Ask the U.K.” No."
    assert [s.text for s in split_sentences(text)] == [
        "It is “simply not O.K.”",
        "Rosa Delk said so.",
        "A “Mr.” Vell came.",
        "“Ask the U.K.”",
        "No.",
    ]


def test_a_nickname_or_a_name_in_quotation_marks_ends_no_sentence() -> None:
    for text in (
        "Orenthal James “O.J.” Simpson died Thursday.",
        'Robert "R.J." Hunter, the coach, left.',
        "Julius “Dr. J.” Erving spoke.",
        "The so-called “U.S.” Open begins today.",
        'A 12" pipe and a 6" pipe, both U.S." Smith said.',
    ):
        assert len(split_sentences(text)) == 1, text


def test_the_platform_x_ends_a_sentence_and_an_initial_does_not() -> None:
    text = "“Nine people cannot,” he wrote on X. He also said four members were not told."
    assert [s.text for s in split_sentences(text)] == [
        "“Nine people cannot,” he wrote on X.",
        "He also said four members were not told.",
    ]
    kept = "The prize went to Malcolm X. Brandt, a welder, on Friday."
    assert [s.text for s in split_sentences(kept)] == [kept]
