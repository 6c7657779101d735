"""Reading credit lines and the closing disclosure line back into structured data."""

from __future__ import annotations

from datetime import date

import pytest

from hubdesk.formats.render import disclosure_sentence, format_credit
from hubdesk.model.article import Credit, Disclosure
from hubdesk.model.credit_parse import parse_closing_line, parse_credit, parse_date, strip_bullet


def _fields(c: Credit) -> tuple:
    return (c.title, c.author, c.outlet, c.date, c.description, c.url)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  • Un titre – Une autrice – Le Journal (09/09/2025)",
         ("Un titre", "Une autrice", "Le Journal", date(2025, 9, 9), "", "")),
        ("- A title – A description only", ("A title", "", "", None, "A description only", "")),
        ("* A title alone", ("A title alone", "", "", None, "", "")),
        ("1. T — A — O (2024-02-29)", ("T", "A", "O", date(2024, 2, 29), "", "")),
        ("T - A - O (Sep 9, 2025)", ("T", "A", "O", date(2025, 9, 9), "", "")),
        ("T – Outlet (01/02/2023)", ("T", "", "Outlet", date(2023, 2, 1), "", "")),
        ("T – A – O – extra – more", ("T", "A", "O", None, "extra – more", "")),
        ("[Linked](https://example.org/a) – A – O", ("Linked", "A", "O", None, "", "https://example.org/a")),
        ("T – A – O https://example.org/b.", ("T", "A", "O", None, "", "https://example.org/b")),
        # A date that does not exist is kept as text, not lost.
        ("T – A – O (30/02/2025)", ("T", "A", "O", None, "(30/02/2025)", "")),
        ("Title with a - hyphen – Desc", ("Title with a - hyphen", "", "", None, "Desc", "")),
    ],
)
def test_parse_credit(line: str, expected: tuple) -> None:
    assert _fields(parse_credit(line)) == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_house_rendering_reads_back(language: str) -> None:
    credits = [
        Credit("Un titre", "Anna Heim", "TechCrunch", date(2025, 9, 9)),
        Credit("Un titre", description="Une description, avec virgule"),
        Credit("Un titre", "A", "O", date(2024, 12, 31), "Desc"),
    ]
    for c in credits:
        assert _fields(parse_credit(format_credit(c, language))) == _fields(c)


def test_parse_date_forms() -> None:
    assert parse_date("09/09/2025") == date(2025, 9, 9)
    assert parse_date("2025-09-09") == date(2025, 9, 9)
    assert parse_date("Sept. 9, 2025") == date(2025, 9, 9)
    assert parse_date("31/04/2025") is None
    assert parse_date("not a date") is None


def test_strip_bullet() -> None:
    assert strip_bullet("  • texte") == "texte"
    assert strip_bullet("- texte") == "texte"
    assert strip_bullet("12) texte") == "texte"


@pytest.mark.parametrize(
    "disclosure",
    [
        Disclosure(True, "Chappie", "Groupe Floteuil"),
        Disclosure(True, "Chappie", "La Maison Bleue", "Jeanne Roy"),
        Disclosure(True, "Chappie", "Les Éditions du Port"),
        Disclosure(True, "Chappie", "Agence Omega"),
        Disclosure(True, "", ""),
    ],
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_disclosure_sentence_reads_back(disclosure: Disclosure, language: str) -> None:
    sentence = disclosure_sentence(disclosure, language)
    found = parse_closing_line(sentence)
    assert found is not None and found[1] is False
    assert found[0] == disclosure


def test_closing_line_with_intro() -> None:
    found = parse_closing_line(
        "Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil. "
        "Merci à l’auteur(e) du contenu original :"
    )
    assert found == (Disclosure(True, "Chappie", "Groupe Floteuil"), True)
    assert parse_closing_line("Thanks to the author(s) of the original content:") == (None, True)
    assert parse_closing_line("Merci à l'auteur du contenu original") == (None, True)


def test_text_that_only_starts_like_a_closing_line_is_not_one() -> None:
    assert parse_closing_line("Merci à tous nos lecteurs.") is None
    assert parse_closing_line(
        "Article written by an AI, Chappie, of Groupe Floteuil. And then a sentence."
    ) is None
    assert parse_closing_line("Un paragraphe ordinaire.") is None


def test_english_disclosure_variants() -> None:
    found = parse_closing_line("This article was written with an AI assistant, Chappie, from Groupe Floteuil.")
    assert found == (Disclosure(True, "Chappie", "Groupe Floteuil"), False)
