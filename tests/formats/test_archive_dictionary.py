"""The personal dictionary travels in library archives: written on export, merged on import."""

from __future__ import annotations

import json
import zipfile

from hubdesk.formats import archive
from hubdesk.library import personal_dictionary as pd
from hubdesk.library.store import Library
from tests import corpus


def _rewrite(path, name: str, data: bytes) -> None:
    """The archive at ``path`` with the entry ``name`` holding ``data`` instead."""
    with zipfile.ZipFile(path) as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    entries[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, content in entries.items():
            z.writestr(entry, content)


def test_words_go_out_with_the_articles_and_merge_into_the_other_library(library, tmp_path):
    library.save_articles([corpus.make_article(200, seed=1, language="fr")])
    for word in ("Floteuil", "Chappie", "œuvrothèque"):
        pd.add_word(library, "fr", word)
    pd.add_word(library, "en", "HubDesk")
    path = archive.export_archive(library, tmp_path / "out").path
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read(archive.MANIFEST))
        carried = json.loads(z.read(archive.DICTIONARY))
    assert manifest["dictionary"] == archive.DICTIONARY
    assert carried["languages"] == {"en": ["HubDesk"], "fr": ["Chappie", "Floteuil", "œuvrothèque"]}

    with Library.open(tmp_path / "other.hubdesk") as other:
        pd.add_word(other, "fr", "Floteuil")  # already there: kept once
        pd.add_word(other, "fr", "Vercors")  # the other library's own word stays
        report = archive.import_archive(other, path)
        assert len(report.added) == 1
        assert report.words_added == 3 and not report.dictionary_damaged
        assert pd.words(other, "fr") == {"Floteuil", "Chappie", "œuvrothèque", "Vercors"}
        assert pd.words(other, "en") == {"HubDesk"}
        again = archive.import_archive(other, path)  # a second import adds nothing
        assert again.words_added == 0 and again.kept


def test_a_library_without_words_writes_no_word_list(library, tmp_path):
    library.save_articles([corpus.make_article(100, seed=2)])
    path = archive.export_archive(library, tmp_path / "out").path
    with zipfile.ZipFile(path) as z:
        assert archive.DICTIONARY not in z.namelist()
        assert "dictionary" not in json.loads(z.read(archive.MANIFEST))
    with Library.open(tmp_path / "other.hubdesk") as other:
        assert archive.import_archive(other, path).words_added == 0
        assert pd.all_words(other) == {}


def test_bad_words_are_dropped_and_a_damaged_list_is_left_out(library, tmp_path):
    library.save_articles([corpus.make_article(100, seed=3)])
    pd.add_word(library, "fr", "mot")
    path = archive.export_archive(library, tmp_path / "out").path
    hostile = {"format": archive.DICTIONARY_FORMAT, "version": 1, "languages": {
        "fr": ["bon", "deux mots", "", "x" * 500, 7, "ligne\nsuivante"],
        "../../etc": ["évasion"], "en": "not a list",
    }}
    _rewrite(path, archive.DICTIONARY, json.dumps(hostile).encode())
    with Library.open(tmp_path / "a.hubdesk") as other:
        report = archive.import_archive(other, path)
        assert report.words_added == 1 and len(report.added) == 1
        assert pd.all_words(other) == {"fr": {"bon"}}

    _rewrite(path, archive.DICTIONARY, b"{not json")
    with Library.open(tmp_path / "b.hubdesk") as other:
        report = archive.import_archive(other, path)
        assert report.dictionary_damaged and report.words_added == 0
        assert len(report.added) == 1  # the articles are imported all the same
        assert pd.all_words(other) == {}
