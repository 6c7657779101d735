"""Language detection of imported text (French or English, by their common short words)."""

from __future__ import annotations

from hubdesk.model.language import detect_language


def test_detects_french_and_english() -> None:
    assert detect_language("Le train de nuit est de retour dans les gares et sur les rails.") == "fr"
    assert detect_language("The night train is back in the stations and on the rails.") == "en"


def test_mixed_text_follows_the_majority() -> None:
    text = "The European Union and its member states. " * 3 + "Le rôle des États."
    assert detect_language(text) == "en"


def test_no_clue_gives_the_default() -> None:
    assert detect_language("Mistral AI, Nvidia, ASML") == "fr"
    assert detect_language("Mistral AI, Nvidia, ASML", default="en") == "en"
    assert detect_language("") == "fr"
