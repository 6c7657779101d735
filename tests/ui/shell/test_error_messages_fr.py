"""Every error a French user can meet is shown in French.

The core raises errors with a code and parameters (``str()`` stays English for the
command line); the desktop app words them through ``error_text.error_message``.
Each test triggers one family of errors through the real interface, with the
French translation installed, and reads the message the user is shown.
"""

from __future__ import annotations

import ast
import errno
import functools
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog

from hubdesk import errors
from hubdesk.export import html_export
from hubdesk.importers.reading import MAX_IMPORT_BYTES
from hubdesk.library.lock import LibraryLock
from hubdesk.library.schema import APPLICATION_ID, SCHEMA_VERSION
from hubdesk.library.store import Library
from hubdesk.model.article import Article
from hubdesk.qt import child_process
from hubdesk.ui.editor.metadata_panel import MetadataPanel
from hubdesk.ui.export.export_dialog import ExportDialog
from hubdesk.ui.library import library_guard
from hubdesk.ui.shell import app as app_module
from hubdesk.ui.shell import error_text
from hubdesk.ui.shell.translations import install_translations, remove_translations
from tests import child_hooks, corpus
from tests.ui_helpers import make_settings, open_window, record_errors

ROOT = Path(__file__).resolve().parents[3]
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def french(qapp):
    before = QLocale()
    assert install_translations(qapp, "fr") == "fr"
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)


# ---------------------------------------------------------------- the two catalogues


def _ui_sources() -> dict[str, str]:
    """code -> English source of each entry of ``error_text.templates()``, read from the code."""
    tree = ast.parse((ROOT / "hubdesk/ui/shell/error_text.py").read_text(encoding="utf-8"))
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(value, ast.Call):
                    found[key.value] = value.args[1].value
    return found


def test_the_ui_words_every_core_code_from_the_same_english_sentence() -> None:
    core = {k: v for k, v in errors.MESSAGES.items() if k != errors.FREE_TEXT}
    assert _ui_sources() == core


def test_every_core_code_has_a_french_sentence(french) -> None:
    templates = error_text.templates()
    untranslated = [code for code, english in errors.MESSAGES.items()
                    if code != errors.FREE_TEXT and templates[code] == english]
    assert untranslated == []


