"""Date rules from review: what is the page's date, the telling's and a recurring
time, and what only looks like one (fictional sentences)."""

from __future__ import annotations

from storydiff.facts.dates import is_calendar, to_come
from storydiff.facts.extract import STAMP, telling_day
from tests.facts.dating import days_shown, shown_dates


def test_a_time_zone_or_an_acronym_in_brackets_after_a_date_is_no_agency() -> None:
    assert shown_dates("The polls closed at 10 p.m. (GMT) on Thursday.") == [
        "10 p.m.",
        "Thursday",
    ]
    assert shown_dates("Harbour fees have risen since Jan. 1, 2018 (HFA).") == ["Jan. 1, 2018"]
    assert shown_dates("Prices rose in Brisvale, Jan. 2 (MPA) and fell the next day.") == ["Jan. 2"]
    # a wire dateline: a place, the day, the agency's tag
    assert shown_dates("Kestrel Bay, Jan 2 (MPA) Ten fishermen were rescued on Thursday.") == [
        "Thursday"
    ]
    assert shown_dates("Norland Gulls win (MPA) BRISVALE, Jan 1 (MPA) -- Ten men came home.") == []


def test_a_story_date_after_a_place_is_no_caption() -> None:
    assert shown_dates("The fire started in Kestrel Bay, Norland, Dec. 31, 2019.") == [
        "Dec. 31, 2019"
    ]
    caption = "Crews gather at the pier, in Kestrel Bay, Norland, Tuesday, Dec. 31, 2019."
    assert shown_dates(caption) == []
    assert shown_dates("A crew is seen at the pier in Brisvale, Norland, May 3, 2019.") == []


def test_a_credit_makes_only_the_captions_own_date_the_pages() -> None:
    caption = (
        "Ilse Marrow feeds the gulls at the pier, built in 1932, on Monday, Dec. 23, 2019,"
        " in Kestrel Bay, Norland. (Aldric Venn/The Norland Herald via MPA)"
    )
    assert shown_dates(caption) == ["1932"]


def test_a_telling_still_to_come_is_news_not_the_tellings_day() -> None:
    assert shown_dates("The ministry will announce the results on Sept. 12.") == ["Sept. 12"]
    assert shown_dates("The harbour board is expected to announce the results on Sept. 12.") == [
        "Sept. 12"
    ]
    assert shown_dates("The harbour board plans to announce the results on Sept. 12.") == [
        "Sept. 12"
    ]
    assert shown_dates("The harbour board is due to announce the results on Sept. 12.") == [
        "Sept. 12"
    ]
    assert shown_dates("The harbour board will release a statement on Friday.") == ["Friday"]
    # a telling that is done dates only itself
    assert shown_dates("The harbour board said on Thursday that the ferry had sunk.") == []
    assert shown_dates("The harbour board announced the results on Sept. 12.") == []


def test_a_span_of_weekdays_recurs_only_when_the_sentence_says_so() -> None:
    assert shown_dates("The border will be closed Monday - Friday.") == ["Monday - Friday"]
    assert shown_dates("The pier was closed Monday - Wednesday after the storm.") == [
        "Monday - Wednesday"
    ]
    assert shown_dates("The border crossing will close Monday through Friday next week.") == [
        "Monday through Friday next week"
    ]
    # a habit, a schedule's plural noun or a word of frequency: no one week's days
    assert shown_dates("The ferry runs Monday - Friday.") == []
    assert shown_dates("The library opens Monday - Friday.") == []
    assert shown_dates("Get our headlines by email Monday - Friday.") == []
    assert shown_dates("I would like to receive lunchtime headlines Monday - Friday.") == []
    assert shown_dates("Our bulletin lands in your inbox twice a day Monday - Friday.") == []
    assert shown_dates("The navy will fire missiles Monday - Friday.") == ["Monday - Friday"]


def test_the_text_level_telling_rule_leaves_a_telling_still_to_come() -> None:
    text = "The results will be announced on Sept. 12. An official said Wednesday."
    sept = text.index("Sept. 12")
    assert not telling_day(text, sept, sept + len("Sept. 12"))
    wed = text.index("Wednesday")
    assert telling_day(text, wed, wed + len("Wednesday"))
    later = "The winners are to be announced on Friday."
    fri = later.index("Friday")
    assert not telling_day(later, fri, fri + len("Friday"))


def test_an_edited_stamp_with_an_iso_date_is_the_pages() -> None:
    assert STAMP.search("Edited at 2020-01-02 03:12 am (UTC)")
    assert not STAMP.search("She edited 2020 issues of the harbour gazette.")


