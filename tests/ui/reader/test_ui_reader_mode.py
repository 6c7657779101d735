"""Reader mode inside the main window: F11 in and out, the list's next article, chrome restored."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hubdesk.ui.reader.reader_mode import ReaderMode
from tests import corpus
from tests.ui_helpers import make_settings, open_window


def reader_of(window) -> ReaderMode:
    assert isinstance(window.reader, ReaderMode)
    return window.reader


def test_f11_enters_and_escape_leaves_reader_mode(qtbot, library, tmp_path):
    long = corpus.make_article(3000, seed=1, language="en")
    library.save_article(long)
    window = open_window(qtbot, library, make_settings(tmp_path))
    mode = reader_of(window)
    assert window.open_article(long.id)
    current = window.session.article
    docks_before = [d.isVisible() for d in (window.library_dock, window.outline_dock)]
    assert docks_before == [True, True]

    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    assert mode.active and mode.action.isChecked()
    assert mode.view.article.id == current.id
    assert not window.library_dock.isVisible() and not window.menuBar().isVisible()
    assert not window.toolbar.isVisible() and not window.statusBar().isVisible()
    assert mode.view.browser.toPlainText().startswith(current.title)

    qtbot.keyClick(mode.view.browser, Qt.Key.Key_N)
    assert mode.view.current_section() == 0
    qtbot.keyClick(mode.view.browser, Qt.Key.Key_Escape)
    assert not mode.active and not mode.action.isChecked()
    assert [d.isVisible() for d in (window.library_dock, window.outline_dock)] == docks_before
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert window.session.article.id == current.id

    # F11 from inside the reader leaves too, and the position is kept.
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    assert mode.active and mode.view.current_section() == 0
    qtbot.keyClick(mode.view.browser, Qt.Key.Key_F11)
    assert not mode.active


def test_next_article_follows_the_library_list(qtbot, library, tmp_path):
    for seed in range(4):
        library.save_article(corpus.make_article(800, seed=seed, language="en"))
    window = open_window(qtbot, library, make_settings(tmp_path))
    mode = reader_of(window)
    panel = window.library_panel
    ids = [s.id for s in library.list_articles()]  # the list's order: last change first
    first = ids[0]
    assert window.open_article(first) and panel.select(first)
    mode.set_active(True)
    assert not mode.view.previous_article_button.isEnabled()
    qtbot.keyClick(mode.view.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    second = ids[1]
    assert panel.model.article_id(1) == second
    assert mode.view.article.id == second
    assert panel.current_id() == second
    qtbot.keyClick(mode.view.browser, Qt.Key.Key_Escape)
    assert window.session.article.id == second  # the editor follows the reader


def test_closing_the_window_in_reader_mode_keeps_the_layout(qtbot, library, tmp_path):
    settings = make_settings(tmp_path, "layout")
    window = open_window(qtbot, library, settings)
    mode = reader_of(window)
    mode.set_active(True)
    assert mode.active
    window.close()
    assert not mode.active
    again = open_window(qtbot, library, settings)
    assert again.library_dock.isVisible() and again.toolbar.isVisible()


def test_leaving_the_reader_shows_the_progress_in_the_list(qtbot, library, tmp_path):
    from hubdesk.ui.library.library_model import READING

    long = corpus.make_article(3000, seed=5, language="en")
    library.save_article(long)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(long.id) and window.library_panel.select(long.id)
    model = window.library_panel.model
    cell = model.index(model.row_of(long.id), READING)
    assert cell.data().endswith(" min") and not cell.data().startswith(("◔", "◑", "◕", "✓"))
    mode = reader_of(window)
    mode.set_active(True)
    qtbot.keyClick(mode.view.browser, Qt.Key.Key_End)
    qtbot.keyClick(mode.view.browser, Qt.Key.Key_Escape)
    assert model.index(model.row_of(long.id), READING).data().startswith("✓ ")


def test_next_article_crosses_pages_of_the_list(qtbot, library, tmp_path):
    from hubdesk.ui.library.library_model import PAGE

    corpus.fill_library(library, PAGE + 5, words=60)
    window = open_window(qtbot, library, make_settings(tmp_path))
    ids = [s.id for s in library.list_articles()]
    mode = reader_of(window)
    assert window.open_article(ids[PAGE - 1])
    mode.set_active(True)
    window.library_panel.model.refresh()
    assert window.library_panel.model.rowCount() == PAGE  # only the first page is loaded
    qtbot.keyClick(mode.view.browser, Qt.Key.Key_BracketRight)
    assert mode.view.article.id == ids[PAGE]
    assert window.library_panel.current_id() == ids[PAGE]
