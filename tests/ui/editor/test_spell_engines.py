"""Where libhunspell is missing (Windows, macOS), dictionaries come through Enchant.

pyenchant is a test dependency on every platform, so that this path runs here too: it
must give the checker the same tags and the same answers as libhunspell does.
"""

from __future__ import annotations

import sys

import pytest

from hubdesk.ui.editor import hunspell, spell_checker, spell_engines
from hubdesk.ui.editor.spell_checker import SpellChecker

WORDS = {
    "fr": ["bonjour", "élève", "aujourd'hui", "aujourd’hui", "fôte", "ordinateurr", "Paris",
           "côte", "ç", "naïve", "€uro", "漢字", "x" * 200],
    "en": ["receive", "recieve", "colour", "color", "don't", "mispelled", "naïve", "Ω"],
}


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(spell_checker, "_engine", [])
    monkeypatch.setattr(spell_checker, "_tags", {})
    monkeypatch.setattr(spell_checker, "_loaded", {})


@pytest.fixture
def no_libhunspell(monkeypatch):
    monkeypatch.setattr(hunspell, "_library", [])
    monkeypatch.setattr(hunspell, "_load", lambda: None)


def answers() -> dict[str, object]:
    found = {}
    for language, words in WORDS.items():
        tag = spell_checker.dictionary_tag(language)
        dictionary = spell_checker.load_dictionary(tag)
        found[language] = (tag, [dictionary.check(w) for w in words],
                           [dictionary.suggest(w)[:3] for w in ("fôte", "recieve", "bonjuor")])
    return found


def test_libhunspell_comes_first(fresh) -> None:
    assert spell_checker.engine().name == "libhunspell"


def test_without_libhunspell_enchant_gives_the_same_answers(monkeypatch, fresh) -> None:
    by_hunspell = answers()
    monkeypatch.setattr(spell_checker, "_engine", [])
    monkeypatch.setattr(spell_checker, "_tags", {})
    monkeypatch.setattr(spell_checker, "_loaded", {})
    monkeypatch.setattr(hunspell, "_library", [])
    monkeypatch.setattr(hunspell, "_load", lambda: None)
    assert spell_checker.engine().name == "Enchant"
    by_enchant = answers()
    assert by_enchant == by_hunspell
    fr_tag, fr_checks, fr_suggestions = by_enchant["fr"]
    assert fr_checks[:5] == [True, True, True, True, False]  # bonjour … fôte
    assert "côte" in fr_suggestions[0]
    assert "receive" in by_enchant["en"][2][1]


def test_enchant_in_the_checker(fresh, no_libhunspell) -> None:
    checker = SpellChecker()
    assert checker.set_language("en")
    line = "A mispelled word and a `codde` span."
    assert [line[s:s + n] for s, n in checker.misspelled(line)] == ["mispelled"]
    assert checker.suggest("mispelled")[0] == "misspelled"
    assert spell_engines.EnchantDictionary(None).check("") is False  # Enchant refuses ""
    assert spell_engines.EnchantDictionary(None).suggest("") == []


def test_neither_engine(fresh, no_libhunspell, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "enchant", None)
    assert spell_engines.find_engine() is None
    assert spell_checker.dictionary_tag("fr") is None
    assert not SpellChecker().set_language("fr")


def test_a_broken_enchant_provider_has_no_dictionary() -> None:
    class Broken:
        class errors:  # noqa: N801 (pyenchant's name)
            class Error(Exception):
                pass

        def dict_exists(self, tag):
            raise self.errors.Error("provider failed")

    assert spell_engines.EnchantEngine(Broken()).has("fr") is False