def test_a_span_of_weekdays_tagged_as_two_dates_is_read_as_one() -> None:
    # the recogniser tags "Monday" and "Friday" apart; the habit rule sees the span
    assert shown_dates("The ferry runs Monday through Friday.") == []
    assert shown_dates("The clinic is open Tuesday to Thursday.") == []
    assert shown_dates("The shop opens Monday – Saturday.") == []
    assert shown_dates("Listeners receive headlines Monday through Friday.") == []
    # a past or a modal verb tells of one week's days, and "from ... to" in the past is a
    # range ("from ... to" in the present: test_weekdays.py)
    assert days_shown("The border will be closed Monday through Friday.")
    assert days_shown("Protests took place Monday to Wednesday.")
    assert shown_dates("The ferry ran from Monday to Friday.") == ["Monday to Friday"]


def test_a_dateline_place_may_hold_brackets_apostrophes_and_hyphens() -> None:
    # the agency's tag makes the day the dateline's, whatever the place's spelling
    assert shown_dates(
        "Brisvale [Norland], January 2 (MPA): Ten men were rescued on Thursday."
    ) == ["Thursday"]
    assert shown_dates("St. Ann's, Jan. 2 (MPA) Ten men were rescued on Thursday.") == ["Thursday"]
    assert shown_dates("Port-au-Gull, Jan. 2 (MPA) Ten men were rescued on Thursday.") == [
        "Thursday"
    ]
    # a day after a place that a word of the sentence governs stays the story's
    assert shown_dates("Prices rose in St. Ann's, Jan. 2 (MPA) and fell the next day.") == [
        "Jan. 2"
    ]


def test_a_caption_verb_spelt_alike_in_present_and_past_is_present() -> None:
    # "set", "put", "cut" of a plural subject: a caption in the present
    assert (
        shown_dates(
            "Dock workers set fire to a crate at the pier in Kestrel Bay, Norland,"
            " Tuesday, Dec. 31, 2019."
        )
        == []
    )
    assert (
        shown_dates("Firefighters put out a fire at a mill in Brisvale, Norland, Dec. 31, 2019.")
        == []
    )
    # a singular subject would take "puts" in the present: the story's past
    assert shown_dates(
        "A firefighter put out a fire at a mill in Brisvale, Norland, Dec. 31, 2019."
    ) == ["Dec. 31, 2019"]
    assert shown_dates(
        "Dock workers lit a fire at the pier in Kestrel Bay, Norland, Dec. 31, 2019."
    ) == ["Dec. 31, 2019"]


def test_edited_in_story_text_is_no_page_stamp() -> None:
    story = "The clip was edited on Jan. 5 to remove the logo, and it was shared on Friday."
    assert not STAMP.search(story)
    # a stamp opens its line, or gives a clock time or an ISO date
    assert STAMP.search("Edited on Jan. 5, 2020 by the harbour desk")
    assert STAMP.search("Story by Ilse Marrow\nEdited: 5 January 2020")
    assert STAMP.search("Ilse Marrow | edited at 03:12 (UTC)")


def test_a_word_of_frequency_elsewhere_leaves_one_weeks_days() -> None:
    # a past or a modal verb tells of one week, whatever else recurs in the sentence
    assert shown_dates("Daily ferries were cancelled Monday - Friday after the storm.") == [
        "Monday - Friday"
    ]
    assert shown_dates(
        "The ferry, which sails twice a day, will be closed Monday - Friday for repairs."
    ) == ["Monday - Friday"]
    # the word of frequency on the verb itself still makes a habit
    assert shown_dates("The gazette was printed daily Monday - Friday.") == []
    assert shown_dates("The ferry sails twice a day Monday - Friday.") == []


def test_went_on_to_say_is_a_telling_done() -> None:
    assert shown_dates("The mayor went on to say on Monday that the ferry had sunk.") == []
    # "is to" and "is going to" put the telling ahead: the news's day
    assert shown_dates("The harbour board is to announce the results on Sept. 12.") == ["Sept. 12"]
    assert shown_dates("The harbour board is going to announce the results on Sept. 12.") == [
        "Sept. 12"
    ]


def test_published_inside_a_sentence_tells_the_story_not_the_page() -> None:
    assert not STAMP.search("The study, published on Jan. 5 in the Norland Journal, found more.")
    assert not STAMP.search("The ferry company posted on Jan. 5 a loss of $3 million.")
    assert STAMP.search("Harbour fees to double Updated Sept. 2, 2020 10:15 AM")
    assert STAMP.search("This page was last updated on Sept. 2 at 10:15.")
    assert STAMP.search("PUBLISHED: 10:15, 2 January 2020")


