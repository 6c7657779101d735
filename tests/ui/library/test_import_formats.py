"""Truth in the interface: the Import action and its file dialog offer what the importers read."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog

from hubdesk.importers import IMPORT_FORMATS, IMPORTABLE_SUFFIXES, ImportFormat, import_file
from hubdesk.ui.library import import_formats
from hubdesk.ui.shell.translations import install_translations, remove_translations
from tests.importers.samples import write_sample
from tests.ui_helpers import make_settings, open_window


def test_the_importers_list_is_the_one_list_of_suffixes() -> None:
    assert IMPORTABLE_SUFFIXES == (".md", ".markdown", ".txt", ".text", ".html", ".htm", ".docx", ".odt")
    assert [f.description for f in IMPORT_FORMATS] == ["Markdown", "Plain text", "Web page", "Word", "OpenDocument text"]
    assert tuple(s for f in IMPORT_FORMATS for s in f.suffixes) == IMPORTABLE_SUFFIXES


def test_the_filter_is_made_from_the_importers_list() -> None:
    assert import_formats.import_filter() == (
        "Articles (*.md *.markdown *.txt *.text *.html *.htm *.docx *.odt);;Markdown (*.md *.markdown);;"
        "Plain text (*.txt *.text);;Web page (*.html *.htm);;Word (*.docx);;OpenDocument text (*.odt);;All files (*)"
    )
    # A new importer only adds its line to the list: the filter follows.
    more = (*IMPORT_FORMATS[:2], ImportFormat("Rich", (".rtf",)))
    assert import_formats.import_filter(more) == (
        "Articles (*.md *.markdown *.txt *.text *.rtf);;Markdown (*.md *.markdown);;"
        "Plain text (*.txt *.text);;Rich (*.rtf);;All files (*)"
    )


def test_every_suffix_the_filter_offers_is_really_imported(tmp_path) -> None:
    offered = import_formats.import_filter().split(";;")[0]
    for suffix in IMPORTABLE_SUFFIXES:
        assert f"*{suffix}" in offered
        path = tmp_path / f"a{suffix}"
        write_sample(path, "Titre", "Un paragraphe.", "Partie", "Texte.")
        assert import_file(path).title == "Titre"


def test_the_import_action_and_its_dialog_say_what_is_importable(qtbot, library, tmp_path,
                                                                monkeypatch) -> None:
    window = open_window(qtbot, library, make_settings(tmp_path))
    action = window.actions_.import_files
    tip = ("Import article files: Markdown (.md, .markdown), Plain text (.txt, .text), "
           "Web page (.html, .htm), Word (.docx), OpenDocument text (.odt)")
    assert action.statusTip() == tip
    for promise in ("RTF", "PDF"):
        assert promise not in action.toolTip()
    asked: list[str] = []

    def choose(parent, caption, folder, filters):
        asked.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    action.trigger()
    assert asked == [import_formats.import_filter()]


def test_the_folder_messages_name_the_formats(qapp) -> None:
    assert import_formats.nothing_found() == (
        "No importable file was found (Markdown (.md, .markdown), Plain text (.txt, .text), "
        "Web page (.html, .htm), Word (.docx), OpenDocument text (.odt)).")
    assert import_formats.folder_heading("in") == (
        "Importing the article files (Markdown, Plain text, Web page, Word, OpenDocument text) of in")


def test_the_tip_and_filter_in_french(qapp) -> None:
    before = QLocale()
    assert install_translations(qapp, "fr") == "fr"
    try:
        assert import_formats.import_tip() == (
            "Importer des fichiers d’articles\u00a0: Markdown (.md, .markdown), "
            "Texte brut (.txt, .text), Page web (.html, .htm), Word (.docx), Texte OpenDocument (.odt)")
        assert import_formats.import_filter() == (
            "Articles (*.md *.markdown *.txt *.text *.html *.htm *.docx *.odt);;Markdown (*.md *.markdown);;"
            "Texte brut (*.txt *.text);;Page web (*.html *.htm);;Word (*.docx);;Texte OpenDocument (*.odt);;Tous les fichiers (*)")
    finally:
        remove_translations(qapp)
        QLocale.setDefault(before)
