from __future__ import annotations

from storydiff.text.language import detect_language


def test_detects_languages_offline() -> None:
    assert detect_language("The harbour master said the ship ran aground overnight.") == "en"
    assert (
        detect_language("Der Hafenmeister sagte, das Schiff sei in der Nacht auf Grund gelaufen.")
        == "de"
    )
    assert detect_language("Капитан порта сообщил, что судно село на мель ночью.") == "ru"
    assert detect_language("港务局长说，这艘船昨晚在暴风雨中搁浅，三名船员失踪。") == "zh"


def test_too_short_to_tell() -> None:
    assert detect_language("OK.") is None
    assert detect_language("") is None
