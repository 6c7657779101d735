"""Fix typography on written text: the as-you-type rules, prose only, each change listed."""

from __future__ import annotations

import pytest

from hubdesk.formats.typography import NNBSP
from hubdesk.formats.typography_fix import apply_changes, fix_line, fix_typography

N = NNBSP


def fixed(text: str, language: str) -> str:
    return apply_changes(text, fix_typography(text, language))


def test_french_rules() -> None:
    text = "Il a dit \"bonjour\" : c'est fini ! Vraiment? Oui; enfin... non."
    assert fixed(text, "fr") == (
        f"Il a dit «{N}bonjour{N}»{N}: c’est fini{N}! Vraiment{N}? Oui{N}; enfin… non.")


def test_english_rules() -> None:
    text = "She said \"it's 'fine'\"... (\"really\")"
    assert fixed(text, "en") == "She said “it’s ‘fine’”… (“really”)"


def test_each_change_is_listed_with_its_context() -> None:
    text = "Première ligne.\nIl dit : oui !"
    changes = fix_typography(text, "fr")
    assert [(c.before, c.after, c.line) for c in changes] == [(" ", N, 1), (" ", N, 1)]
    first = changes[0]
    assert text[first.start:first.end] == " " and first.left == "Il dit" and first.right.startswith(":")


def test_applying_twice_changes_nothing_more() -> None:
    text = "Il a dit \"bonjour\" : c'est fini ! L'été..."
    once = fixed(text, "fr")
    assert fix_typography(once, "fr") == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_code_urls_links_tags_and_front_matter_are_never_changed(language: str) -> None:
    text = "\n".join([
        "---",
        'title: "Un titre : l\'essai"',
        "---",
        "Voir `code 'ici' : oui` et https://exemple.fr/a?b=c:d!",
        "Un [lien](https://x.fr/l'a \"titre\") et <a href=\"x\">b</a>.",
        "[ref]: https://x.fr \"Le titre : oui\"",
        "",
        "```",
        "print('non : jamais !')",
        "```",
        "",
        "    indented 'code' : here",
        "",
        "| a | b |",
        "|:--|--:|",
        "Fin.",
    ])
    assert fixed(text, language) == text


def test_only_the_selection_is_fixed() -> None:
    text = "Un : deux : trois"
    changes = fix_typography(text, "fr", start=0, end=5)  # "Un : ", the first colon only
    assert [(c.start, c.before, c.after) for c in changes] == [(2, " ", N)]


def test_an_image_keeps_its_syntax_in_french() -> None:
    assert fix_line("fr", "Voir ![une image](a.png) !") == f"Voir ![une image](a.png){N}!"


def test_other_languages_are_left_alone() -> None:
    assert fix_typography("Il dit : \"oui\"", "de") == []
