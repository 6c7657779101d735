"""The checklist's typography: what it must leave alone, and the fix."""

from __future__ import annotations

import pytest

from hubdesk.checklist.text_scan import fix_typography, mask, typography

N = "\u202f"


@pytest.mark.parametrize("text", [
    "À 10:30 précises.",
    "Voir https://example.org/a?b=c;d:e et <https://x.org>.",
    "Du code `a ; b: c?` et `l'apostrophe`.",
    "[id]: https://example.org/x \"Titre\"",
    "[^1]: Une note.",
    "Une image ![Une vue](photo.jpg) ici.",
    "Le &amp; et &#8217; restent.",
    "| a | b |\n|:--|--:|\n| 1 | 2 |",
    f"Vraiment{N}?!",
    "```\nif a: print('x')\n```",
    "Un [lien](https://example.org/?q=a:b).",
])
def test_french_rules_leave_literals_alone(text: str) -> None:
    assert typography("fr", mask(text)) == []


def test_mask_keeps_length_and_lines() -> None:
    text = "Un `code` et\n```\nbloc\n```\n[x](https://a.org)"
    masked = mask(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert "code" not in masked and "https" not in masked and "[x]" in masked


@pytest.mark.parametrize(("language", "text", "fixed"), [
    ("fr", "Oui: c'est « bien » ! Et \"ça\"?",
     f"Oui{N}: c’est «{N}bien{N}»{N}! Et «{N}ça{N}»{N}?"),
    ("fr", "Question ?", f"Question{N}?"),
    ("en", "He said \"it's 'fine'\".", "He said “it’s ‘fine’”."),
])
def test_fix_typography(language: str, text: str, fixed: str) -> None:
    assert fix_typography(language, text) == fixed
    assert typography(language, mask(fixed)) == []
    assert fix_typography(language, fixed) == fixed  # nothing left to fix
