"""The personal dictionary: one word list per language, kept in the library."""

from __future__ import annotations

from hubdesk.library import personal_dictionary as pd
from hubdesk.library.store import Library


def test_words_per_language_survive_reopening(library, library_path):
    assert pd.words(library, "fr") == set()
    pd.add_word(library, "fr", "Floteuil")
    pd.add_word(library, "fr-FR", "Chappie")  # the language's first two letters name the list
    pd.add_word(library, "en", "HubDesk")
    pd.add_word(library, "fr", "  ")  # nothing
    library.close()
    again = Library.open(library_path)
    try:
        assert pd.words(again, "fr") == {"Floteuil", "Chappie"}
        assert pd.words(again, "en") == {"HubDesk"}
        pd.remove_word(again, "fr", "Chappie")
        assert pd.words(again, "fr") == {"Floteuil"}
    finally:
        again.close()


def test_a_damaged_list_reads_as_empty(library):
    library.set_setting("spelling.personal.fr", "{not json")
    assert pd.words(library, "fr") == set()
    pd.add_word(library, "fr", "mot")
    assert pd.words(library, "fr") == {"mot"}