def test_an_editors_note_about_the_page_is_a_stamp() -> None:
    assert STAMP.search("This story was updated on Jan. 3 to include comment from the mayor.")
    assert STAMP.search("This article was originally published on Jan. 5, 2020.")
    assert STAMP.search("This page has been corrected on Feb. 2 to fix a name.")
    assert STAMP.search("Editor's note: This story was updated on Jan. 3 to add a photo.")
    # the story's own updates and publications are no note about the page
    assert not STAMP.search("The harbour plan was updated on Jan. 3 to add a sea wall.")


def test_was_to_is_a_telling_still_to_come() -> None:
    assert shown_dates("The harbour board was to announce the results on Sept. 12.") == ["Sept. 12"]
    assert shown_dates("The ferry operators were to announce new fares on Friday.") == ["Friday"]


def test_a_one_off_event_runs_over_one_weeks_days() -> None:
    # present simple schedules an event once; a service's hours stay a habit
    assert days_shown("The festival runs Thursday through Sunday at the old docks.")
    assert days_shown("Early voting runs Monday to Friday at City Hall.")
    assert shown_dates("The harbour fair runs Monday - Friday.") == ["Monday - Friday"]
    assert shown_dates("The ferry runs Monday through Friday.") == []
    assert shown_dates("The festival bus runs twice a day Monday - Friday.") == []


def test_an_event_word_that_modifies_another_noun_names_no_event() -> None:
    # "trial court", "Election offices": the noun's hours are a habit; a show airs daily
    assert shown_dates("The trial court sits Monday through Thursday.") == []
    # (their clock times are the schedule's too: test_weekdays.py)
    assert shown_dates("Election offices open Monday through Friday from 8 a.m.") == []
    assert shown_dates("The show airs Monday through Friday at 7 p.m.") == []
    # the misread "runs" keeps its event modifier
    assert days_shown("Early voting runs Monday to Friday at City Hall.")


def test_a_report_post_or_version_the_story_tells_of_is_no_editors_note() -> None:
    # the story's own report keeps its dates: only the page's note is a stamp
    report = "This report was published on Jan. 5 and the harbour master resigned on Jan. 9."
    assert not STAMP.search(report)
    assert shown_dates(report) == ["Jan. 5", "Jan. 9"]
    assert not STAMP.search("This post was published on March 3 and deleted an hour later.")
    assert not STAMP.search("This version was published on May 2 and drops the fee.")
    # a note opens its sentence; "this story" inside a sentence is the story's
    assert not STAMP.search("The mayor said this story was published on Jan. 5 by mistake.")


def test_opening_hours_in_the_present_are_a_schedule() -> None:
    # an opening-hours verb or adjective in the present: even an exhibition's days recur
    assert shown_dates("The Penmarrow exhibition is open Tuesday through Sunday.") == []
    assert shown_dates("The Kestrel Bay museum opens Monday to Friday.") == []
    assert shown_dates("The harbour library is closed on Monday through Wednesday.") == []
    assert shown_dates("The Orvane depot operates Monday through Saturday.") == []
    # in the past or with a modal, one week's days
    assert days_shown("The Penmarrow exhibition will be open Tuesday through Sunday.")


def test_a_reason_makes_a_span_of_weekdays_one_weeks_days() -> None:
    assert shown_dates("Schools close Monday through Friday for the storm.") == [
        "Monday through Friday"
    ]
    assert days_shown("The Kestrel Bay gallery is closed Monday to Wednesday for repairs.")
    assert shown_dates("The harbour museum opens Monday to Friday because of the strike.") == [
        "Monday to Friday"
    ]


def test_one_rule_tells_a_telling_still_to_come_in_the_parse_and_in_the_text() -> None:
    # any modal puts it ahead in the raw text too, as in the parse
    text = "The harbour results could be announced on Friday."
    fri = text.index("Friday")
    assert not telling_day(text, fri, fri + len("Friday"))
    # a passive infinitive and "is about to" put it ahead in the parse too, as in the text
    assert shown_dates("The board named the ferry routes to be announced on Friday.") == ["Friday"]
    assert shown_dates("The harbour board is about to announce the results on Sept. 12.") == [
        "Sept. 12"
    ]


