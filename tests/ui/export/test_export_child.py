"""Exports from the Export dialog are written by the export worker process: the same files
as written in the app's own process, a cancel that leaves no partial file, and a worker
process killed mid-batch that fails its article alone, with a clear message."""

from __future__ import annotations

import functools
import os
import re
import signal
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from hubdesk.export import EXTENSIONS, export_article
from hubdesk.model.article import Status
from hubdesk.qt import child_process, pdf_export
from hubdesk.ui.export import export_worker
from hubdesk.ui.export.export_dialog import ExportDialog
from hubdesk.ui.shell.settings import APPLICATION, ORGANISATION
from tests import child_hooks, corpus
from tests.export_article import HEADINGS, make_sample_article

SAMPLE = "f27d53dc912c0ddd0000000000000001"


@pytest.fixture(autouse=True)
def fresh_settings():
    QSettings(ORGANISATION, APPLICATION).remove("export")
    yield
    QSettings(ORGANISATION, APPLICATION).remove("export")


@pytest.fixture
def not_in_this_process(monkeypatch):
    """Writing a file in the app's own process fails the test: only the worker process writes."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("written in the app's process")

    monkeypatch.setattr(export_worker, "export_article", refuse)
    monkeypatch.setattr(pdf_export, "write_pdf", refuse)


@pytest.fixture
def gate(tmp_path, monkeypatch):
    """Export worker processes that stop on an article titled ``Hold …`` until ``go``."""
    folder = tmp_path / "gate"
    folder.mkdir()
    child_process.EXPORTS.shutdown()
    monkeypatch.setattr(
        child_process.EXPORTS, "setup", functools.partial(child_hooks.hold, str(folder))
    )
    yield folder
    (folder / "go").touch()
    child_process.EXPORTS.shutdown()


@pytest.fixture
def batch(library):
    """Three ready articles, the second titled to be held by ``gate``."""
    articles = []
    for seed, title in enumerate(("Alpha", "Hold me", "Omega")):
        a = corpus.make_article(300, seed=seed, language="en")
        a.title, a.slug, a.status = title, title.lower().replace(" ", "-"), Status.READY
        articles.append(a)
    library.save_articles(articles)
    return library


def _dialog(qtbot, library, ids, fmt: str, folder: Path) -> ExportDialog:
    dialog = ExportDialog(library, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    if not ids:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ready"))
    dialog.folder_edit.setText(str(folder))
    return dialog


def _without_dates(data: bytes) -> bytes:
    return re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"DATE", data)


def _part(name: str, data: bytes) -> bytes:
    """A ZIP part, without the time written; an XML part in exclusive canonical form (odfpy
    declares the namespaces of every odf module the process has imported, used or not)."""
    data = _without_dates(data)
    if name.endswith(".xml"):
        from lxml import etree

        return etree.tostring(etree.fromstring(data), method="c14n", exclusive=True)
    return data


def _same_file(a: Path, b: Path) -> None:
    """The same bytes; for a ZIP format, the same parts with the same content but the time written."""
    if not zipfile.is_zipfile(a):
        assert a.read_bytes() == b.read_bytes()
        return
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        assert za.namelist() == zb.namelist()
        for name in za.namelist():
            assert _part(name, za.read(name)) == _part(name, zb.read(name)), name


@pytest.mark.parametrize("fmt", ["html", "markdown", "epub", "docx", "odt"])
def test_the_worker_process_writes_the_same_file_as_the_app_did(
    qtbot, library, tmp_path, fmt, monkeypatch
) -> None:
    library.save_article(make_sample_article())
    expected = export_article(
        library.load_article(SAMPLE), fmt, tmp_path / f"here{EXTENSIONS[fmt]}"
    )
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(export_worker, "export_article", lambda *a, **k: pytest.fail("in-process"))
    dialog = _dialog(qtbot, library, [SAMPLE], fmt, out)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    [result] = dialog.results
    assert result.ok and result.path == out / f"energie-citoyenne-vallee{EXTENSIONS[fmt]}"
    _same_file(result.path, expected)
    assert [p.name for p in out.iterdir()] == [result.path.name]
    assert child_process.EXPORTS.busy_pids() == []


def test_pdf_export_from_the_app_is_drawn_by_the_worker_process(
    qtbot, library, tmp_path, not_in_this_process
) -> None:
    library.save_article(make_sample_article())
    dialog = _dialog(qtbot, library, [SAMPLE], "pdf", tmp_path)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    [result] = dialog.results
    assert result.ok, result.error
    reader = PdfReader(result.path)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for heading in HEADINGS:
        assert heading in text
    title, sections = reader.outline  # the outline pypdf added there
    assert title.title.startswith("L’énergie citoyenne") and [s.title for s in sections] == HEADINGS
    assert "1 file" in dialog.summary.text()


def test_cancel_stops_the_article_being_written_and_leaves_no_partial_file(
    qtbot, batch, tmp_path, gate, not_in_this_process
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog = _dialog(qtbot, batch, [], "html", out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (gate / "waiting").exists(), timeout=30_000)
    [pid] = child_process.EXPORTS.busy_pids()
    assert [p.name for p in out.iterdir() if p.name.endswith(".part")]  # half of "Hold me" is there
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Exporting “Hold me”…")
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # Cancel
        assert dialog.isVisible()
    assert [(r.title, r.ok) for r in dialog.results] == [("Alpha", True)]
    assert sorted(p.name for p in out.iterdir()) == ["alpha.html"]  # no partial file, no temporary
    assert "cancelled" in dialog.summary.text()
    assert dialog.close_button.text() == "Close"
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the cancel killed it


def test_a_killed_worker_process_fails_its_article_and_the_others_are_written(
    qtbot, batch, tmp_path, gate, not_in_this_process
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog = _dialog(qtbot, batch, [], "html", out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (gate / "waiting").exists(), timeout=30_000)
    [pid] = child_process.EXPORTS.busy_pids()
    (gate / "go").touch()  # the next process runs freely
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        os.kill(pid, signal.SIGKILL)  # as the system does when memory runs out
    assert [(r.title, r.ok) for r in dialog.results] == [
        ("Alpha", True),
        ("Hold me", False),
        ("Omega", True),
    ]
    assert dialog.results[1].error == (
        "“Hold me” could not be exported to HTML: the process writing it stopped (SIGKILL), "
        "perhaps for lack of memory; nothing was written."
    )
    assert sorted(p.name for p in out.iterdir()) == ["alpha.html", "omega.html"]
    assert (
        "2 files written" in dialog.summary.text() or "2 file(s) written" in dialog.summary.text()
    )
    assert "1 article" in dialog.summary.text()
    assert dialog.details.item(1).text().startswith("✗ Hold me: “Hold me” could not be exported")


def test_the_killed_export_is_told_in_french(qapp) -> None:
    from hubdesk.errors import ExportError
    from hubdesk.ui.shell.error_text import error_message
    from hubdesk.ui.shell.translations import install_translations, remove_translations

    error = ExportError("export.child_died", title="Hold me", format="PDF", how="SIGKILL")
    try:
        assert install_translations(qapp, "fr") == "fr"
        assert error_message(error) == (
            "«\xa0Hold me\xa0» n’a pas pu être exporté en PDF\xa0: le processus qui l’écrivait s’est "
            "arrêté (SIGKILL), peut-être faute de mémoire\xa0; rien n’a été écrit."
        )
    finally:
        remove_translations(qapp)


def test_cancelling_an_export_leaves_an_import_running_beside_it(
    qtbot, batch, tmp_path, gate, not_in_this_process, monkeypatch
) -> None:
    from hubdesk.ui.library.import_dialog import ImportDialog

    import_gate = tmp_path / "import-gate"
    import_gate.mkdir()
    child_process.IMPORTS.shutdown()
    monkeypatch.setattr(
        child_process.IMPORTS, "setup", functools.partial(child_hooks.hold, str(import_gate))
    )
    out = tmp_path / "out"
    out.mkdir()
    export = _dialog(qtbot, batch, [], "html", out)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (gate / "waiting").exists(), timeout=30_000)
    [exporter] = child_process.EXPORTS.busy_pids()
    page = tmp_path / "hold-page.html"
    article = corpus.make_article(300, seed=7, language="en")
    article.title = "Imported beside"
    export_article(article, "html", page)
    importer = ImportDialog(batch, [page])
    qtbot.addWidget(importer)
    importer.show()
    importer.start()
    qtbot.waitUntil(lambda: (import_gate / "waiting").exists(), timeout=30_000)
    [reader] = child_process.IMPORTS.busy_pids()  # both processes are in the middle of a job
    with qtbot.waitSignal(export.exported, timeout=30_000):
        qtbot.mouseClick(export.close_button, Qt.MouseButton.LeftButton)  # Cancel the export
    with pytest.raises(ProcessLookupError):
        os.kill(exporter, 0)
    assert importer.running and child_process.IMPORTS.busy_pids() == [reader]
    (import_gate / "go").touch()
    qtbot.waitUntil(lambda: importer.result_value is not None, timeout=60_000)
    assert [i.title for i in importer.result_value.imported] == ["Imported beside"]
    assert importer.result_value.refused == []
    child_process.IMPORTS.shutdown()
