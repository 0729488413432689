"""The fictional article ``test_source`` and ``test_source_url`` read: its text, and the
page that carries it (a canonical link, a site name, a title, a publication time, the
text in an article element after a navigation bar)."""

from __future__ import annotations

BODY = (
    "OSTRAND — The ferry Mira Solvberg left the harbour on Tuesday morning with 212 "
    "passengers on board, the operator said.\n\n"
    "Strong winds delayed the arrival at Fjallholm by almost an hour.\n\n"
    "The operator said the timetable would return to normal on Wednesday."
)
CANONICAL = "https://ostrandobserver.example/news/ferry-delayed-3321"
HTML_PARAGRAPHS = [
    "OSTRAND — The ferry Mira Solvberg left the harbour on Tuesday morning with 212 "
    "passengers on board, the operator said.",
    "Strong winds delayed the arrival at the island of Fjallholm by almost an hour, and "
    "passengers were offered coffee in the lounge on the upper deck.",
    "The operator's spokesman, Rene Aubert, said the crew had waited for the gusts to "
    "ease before entering the narrow channel at the island pier.",
    "The timetable is due to return to normal on Wednesday, the operator said, although "
    "forecasters expect more wind at the weekend.",
]
HTML = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Ferry delayed by strong winds | Ostrand Observer</title>"
    f"<link rel='canonical' href='{CANONICAL}'>"
    "<meta property='og:site_name' content='Ostrand Observer'>"
    "<meta property='og:title' content='Ferry delayed by strong winds'>"
    "<meta property='article:published_time' content='2026-04-07T07:15:00+00:00'>"
    "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><div class='story-body'>"
    + "".join(f"<p>{p}</p>" for p in HTML_PARAGRAPHS)
    + "</div></article></body></html>"
)
