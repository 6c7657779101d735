"""Import Files… and a drop on the window import in the folder import's worker (issue 16):
the UI thread keeps running, progress reaches N of N, cancel keeps exactly the articles
done and says how many, a bad file gets its line while the others are imported."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from hubdesk.importers import folder_import
from hubdesk.ui.library.file_import import import_files
from hubdesk.ui.library.import_dialog import ImportDialog
from tests.ui.library.test_ui_import_duplicates import _drop, _files, answer
from tests.ui_helpers import make_settings, open_window, record_errors


def _record_threads(monkeypatch) -> list[threading.Thread]:
    threads: list[threading.Thread] = []
    real = folder_import.import_file

    def spy(path, notes=None, **options):
        threads.append(threading.current_thread())
        return real(path, notes, **options)

    monkeypatch.setattr(folder_import, "import_file", spy)
    return threads


def test_import_files_runs_off_the_ui_thread(qtbot, library, tmp_path, monkeypatch):
    window = open_window(qtbot, library, make_settings(tmp_path))
    threads = _record_threads(monkeypatch)
    paths = _files(tmp_path, 3)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    window.actions_.import_files.trigger()
    assert len(threads) == 3
    assert all(t is not threading.main_thread() for t in threads)
    assert window.session.article.title == "Article 2"


def test_a_drop_runs_off_the_ui_thread_and_progress_reaches_n_of_n(qtbot, library, tmp_path, monkeypatch):
    window = open_window(qtbot, library, make_settings(tmp_path))
    threads = _record_threads(monkeypatch)
    paths = _files(tmp_path, 5)
    _drop(window, paths)
    assert len(threads) == 5 and threading.main_thread() not in threads
    assert sorted(s.title for s in library.list_articles())[:5] == [f"Article {i}" for i in range(5)]
    asked: list[str] = []
    answer([("Skip", True)], asked)
    outcome = import_files(library, [tmp_path / "in"], window)  # the same files again: all duplicates
    assert len(asked) == 1 and len(outcome.imported) == 0
    [dialog] = outcome.dialogs
    assert (dialog.progress.value(), dialog.progress.maximum()) == (5, 5)


def test_the_ui_thread_keeps_running_while_a_file_is_imported(qtbot, library, tmp_path, monkeypatch):
    window = open_window(qtbot, library, make_settings(tmp_path))
    gate, ticks_while_held = threading.Event(), []
    real = folder_import.import_file
    beats = [0]
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: beats.__setitem__(0, beats[0] + 1))
    heartbeat.start(5)

    def held(path, notes=None, **options):
        start = beats[0]
        gate.wait(10)
        ticks_while_held.append(beats[0] - start)
        return real(path, notes, **options)

    monkeypatch.setattr(folder_import, "import_file", held)

    def release() -> None:  # once the UI thread has ticked 20 times during the import
        if beats[0] < 20:
            QTimer.singleShot(5, release)
            return
        gate.set()

    [path] = _files(tmp_path, 1)
    beats[0] = 0
    QTimer.singleShot(0, release)
    _drop(window, [path])
    heartbeat.stop()
    assert ticks_while_held and ticks_while_held[0] >= 19  # the window ran while the worker held
    assert window.session.article.title == "Article 0"


def test_cancel_keeps_exactly_the_articles_done_and_says_how_many(qtbot, library, tmp_path, monkeypatch):
    shown = record_errors(monkeypatch)
    window = open_window(qtbot, library, make_settings(tmp_path))
    before = {s.id for s in library.list_articles()}
    paths = _files(tmp_path, 10)
    gate, calls = threading.Event(), []
    real = folder_import.import_file

    def held(path, notes=None, **options):
        calls.append(path)
        if len(calls) == 4:
            gate.wait(10)  # the worker waits on the 4th file until the user has cancelled
        return real(path, notes, **options)

    monkeypatch.setattr(folder_import, "import_file", held)
    seen: list[ImportDialog] = []

    def cancel_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportDialog) or len(calls) < 4:
            QTimer.singleShot(10, cancel_when_shown)
            return
        seen.append(dialog)
        assert dialog.running and dialog.progress.value() == 3
        dialog.buttons.buttons()[0].click()  # Cancel
        assert dialog.status.text() == "Cancelling…"
        gate.set()
        close_when_done()

    def close_when_done() -> None:
        dialog = seen[0]
        if dialog.result_value is None:
            QTimer.singleShot(10, close_when_done)
            return
        seen.append(dialog.summary.text())  # type: ignore[arg-type]
        dialog.buttons.buttons()[0].click()  # Close

    QTimer.singleShot(0, cancel_when_shown)
    _drop(window, paths)
    result = seen[0].result_value
    assert result.cancelled and result.handled == 4 and len(result.imported) == 4
    assert seen[1] == "Import cancelled: 6 files were not read. 4 imported, 0 refused."
    added = {s.id for s in library.list_articles()} - before
    assert added == {i.article_id for i in result.imported}
    assert sorted(library.load_article(i).title for i in added) == [f"Article {i}" for i in range(4)]
    assert shown == []


def test_a_bad_file_gets_its_line_and_the_others_are_imported(qtbot, library, tmp_path, monkeypatch):
    shown = record_errors(monkeypatch)
    window = open_window(qtbot, library, make_settings(tmp_path))
    good = _files(tmp_path, 2)
    bad = tmp_path / "in" / "bad.md"
    bad.write_text("---\ndate: 2024-02-30\ntitle: Bad\n---\n\n# Bad\n\nText.\n", encoding="utf-8")
    _drop(window, [good[0], bad, good[1]])
    titles = [s.title for s in library.list_articles()]
    assert "Article 0" in titles and "Article 1" in titles and "Bad" not in titles
    [(summary, detail)] = shown
    assert summary == "1 file(s) could not be imported."
    assert len(detail.split("\n")) == 1 and detail.startswith(str(bad))


def test_the_duplicate_question_is_asked_after_a_drop(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    paths = _files(tmp_path, 2)
    _drop(window, paths)
    count = library.count_articles()
    asked: list[str] = []
    answer([("Keep both", True)], asked)
    _drop(window, paths)
    assert asked == [f"“Article 0” is already in the library. | {paths[0]} | "
                     "Do the same for the 1 other file(s)"]
    assert library.count_articles() == count + 2
    assert Path(paths[1]).exists()
