"""Format ▸ Insert Image…: the picture is copied into the library and shown everywhere.

The file dialog is patched to answer with a picture outside the library. The test
checks the copy in the library's images folder, the ``![alt](name)`` inserted, the
picture drawn in the preview and in the reader (its pixels, not only its name),
the same in an export, and that a remote image stays a placeholder.
"""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hubdesk.export import export_article
from hubdesk.export.library_images import assets_dir
from hubdesk.model.article import Article, Section
from hubdesk.ui.reader.reader_view import ReaderView
from hubdesk.ui.shell import errors as shell_errors
from tests.ui_helpers import make_settings, open_window

COLOUR = 0x3366CC


@pytest.fixture
def window(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    article = Article(title="Pictures", lead="Lead.", language="en",
                      sections=[Section("Only", "Before the picture.\n\nSee ![the bay](https://img.example.org/bay.jpg).")])
    library.save_article(article)
    assert window.open_article(article.id)
    return window


def _picture(path, width=900, height=300):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(COLOUR)
    assert image.save(str(path))
    return path


def _choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _caret_after(window, text: str) -> None:
    found = window.editor.document().find(text)
    cursor = QTextCursor(found.block())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)


def _shown_image(doc: QTextDocument, name: str) -> QImage | None:
    image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    return image if isinstance(image, QImage) and not image.isNull() else None


def test_inserted_image_is_copied_into_the_library_and_shown(qtbot, window, library, monkeypatch, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    source = _picture(outside / "Harbour at dawn.png")
    _caret_after(window, "Before the picture.")
    _choose(monkeypatch, source)
    window.actions_.insert_image.trigger()

    folder = assets_dir(library.path)
    copies = list(folder.iterdir())
    assert len(copies) == 1 and copies[0].read_bytes() == source.read_bytes()
    name = copies[0].name
    assert name.startswith("Harbour-at-dawn-") and name.endswith(".png")
    assert f"Before the picture.![Harbour at dawn]({name})" in window.editor.toPlainText()

    # the preview draws the picture (scaled to the column), the remote one stays a placeholder
    window.preview.flush()
    qtbot.waitUntil(lambda: _shown_image(window.preview.document(), name) is not None)
    shown = _shown_image(window.preview.document(), name)
    assert shown.width() <= 480 and shown.pixel(5, 5) & 0xFFFFFF == COLOUR
    assert "▣ the bay · img.example.org" in window.preview.toPlainText()

    # inserting the same picture again keeps one copy
    window.actions_.insert_image.trigger()
    assert len(list(folder.iterdir())) == 1
    assert window.editor.toPlainText().count(f"({name})") == 2

    # the reader shows it too, once saved
    assert window.session.save()
    reader = ReaderView(library, make_settings(tmp_path, "reader"))
    qtbot.addWidget(reader)
    reader.resize(900, 700)
    reader.show()
    reader.open_article(window.session.article.id)
    qtbot.waitUntil(lambda: reader.browser.complete)
    qtbot.waitUntil(lambda: _shown_image(reader.browser.document(), name) is not None)
    assert "▣ the bay · img.example.org" in reader.browser.toPlainText()
    assert reader.browser.refused_urls == []

    # and an export with the library's images folder embeds it
    epub = export_article(library.load_article(window.session.article.id), "epub", tmp_path / "a.epub",
                          _options(folder))
    with zipfile.ZipFile(epub) as z:
        assert any(n.endswith(".png") for n in z.namelist())


def _options(folder):
    from hubdesk.export import ExportOptions

    return ExportOptions(asset_dir=folder)


def test_an_image_outside_the_folder_is_not_loaded(qtbot, window, library, tmp_path):
    secret = _picture(tmp_path / "secret.png", 10, 10)
    assets_dir(library.path).mkdir()
    for src in (f"../{secret.name}", str(secret.with_suffix(".svg"))):
        assert window.preview.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src)) is None


def test_a_file_that_is_not_an_image_is_refused_with_a_message(qtbot, window, library, monkeypatch, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a picture", encoding="utf-8")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(shell_errors, "presenter", lambda summary, detail: shown.append((summary, detail)))
    _choose(monkeypatch, text)
    before = window.editor.toPlainText()
    window.actions_.insert_image.trigger()
    assert window.editor.toPlainText() == before
    assert shown and "notes.txt is not an image HubDesk can show" in shown[0][1]
    assert not assets_dir(library.path).exists()
    assert QMessageBox  # no modal box was left open: the presenter took the message
