"""The export dialog says what happens to remote images, and keeps them only when asked."""

from __future__ import annotations

from pathlib import Path

import html5lib
import pytest
from PySide6.QtCore import QSettings, Qt

from hubdesk.ui.export.export_dialog import ExportDialog
from hubdesk.ui.shell.settings import APPLICATION, ORGANISATION
from tests.export_article import make_sample_article

REMOTE = "https://images.example.net/poste.jpg"  # the sample article's remote image
ID = "f27d53dc912c0ddd0000000000000001"


@pytest.fixture(autouse=True)
def fresh_settings():
    QSettings(ORGANISATION, APPLICATION).remove("export")
    yield
    QSettings(ORGANISATION, APPLICATION).remove("export")


def _export_html(qtbot, library, folder: Path, keep: bool) -> Path:
    dialog = ExportDialog(library, [ID])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    assert not dialog.remote_check.isVisible()  # an option of the HTML export only
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    assert dialog.remote_check.isVisible() and not dialog.remote_check.isChecked()
    assert "nothing is fetched" in dialog.remote_note.text()
    if keep:
        qtbot.mouseClick(dialog.remote_check, Qt.MouseButton.LeftButton)
        assert "load from their site" in dialog.remote_note.text()
    folder.mkdir()
    dialog.folder_edit.setText(str(folder))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog.results[0].path


def _images_and_placeholders(path: Path) -> tuple[list[str], list[str]]:
    root = html5lib.parse(path.read_text(encoding="utf-8"), namespaceHTMLElements=False)
    images = [img.get("src") for img in root.iter("img")]
    placeholders = ["".join(a.itertext()) for a in root.iter("a") if a.get("class") == "hd-remote-image"]
    return images, placeholders


def test_remote_images_are_placeholders_unless_kept(qtbot, library, tmp_path: Path) -> None:
    library.save_articles([make_sample_article()])
    images, placeholders = _images_and_placeholders(_export_html(qtbot, library, tmp_path / "a", False))
    assert REMOTE not in images
    assert placeholders == ["\u25a3\u00a0Le poste de raccordement \u00b7 images.example.net"]
    images, placeholders = _images_and_placeholders(_export_html(qtbot, library, tmp_path / "b", True))
    assert REMOTE in images and placeholders == []
