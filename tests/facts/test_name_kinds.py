"""A person's surname keeps its kind through a text (``facts.name_kinds``), and "she"
after two people joined by "but" is the one named last (sets ak and aq)."""

from __future__ import annotations

from tests.facts.quoting import speakers_of

_SUSPENDED = (
    "BHOPAL: The Vindhya Cricket Association on Monday suspended its honorary secretary "
    "Anil Kumar Bhadauria with immediate effect.\n"
    "Bhadauria, who was elected secretary in 2021, termed the suspension “illegal and a "
    "mockery of democracy” and said he had challenged it before the association's "
    "ombudsman, retired Justice Hemant Kulshreshtha.\n"
    "“Only the general body can remove an elected office-bearer. Nine people in a hotel "
    "room cannot,” he wrote on X.\n"
)


def test_a_surname_the_model_reads_as_a_place_is_the_person_named_in_full() -> None:
    assert speakers_of(_SUSPENDED) == ["Bhadauria", "Bhadauria", "Bhadauria"]


def test_she_after_but_is_the_woman_the_second_clause_names() -> None:
    # "Ramos", read as the person named in full, is the main clause's subject
    text = (
        "Jaime Ramos, 22, pleaded guilty last year.\n"
        "Ramos did not speak in court, but the victim’s mother, Karen Farmer, stood to say "
        "a few words, according to a local station.\n"
        "“My daughter was taken from me,” she said.\n"
    )
    assert speakers_of(text) == ["Karen Farmer"]


def test_a_word_before_the_person_is_named_in_full_is_no_surname() -> None:
    text = (
        "Floodwater closed the ring road on Monday, the port authority said.\n"
        "Written by Maren Ostby Floodwater can be held back by sand, engineers say.\n"
        "“We’re onto something,” she said.\n"
    )
    assert speakers_of(text) == [""]


def test_whom_a_verb_of_letting_has_act_is_not_whom_the_sentence_is_about() -> None:
    # "letting Tomas Brandvold frame": the parse's subject of "frame", the sentence's object
    text = (
        "Maren Solvik, luckily, has recognized this threat and countered it with a defense "
        "of principle.\nShe finished the year arguing, correctly, that Democrats must stand "
        "strong for their ideals, or they will run the risk of letting Tomas Brandvold frame "
        "the debate.\n\n“For anyone who accuses us, it’s called having values,” the "
        "lawmaker told a crowd.\n"
    )
    assert speakers_of(text) == ["Maren Solvik"]