def _raised_codes() -> list[tuple[str, int, str | None]]:
    """(file, line, code) of each core ``raise SomeError("code", ...)`` / ``_refuse(path, "code")``."""
    names = {"HubDeskError", "LibraryError", "NotALibraryError", "NewerLibraryError",
             "DamagedLibraryError", "LibraryBusyError", "ArticleNotFoundError", "ExportError"}
    out = []
    for path in sorted((ROOT / "hubdesk").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("hubdesk/ui/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            if name in names:
                arg = node.args[0] if node.args else None
            elif name in ("ImportRefusedError", "_refuse"):
                arg = node.args[1] if len(node.args) > 1 else None
            else:
                continue
            if isinstance(arg, ast.Name) and arg.id == "code":  # a helper passing a code on
                continue
            code = arg.value if isinstance(arg, ast.Constant) else None
            out.append((rel, node.lineno, code))
    return out


# Sentences still raised as free text, by modules another change owns (the command line's
# export subcommand and the Qt PDF writer): shown as they are, in English.
FREE_TEXT_ALLOWED = {"hubdesk/cli/cmd_export.py", "hubdesk/qt/pdf_export.py"}


def test_the_core_raises_its_errors_with_known_codes() -> None:
    raised = _raised_codes()
    assert len(raised) > 80
    unknown = [(f, line, code) for f, line, code in raised
               if code not in errors.MESSAGES and f not in FREE_TEXT_ALLOWED]
    assert unknown == []


def test_str_stays_english_for_the_command_line() -> None:
    exc = errors.ImportRefusedError(Path("/x/a.md"), "import.too_large", size="21.0 MB", limit="20.0 MB")
    assert str(exc) == "/x/a.md: is too large to be an article (21.0 MB; the limit is 20.0 MB)"
    assert exc.reason == "is too large to be an article (21.0 MB; the limit is 20.0 MB)"
    assert (exc.code, exc.params) == ("import.too_large", {"size": "21.0 MB", "limit": "20.0 MB"})
    assert str(errors.LibraryError("a free sentence")) == "a free sentence"


# ---------------------------------------------------------------- import refusals


def _import_files(window, paths, monkeypatch) -> None:
    """File ▸ Import Files…, choosing ``paths`` in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))
    window.actions_.import_files.trigger()


def test_import_refusals_are_in_french(qtbot, library, tmp_path, monkeypatch, french) -> None:
    shown = record_errors(monkeypatch)
    window = open_window(qtbot, library, make_settings(tmp_path), language="fr")
    files = tmp_path / "in"
    files.mkdir()
    missing = files / "absent.md"
    empty = files / "vide.md"
    empty.write_text("")
    binary = files / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x01\x02" * 50)
    yaml_broken = files / "yaml.md"
    yaml_broken.write_text("---\ntitle: [un\n---\n\n# T\n\nTexte.\n")
    toml_broken = files / "toml.md"
    toml_broken.write_text("+++\ntitle = \n+++\n\n# T\n\nTexte.\n")
    huge = files / "enorme.md"
    with huge.open("wb") as fh:
        fh.truncate(MAX_IMPORT_BYTES + 1)
    _import_files(window, [missing, empty, binary, yaml_broken, toml_broken, huge], monkeypatch)
    assert len(shown) == 1
    summary, detail = shown[0]
    assert summary == "6 fichiers n’ont pas pu être importés."
    lines = detail.split("\n")
    assert lines[0] == f"{missing}{NBSP}: fichier introuvable"
    assert lines[1] == f"{empty}{NBSP}: est vide"
    assert lines[2] == f"{binary}{NBSP}: est un fichier binaire, pas du texte"
    assert lines[3].startswith(f"{yaml_broken}{NBSP}: en-tête YAML invalide à la ligne 2{NBSP}: ")
    assert lines[4].startswith(f"{toml_broken}{NBSP}: en-tête TOML invalide à la ligne 2{NBSP}: ")
    assert lines[5] == (f"{huge}{NBSP}: est trop volumineux pour un article "
                        f"(20.0 MB{NNBSP}; la limite est de 20.0 MB)")
    window.close()


# ---------------------------------------------------------------- export errors


def _export_failing_with(qtbot, library, tmp_path, monkeypatch, code: int) -> ExportDialog:
    article = corpus.make_article(300, seed=11, language="fr")
    library.save_article(article)

    def failing_writer(article, path, options):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(html_export, "write_html", failing_writer)
    # The export worker process writes the file: it fails there the same way.
    child_process.EXPORTS.shutdown()
    monkeypatch.setattr(child_process.EXPORTS, "setup", functools.partial(child_hooks.fail_html, code))
    dialog = ExportDialog(library, [article.id])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    dialog.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    child_process.EXPORTS.shutdown()
    return dialog


def test_a_full_disk_is_reported_in_french(qtbot, library, tmp_path, monkeypatch, french) -> None:
    dialog = _export_failing_with(qtbot, library, tmp_path, monkeypatch, errno.ENOSPC)
    [result] = dialog.results
    assert result.error.startswith("Le disque est plein" + NBSP + ": ")
    assert result.error.endswith(" n’a pas pu être écrit.")
    assert "1 article n’a pas pu être exporté." in dialog.summary.text()
    assert dialog.details.item(0).text() == f"✗ {result.title}: {result.error}"


def test_a_read_only_folder_is_reported_in_french(qtbot, library, tmp_path, monkeypatch,
                                                  french) -> None:
    dialog = _export_failing_with(qtbot, library, tmp_path, monkeypatch, errno.EROFS)
    [result] = dialog.results
    assert result.error.endswith(f"{NBSP}: le dossier {tmp_path} est protégé en écriture.")


def test_a_missing_export_folder_is_reported_in_french(qtbot, library, tmp_path, french) -> None:
    article = corpus.make_article(200, seed=12)
    library.save_article(article)
    dialog = ExportDialog(library, [article.id])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(tmp_path / "parti"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error == f"Le dossier {tmp_path / 'parti'} n’existe pas."
    assert dialog.error in dialog.summary.text()


# ---------------------------------------------------------------- library errors


def _build_on(path: Path, tmp_path: Path, monkeypatch) -> tuple[str, str]:
    """Start the app on ``path`` in French; return the error it showed."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # build() installs its crash handler
    shown = record_errors(monkeypatch)
    settings = make_settings(tmp_path, "app")
    settings.set("language", "fr")
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    _app, window = app_module.build(path, [])
    assert window is None
    assert len(shown) == 1
    return shown[0]


def test_a_foreign_database_is_refused_in_french(tmp_path, monkeypatch, qapp) -> None:
    path = tmp_path / "autre.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    try:
        summary, detail = _build_on(path, tmp_path, monkeypatch)
    finally:
        remove_translations(qapp)
    assert summary == "La bibliothèque n’a pas pu être ouverte."
    assert detail == f"{path} est une base SQLite d’un autre programme, pas une bibliothèque HubDesk."


def test_a_newer_library_is_refused_in_french(tmp_path, monkeypatch, qapp) -> None:
    path = tmp_path / "future.hubdesk"
    Library.open(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()
    try:
        _summary, detail = _build_on(path, tmp_path, monkeypatch)
    finally:
        remove_translations(qapp)
    assert detail == (
        f"{path} a été écrite par un HubDesk plus récent (bibliothèque version {SCHEMA_VERSION + 5}"
        f"{NNBSP}; ce HubDesk lit jusqu’à la version {SCHEMA_VERSION}). "
        "Mettez HubDesk à jour pour l’ouvrir."
    )


def test_a_busy_library_is_reported_in_french(library_path, monkeypatch, french) -> None:
    Library.open(library_path).close()
    holder = LibraryLock(library_path)
    holder.acquire()  # another HubDesk (a command-line run) holds the library
    shown = record_errors(monkeypatch)
    monkeypatch.setattr(library_guard, "CLI_WAIT", 0.0)
    guard = library_guard.LibraryGuard(library_path)
    try:
        assert guard.prepare() is False
    finally:
        guard.instance.close()
        holder.release()
    assert shown == [("La bibliothèque est déjà utilisée.",
                      f"{library_path} est utilisée par un autre HubDesk (processus {os.getpid()}).")]


def test_restoring_a_damaged_backup_is_refused_in_french(qtbot, library, library_path, tmp_path,
                                                         monkeypatch, french) -> None:
    from hubdesk.library import backup

    shown = record_errors(monkeypatch)
    guard = library_guard.LibraryGuard(library_path)
    assert guard.prepare()
    window = open_window(qtbot, library, make_settings(tmp_path), language="fr")
    window.attach_guard(guard)
    try:
        library.save_articles([corpus.make_article(3000, seed=s) for s in range(4)])
        good = backup.create_backup(library.connection, library_path)
        with good.open("r+b") as fh:  # the backup goes bad on its disk
            fh.seek(4096 * 3 + 10)
            fh.write(b"\xff" * 3000)
        monkeypatch.setattr(library_guard.QInputDialog, "getItem",
                            lambda *a, **k: (a[3][0], True))
        assert guard.restore_from_backup() is False
    finally:
        guard.instance.close()
        guard.lock.release()
    [(summary, detail)] = shown
    assert summary == "La sauvegarde n’a pas pu être restaurée."
    assert detail.startswith(f"Impossible de restaurer depuis {good}{NBSP}: ")
    window.close()


# ---------------------------------------------------------------- validation


def test_validation_messages_are_in_french(qtbot, french) -> None:
    from PySide6.QtGui import QUndoStack

    panel = MetadataPanel(QUndoStack())
    qtbot.addWidget(panel)
    panel.show()
    panel.set_article(Article(title="Mistral AI"))
    panel.slug_edit.setFocus()
    panel.slug_edit.selectAll()
    qtbot.keyClicks(panel.slug_edit, "Mistral AI")
    assert panel.slug_message() == (
        "Un identifiant ne peut contenir que des lettres minuscules a-z, des chiffres et "
        "un seul trait d’union entre les mots."
    )
    from hubdesk.model import validation

    with pytest.raises(validation.ValidationError) as caught:
        validation.parse_credit_date("31/02/2025")
    assert error_text.error_message(caught.value).startswith("«" + NBSP + "31/02/2025" + NBSP + "»")