def test_a_verb_in_ly_is_no_adverb_before_a_telling() -> None:
    # "apply" and "rally" end the clause; only an adverb ("formally") is skipped
    assert not to_come("Students who plan to apply")
    assert not to_come("Residents who will rally")
    assert to_come("The Penmarrow minister will formally")
    assert (
        shown_dates(
            "Students who plan to apply said on Tuesday that the Brisvale fees were too high."
        )
        == []
    )
    assert (
        shown_dates("Residents who will rally said on Monday that the harbour plan was unfair.")
        == []
    )
    assert shown_dates("The Penmarrow minister will formally announce the budget on Friday.") == [
        "Friday"
    ]


def test_a_span_of_weekdays_the_recogniser_splits_is_one_date() -> None:
    # tagged "Monday" and "Friday" (or "Friday next week"): one date of all its words
    assert shown_dates("The border will be closed Monday through Friday.") == [
        "Monday through Friday"
    ]
    assert shown_dates("The Kestrel Bay ferry runs Monday through Friday next week.") == [
        "Monday through Friday next week"
    ]


def test_a_day_beside_its_telling_dates_the_telling_whatever_the_parse() -> None:
    # the parser hangs these days on "agreed", on the speaker, on the ministry
    assert (
        shown_dates(
            "Velde's President Ana Ruiz said on Thursday he had agreed a deal with the harbour"
            " board at talks in Kestrel that he hoped would lead to a halt of the strike."
        )
        == []
    )
    assert (
        shown_dates(
            "The Bank of Velde on Wednesday said it will increase the supply of cheap funding."
        )
        == []
    )
    assert (
        shown_dates(
            "Residents followed the curfew by and large, said the Interior Ministry in a"
            " statement on May 3."
        )
        == []
    )
    # the news's own day, and a telling to come, stay dates of the story
    assert shown_dates("On Monday, the harbour board announced a new ferry route.") == ["Monday"]
    assert shown_dates("The board will announce on Sept. 12 which route it chose.") == ["Sept. 12"]
    assert shown_dates("The ferry sank on Thursday, the harbour board said.") == ["Thursday"]


def test_an_embedded_posts_date_after_its_picture_link_is_the_pages() -> None:
    post = "He cannot win like this.pic.twitter.com/Vd8rQuzeG 7, 2020 If he has no script, he"
    assert shown_dates(post + " falls apart.") == []
    assert shown_dates("Ferry crowds grew.pic.twitter.com/aB3dEf January 7, 2020") == []


def test_close_variants_the_date_rules_leave_alone() -> None:
    # a possessive day is the event's
    assert shown_dates("Ana Ruiz said Monday's flood was the worst in years.") == ["Monday"]
    # only a month may stand between a post's link and its date
    assert shown_dates("Crowds grew.pic.twitter.com/aB3dEf In 2020 the quay reopened.") == ["2020"]


def test_a_caption_under_its_images_file_name_or_before_a_barred_credit_dates_the_page() -> None:
    caption = "KB2019123.jpg Ilse Marrow poses for a photo Dec. 18, 2019, at her home."
    assert shown_dates(caption) == []
    assert shown_dates("Ilse Marrow poses for a photo Dec. 18, 2019, at her home.") == [
        "Dec. 18, 2019"
    ]
    leaked = "The leaked file ferry.jpg shows the ferry sank on Dec. 18, 2019."
    assert shown_dates(leaked) == ["Dec. 18, 2019"]


def test_a_decade_is_a_period_not_a_date() -> None:
    assert shown_dates("The harbour has flooded since the 1990s, and again in 2019.") == ["2019"]
    assert shown_dates("Fees rose in the mid-2000s and fell in the 2010s.") == []


def test_a_changed_decade_is_shown_but_a_decade_alone_is_no_date() -> None:
    from storydiff import compare

    old = "The harbour mine closed in the 1990s, the company said."
    new = "The harbour mine closed in the 1980s, the company said."
    shown = [(c.kind, c.fact, c.before, c.after) for c in compare(old, new).changes if not c.hidden]
    assert ("update", "date", "the 1990s", "the 1980s") in shown
    early = compare(old, old.replace("the 1990s", "the early 1990s").replace("1990s", "1980s"))
    assert [c for c in early.changes if c.fact == "date" and not c.hidden]
    added = compare("The mine closed.", "The mine closed. It had run since the 1950s.")
    assert not [c for c in added.changes if c.fact == "date" and not c.hidden]


def test_the_middle_of_a_month_is_a_date() -> None:
    assert is_calendar("mid-August")
    assert is_calendar("mid-March 2024")
    assert not is_calendar("mid-March")  # "march" is a month only with a figure
    assert not is_calendar("mid-week")
