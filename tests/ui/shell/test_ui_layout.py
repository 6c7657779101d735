"""A layout that breathes at 1366×768 and 1440×900, elided titles, steady panels, themed dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMenu, QToolTip

from hubdesk.model.article import Article, Section
from hubdesk.ui.shell.main_window import MainWindow
from hubdesk.ui.shell.theme import apply_theme, palette_for
from hubdesk.ui.shell.translations import install_translations, remove_translations
from hubdesk.ui.shell.welcome import ensure_welcome
from tests.ui_helpers import make_settings, open_window

LONG_TITLE = ("Mistral AI et la souveraineté numérique européenne : ce que change "
              "la levée de fonds record pour les start-up du continent")


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)


@pytest.fixture
def dark(qapp):
    apply_theme(qapp, "dark")
    yield
    apply_theme(qapp, "light")


def _fresh_window(qtbot, library, tmp_path, size):
    """A first launch (no saved layout) at a given window size."""
    ensure_welcome(library, "en")
    window = MainWindow(library, make_settings(tmp_path), defer_decoration=True)  # as the app
    qtbot.addWidget(window)
    window.resize(*size)
    assert window.open_last_article()
    window.show()
    qtbot.waitExposed(window)
    window.finish_building()  # what the app runs after its first paint
    return window


@pytest.mark.parametrize("size_pt", [11, 15])
def test_the_editor_keeps_its_font_setting_once_the_window_is_finished(qtbot, library, tmp_path, size_pt):
    settings = make_settings(tmp_path)
    settings.set("editor_font_size", size_pt)
    window = open_window(qtbot, library, settings)
    assert window.finished
    assert window.editor.font().pointSize() == size_pt
    assert window.editor.document().defaultFont().pointSize() == size_pt
    window.actions_.reader_mode.trigger()  # the reader takes the central widget and gives it back
    window.actions_.reader_mode.trigger()
    assert window.editor.font().pointSize() == size_pt


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_the_editor_shows_at_least_60_characters_with_the_default_panels(qtbot, library, tmp_path, size):
    window = _fresh_window(qtbot, library, tmp_path, size)
    docks = (window.library_dock, window.outline_dock, window.metadata_dock, window.credits_dock)
    assert all(d.isVisibleTo(window) for d in docks) and window.preview.isVisible()
    editor = window.editor
    metrics = editor.fontMetrics()
    margin = 2 * editor.document().documentMargin()
    characters = (editor.viewport().width() - margin) / metrics.averageCharWidth()
    assert characters >= 60
    assert window.preview.width() >= 300  # the preview still reads as a page
    # A real line of 60 characters fits on one line of the editor.
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n\n" + "abcdefghij" * 6)
    editor.setTextCursor(cursor)
    assert cursor.block().layout().lineCount() == 1


def test_side_panels_keep_their_width_when_their_tab_changes(qtbot, library, tmp_path, language):
    window = _fresh_window(qtbot, library, tmp_path, (1366, 768))
    [column] = {d.width() for d in (window.library_dock, window.metadata_dock, window.credits_dock)
                if not d.visibleRegion().isEmpty()}  # the column's width: its tab in front
    for dock in (window.credits_dock, window.metadata_dock, window.library_dock, window.credits_dock):
        dock.raise_()
        qtbot.waitUntil(lambda d=dock: not d.visibleRegion().isEmpty())
        qtbot.wait(20)  # let a relayout after the switch happen, if any
        assert dock.width() == column, dock.objectName()
    # And a width the writer chose is kept too.
    window.resizeDocks([window.credits_dock], [column + 40], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.credits_dock.width() == column + 40)
    for dock in (window.metadata_dock, window.library_dock):
        dock.raise_()
        qtbot.waitUntil(lambda d=dock: not d.visibleRegion().isEmpty())
        qtbot.wait(20)
        assert dock.width() == column + 40, dock.objectName()


def test_a_long_library_title_is_elided_with_the_full_title_in_its_tooltip(qtbot, library, tmp_path):
    window = _fresh_window(qtbot, library, tmp_path, (1366, 768))
    library.save_article(Article(title=LONG_TITLE, language="fr", lead="Texte.",
                                 sections=[Section("Un", "Deux.")]))
    library.save_article(Article(title="Court", language="fr", lead="Texte."))
    window.library_panel.refresh()
    view = window.library_panel.view
    tips = window.modes.title_tips
    rows = {view.model().index(r, 0).data(): r for r in range(view.model().rowCount())}
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    assert tips.is_elided(rows[LONG_TITLE]) and not tips.is_elided(rows["Court"])
    assert tips.tooltip(rows[LONG_TITLE]).startswith(LONG_TITLE + "\n")
    assert not tips.tooltip(rows["Court"]).startswith("Court")
    # Hovering: the tooltip Qt shows is the full title.
    rect = view.visualRect(view.model().index(rows[LONG_TITLE], 0))
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text().startswith(LONG_TITLE))
    QToolTip.hideText()


def test_the_editor_menu_has_spelling_and_formatting_with_borders_in_the_dark_theme(
        qtbot, library, tmp_path, dark):
    window = open_window(qtbot, library, make_settings(tmp_path), "en", (1366, 768))
    window.settings.set("spell_check", True)
    article = Article(title="Spelling", language="en", lead="A mispeled word here.")
    library.save_article(article)
    assert window.open_article(article.id)
    block = window.editor.document().firstBlock()
    while "mispeled" not in block.text():
        block = block.next()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index("mispeled") + 2)
    window.editor.setTextCursor(cursor)
    point = window.editor.cursorRect().center()
    seen: dict = {}

    def inspect() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, inspect)
            return
        seen["texts"] = [a.text() for a in menu.actions()]
        image = menu.grab().toImage()
        seen["corner"] = image.pixelColor(0, image.height() // 2)
        seen["inside"] = image.pixelColor(image.width() // 2, 2)
        menu.close()

    QTimer.singleShot(0, inspect)
    window.editor.contextMenuEvent(QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, window.editor.viewport().mapToGlobal(point)))
    qtbot.waitUntil(lambda: "texts" in seen)
    texts = seen["texts"]
    assert "misspelled" in texts  # a suggestion
    assert any(t.startswith("Add “mispeled”") for t in texts) and any(t.startswith("Ignore") for t in texts)
    for name in ("&Bold", "&Italic", "&Link", "Insert &Image…", "Insert &Table…"):
        assert name in texts
    base = palette_for(True).base().color()
    border = seen["corner"]
    assert seen["inside"] != border and _distance(border, base) > 40  # a border that shows


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


ABOUT = {"en": "About HubDesk", "fr": "À propos de HubDesk"}
FILE_BUTTONS = {"en": {"Open", "Cancel"}, "fr": {"Ouvrir", "Annuler"}}
FILE_LABELS = {"en": {"Look in:", "File name:", "Files of type:"},
               "fr": {"Voir dans\u00a0:", "Nom de fichier\u00a0:", "Fichiers de type\u00a0:"}}


def test_about_and_file_dialogs_follow_the_theme_and_the_language(qtbot, library, tmp_path, language, dark):
    window = open_window(qtbot, library, make_settings(tmp_path), language, (1366, 768))
    seen: dict = {}

    def inspect(key: str) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, lambda: inspect(key))
            return
        box = dialog.findChild(QDialogButtonBox)
        seen[key] = (dialog.windowTitle(), {b.text().replace("&", "") for b in box.buttons()},
                     dialog.palette().window().color().name(), type(dialog).__name__)
        seen[key + " labels"] = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)
                                 if label.text()}
        dialog.reject()

    QTimer.singleShot(0, lambda: inspect("about"))
    window.actions_.about.trigger()
    qtbot.waitUntil(lambda: "about" in seen)
    title, _, colour, _ = seen["about"]
    assert title == ABOUT[language] and colour == palette_for(True).window().color().name()
    QTimer.singleShot(0, lambda: inspect("file"))
    window.actions_.import_files.trigger()
    qtbot.waitUntil(lambda: "file" in seen)
    _, buttons, colour, kind = seen["file"]
    assert kind == QFileDialog.__name__
    assert FILE_BUTTONS[language] <= buttons
    assert FILE_LABELS[language] <= seen["file labels"]  # "Look in:" was left in English in French
    assert colour == palette_for(True).window().color().name()


TABS = {
    "en": [["Library", "Metadata", "Credits"], ["Outline", "Checklist", "History"]],
    "fr": [["Bibliothèque", "Métadonnées", "Crédits"], ["Plan", "Vérifications", "Historique"]],
}


@pytest.mark.parametrize("setting", ["fr", "en"])
def test_the_app_starts_with_the_editor_focused_and_whole_tab_titles(qtbot, qapp, tmp_path, setting):
    """Launched as a writer does at 1366×768: the caret is in the text, every tab title is whole."""
    import sys

    from PySide6.QtCore import QLocale
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTabBar

    from hubdesk.ui.shell import app as app_module
    from hubdesk.ui.shell.settings import Settings

    before_locale, before_hook = QLocale(), sys.excepthook
    settings = Settings()
    previous = settings.get("language")
    settings.set("language", setting)
    window = None
    try:
        _app, window = app_module.build(tmp_path / "library.hubdesk", [])
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        qtbot.waitUntil(lambda: window.finished)  # History and the panels come after the first paint
        assert QApplication.focusWidget() is window.editor
        before = window.editor.toPlainText()
        QTest.keyClicks(QApplication.focusWidget(), "zq")
        assert window.editor.toPlainText() != before and "zq" in window.editor.toPlainText()

        def tab_titles():
            bars = [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() > 1]
            titles = ([b.tabText(i).replace("&&", "&") for i in range(b.count())] for b in bars)
            return bars, sorted(titles, key=lambda t: t[0])

        qtbot.waitUntil(lambda: tab_titles()[1] == sorted(TABS[setting], key=lambda t: t[0]))
        bars = tab_titles()[0]
        in_front = {b.tabText(b.currentIndex()) for b in bars}
        assert in_front == {TABS[setting][0][1], TABS[setting][1][0]}  # Metadata above, Outline below
        for bar in bars:
            for i in range(bar.count()):
                text = bar.tabText(i).replace("&&", "&")
                assert bar.tabRect(i).width() > bar.fontMetrics().horizontalAdvance(text), text
        metrics = window.editor.fontMetrics()
        characters = window.editor.viewport().width() / metrics.horizontalAdvance("n")
        assert characters >= 60
    finally:
        if window is not None:
            window.close()
            window.library.close()
        settings.set("language", previous)
        sys.excepthook = before_hook
        remove_translations(qapp)
        QLocale.setDefault(before_locale)


def test_the_tabs_in_front_at_the_first_paint_stay_in_front(qtbot, library, tmp_path):
    """A first launch starts on Metadata; a later one on the tabs the writer left in front.
    Neither switches tab when the window is finished (History joining the outline's tabs)."""
    ensure_welcome(library, "en")
    settings = make_settings(tmp_path)

    def launch() -> tuple[MainWindow, list[str]]:
        window = MainWindow(library, settings, defer_decoration=True)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        assert window.open_last_article()
        window.show()
        qtbot.waitExposed(window)
        at_paint = in_front(window)
        window.finish_building()
        qtbot.wait(20)
        assert in_front(window) == at_paint
        return window, at_paint

    def in_front(window) -> list[str]:
        return sorted(d.objectName() for d in (window.library_dock, window.metadata_dock,
                                               window.credits_dock, window.outline_dock,
                                               window.review_frame.dock)
                      if not d.visibleRegion().isEmpty())

    first, at_paint = launch()
    assert at_paint == ["metadataDock", "outlineDock"]
    first.library_dock.raise_()
    first.review_frame.dock.raise_()
    qtbot.waitUntil(lambda: in_front(first) == ["checklistDock", "libraryDock"])
    first.close()
    again, at_paint = launch()
    assert at_paint == ["checklistDock", "libraryDock"]
