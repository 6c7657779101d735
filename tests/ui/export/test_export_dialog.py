"""The Export dialog, driven through its real widgets with qtbot."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices

from hubdesk.model.article import Status
from hubdesk.ui.export.export_dialog import ExportDialog
from hubdesk.ui.shell.settings import APPLICATION, ORGANISATION
from tests import corpus
from tests.export_article import HEADINGS, make_sample_article


@pytest.fixture(autouse=True)
def fresh_settings():
    QSettings(ORGANISATION, APPLICATION).remove("export")
    yield
    QSettings(ORGANISATION, APPLICATION).remove("export")


@pytest.fixture
def filled(library):
    others = []
    for seed in range(3):
        a = corpus.make_article(800, seed=seed, language="en")
        a.status = Status.READY
        others.append(a)
    library.save_articles([make_sample_article(), *others])
    return library


def _dialog(qtbot, library, ids) -> ExportDialog:
    dialog = ExportDialog(library, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _export(qtbot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_one_article_to_docx_with_summary_and_open(qtbot, filled, tmp_path: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = _dialog(qtbot, filled, ["f27d53dc912c0ddd0000000000000001"])
    _choose(dialog.format_combo, "docx")
    assert dialog.name_edit.isVisible()
    assert dialog.name_edit.text() == "energie-citoyenne-vallee.docx"
    assert dialog.paper_combo.isEnabled()
    _choose(dialog.format_combo, "html")
    assert not dialog.paper_combo.isEnabled()
    assert dialog.name_edit.text() == "energie-citoyenne-vallee.html"
    _choose(dialog.format_combo, "docx")
    dialog.folder_edit.setText(str(tmp_path))
    _export(qtbot, dialog)
    path = tmp_path / "energie-citoyenne-vallee.docx"
    assert [r.path for r in dialog.results] == [path]
    d = docx.Document(str(path))
    assert [p.text for p in d.paragraphs if p.style.name == "Heading 2"] == HEADINGS
    assert re.match(r"1 file(\(s\))? written to ", dialog.summary.text())
    assert str(tmp_path) in dialog.summary.text()
    assert dialog.details.count() == 1
    assert dialog.open_button.isVisible() and dialog.reveal_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert opened == [str(path), str(tmp_path)]


def test_destination_and_options_are_remembered(qtbot, filled, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, filled, ["f27d53dc912c0ddd0000000000000001"])
    _choose(dialog.format_combo, "markdown")
    dialog.folder_edit.setText(str(tmp_path))
    dialog.toc_check.setChecked(False)
    _export(qtbot, dialog)
    assert (tmp_path / "energie-citoyenne-vallee.md").exists()
    again = _dialog(qtbot, filled, ["f27d53dc912c0ddd0000000000000001"])
    assert again.folder_edit.text() == str(tmp_path)
    assert again.format_combo.currentData() == "markdown"
    assert not again.toc_check.isChecked()


def test_all_articles_of_a_status_to_pdf_with_progress(qtbot, filled, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, filled, [])
    assert not dialog.selection_radio.isEnabled() and dialog.status_radio.isChecked()
    _choose(dialog.status_combo, "ready")
    assert dialog.status_combo.currentText().endswith("(3)")
    _choose(dialog.format_combo, "pdf")
    assert dialog.paper_combo.isEnabled()
    _choose(dialog.paper_combo, "Letter")
    dialog.folder_edit.setText(str(tmp_path))
    assert not dialog.name_edit.isVisible()
    _export(qtbot, dialog)
    written = sorted(r.path for r in dialog.results if r.ok)
    assert len(written) == 3 and all(p.suffix == ".pdf" and p.parent == tmp_path for p in written)
    assert round(float(PdfReader(written[0]).pages[0].mediabox.width)) == 612
    assert dialog.progress.isHidden()
    assert re.match(r"3 file(\(s\)|s) written to ", dialog.summary.text())
    assert not dialog.open_button.isVisible() and dialog.reveal_button.isVisible()


def test_missing_folder_is_reported_in_the_dialog(qtbot, filled, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, filled, ["f27d53dc912c0ddd0000000000000001"])
    dialog.folder_edit.setText(str(tmp_path / "gone"))
    _export(qtbot, dialog)
    assert dialog.results == []
    assert "does not exist" in dialog.summary.text()
    assert not dialog.reveal_button.isVisible()
    assert dialog.export_button.isEnabled()


# A cancel kills the export worker process at once: tests/ui/export/test_export_child.py.
