"""The main window: library, outline, editor, live preview, metadata and credits panels.

The window only assembles the widgets and connects actions to intents; each
concern lives in its own module (session, navigator, preview, library panel…).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hubdesk import APP_NAME
from hubdesk.library.image_folder import assets_dir
from hubdesk.library.store import Library
from hubdesk.ui.editor import last_position
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.article_spelling import ArticleSpellCheck
from hubdesk.ui.editor.find_replace import FindReplace
from hubdesk.ui.editor.format_commands import FormatCommands
from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter
from hubdesk.ui.editor.paste_bounds import PasteBounds
from hubdesk.ui.editor.preview import Preview
from hubdesk.ui.editor.preview_hits import PreviewHits
from hubdesk.ui.editor.rich_paste import RichPaste
from hubdesk.ui.editor.scroll_sync import ScrollSync
from hubdesk.ui.editor.section_navigator import SectionNavigator
from hubdesk.ui.editor.spelling import Spelling
from hubdesk.ui.editor.title_field import TitleField, install_title_field
from hubdesk.ui.editor.typing_aids import TypingAids
from hubdesk.ui.editor.word_counts import WordCounts
from hubdesk.ui.library.library_panel import LibraryPanel
from hubdesk.ui.review.review_frame import ReviewFrame
from hubdesk.ui.shell import busy_watch, window_layout
from hubdesk.ui.shell import feature_wiring as wiring
from hubdesk.ui.shell.actions import Actions
from hubdesk.ui.shell.dock_widths import scrollable
from hubdesk.ui.shell.menus import build_menus
from hubdesk.ui.shell.opening_progress import OpeningProgress
from hubdesk.ui.shell.settings import Settings
from hubdesk.ui.shell.side_panels import SidePanels
from hubdesk.ui.shell.status_line import StatusLine
from hubdesk.ui.shell.window_commands import WindowCommands

if TYPE_CHECKING:
    from hubdesk.ui.library.library_guard import LibraryGuard

log = logging.getLogger(__name__)


class MainWindow(WindowCommands, QMainWindow):
    """The writer's workspace on one library (passed in; the window never opens one itself)."""

    def __init__(
        self, library: Library, settings: Settings, parent: QWidget | None = None,
        *, defer_decoration: bool = False,
    ):
        """``defer_decoration``: what the first paint does without (reader mode, exchange, review,
        modes, sites, icons, side panels, the library guard's History) comes with
        ``finish_building()``, after showing; otherwise the window is complete at once."""
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        busy_watch.install()  # workers step aside while the window paints and lays out
        self.undo_stack = QUndoStack(self)
        self.actions_ = Actions(self, with_icons=False)

        self.editor = MarkdownEditor(self)
        self.highlighter = MarkdownHighlighter(self.editor.document(), self.palette())
        self.find_bar = FindReplace(self.editor, self)
        self.preview = Preview(self)
        self.preview.images_folder = assets_dir(library.path)
        self.session = ArticleSession(library, self.editor, self)
        self.navigator = SectionNavigator(self.session, self)
        self.library_panel = LibraryPanel(library, self, fill_filters=not defer_decoration)
        self.side = SidePanels(self.undo_stack, self)
        self.title_field = TitleField(self.undo_stack, self)  # the title, above the body
        self.sync = ScrollSync(self.editor, self.preview, self.session.tracker, self)
        self.formatting = FormatCommands(self.editor, self, library_path=library.path)
        self.find_bar.section_range = self.navigator.edits.part_range
        self.article_spelling = ArticleSpellCheck(  # the article's own choice, else the preference
            library, self.session, self.actions_.spell_check_article,
            lambda: bool(self.settings.get("spell_check")), self)
        self.spelling = Spelling(
            self.editor, self.highlighter, library,
            lambda: self.session.article.language if self.session.article else "",
            self.article_spelling.enabled, self)
        self.article_spelling.changed.append(self.spelling.refresh)
        if defer_decoration:  # the open article's dictionary loads once the text is painted
            self.spelling.checker.hold_loading()
        self.typing_aids = TypingAids(
            self.editor, lambda: self.session.article.language if self.session.article else "",
            lambda: bool(self.settings.get("typography")))
        self.rich_paste = RichPaste(self.editor, self)
        self.paste_bounds = PasteBounds(self.editor, self.session.tracker, self)

        self._build_central()
        self._build_docks()
        self._build_menus()
        self._build_status_bar()
        self.counts = WordCounts(self.editor, self.session, library, self.navigator.total_words,
                                 self.status_line, self)  # selection words, word target
        self._connect()
        wiring.install_editor_commands(self)
        install_title_field(self.title_field, self.editor, self.session, self.side)
        self.opening = OpeningProgress(
            self.session, self.status_line, self.side, self.title_field, self.navigator)
        self._guard: LibraryGuard | None = None  # attached by finish_building()
        self._closed = False
        self._features_installed = not defer_decoration
        # The Checklist dock, the Review menu and the outline's review columns, before the
        # layout is restored; the review desk fills them (after the first paint when deferred).
        self.review_frame = ReviewFrame(self, session=self.session, navigator=self.navigator,
                                        view_menu=self.view_menu, beside=self.credits_dock)
        if not defer_decoration:
            wiring.install_features(self)
        self.apply_settings()
        window_layout.restore_layout(self)
        self._update_title()
        if not defer_decoration:
            self.finish_building()

    def finish_building(self) -> None:
        """Complete the window: the features, icons and side panels the first paint did
        without, and the library guard's History and start-up check. Safe to call again.
        The focus stays where it was (the writer may already be typing)."""
        if self._closed or self.library.closed:  # quit before the first paint's timer ran
            return
        focus = QApplication.focusWidget()
        self.spelling.checker.release_loading()  # held until the text was painted
        if not self._features_installed:
            self._features_installed = True
            wiring.install_review(self)  # it follows the article already open
            docks = self.saveState(window_layout.STATE_VERSION)
            wiring.install_late_features(self)
            # Reader mode takes the central widget and gives it back inside a stack: in
            # between, the docks took the whole width, and the editor lost its font.
            self.restoreState(docks, window_layout.STATE_VERSION)
            self.apply_settings()
            self.library_panel.filters.refresh_choices()  # tags, languages, authors in use
        if not self.side.built:
            self.decorate()
        guard, self._guard = self._guard, None
        if guard is not None:
            self._attach_guard_now(guard)
            guard.check_after_start()
        if focus is not None and QApplication.focusWidget() is not focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def finished(self) -> bool:
        """True once ``finish_building()`` has run (tests and benchmarks wait for it)."""
        return self._features_installed and self.side.built and self._guard is None

    def decorate_after_first_paint(self) -> None:
        """Run ``finish_building()`` once the editor has been painted: the text comes first."""
        self.editor.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and watched is self.editor.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.finish_building)
        return False

    def decorate(self) -> None:
        """Icons and the metadata/credits panels: what the first frame can do without."""
        self.actions_.load_icons()
        self.find_bar.load_icons()
        first = not self.side.built  # twice would put a panel in two scroll areas (a resize loop)
        self.side.build()
        if first and self.side.metadata is not None:  # scrollable: a tab change never widens the column
            self.metadata_dock.setWidget(scrollable(self.side.metadata))
        if first:  # the credits pane: built when its tab is first shown (or asked for)
            if self.side.credits_widget is not None:
                self._place_credits(self.side.credits_widget)
            self.side.credits_built.connect(self._place_credits)
            self.credits_dock.visibilityChanged.connect(self._credits_shown)
            if not self.credits_dock.visibleRegion().isEmpty():  # its tab is in front
                self.side.build_credits()
        self.navigator.rebuild()

    def _credits_shown(self, visible: bool) -> None:
        if visible and not self.credits_dock.visibleRegion().isEmpty():
            self.side.build_credits()

    def _place_credits(self, pane: QWidget) -> None:
        self.credits_dock.setWidget(scrollable(pane))

    # ------------------------------------------------------------ building

    def _build_central(self) -> None:
        pane = QWidget(self)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title_field)
        layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorPreviewSplitter")
        self.splitter.addWidget(pane)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 600])
        central = QWidget(self)  # the find bar spans editor and preview: it takes no width from either
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.splitter, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.library_dock = self._dock("libraryDock", self.tr("Library"), self.library_panel, left)
        self.outline_dock = self._dock("outlineDock", self.tr("Outline"), self.navigator, left)
        self.splitDockWidget(self.library_dock, self.outline_dock, Qt.Orientation.Vertical)
        # Their widgets are set by decorate(); the docks exist now so the layout can be restored.
        self.metadata_dock = self._dock("metadataDock", self.tr("Metadata"), QWidget(self), right)
        self.credits_dock = self._dock(
            "creditsDock", self.tr("Credits"), QWidget(self), right)
        self.tabifyDockWidget(self.metadata_dock, self.credits_dock)
        self.metadata_dock.raise_()
        self.resizeDocks([self.library_dock, self.outline_dock], [300, 380], Qt.Orientation.Vertical)
        self.resizeDocks([self.library_dock, self.metadata_dock], [320, 300],
                         Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        self.view_menu, self.toolbar = build_menus(self, self.actions_)
        for dock in (self.library_dock, self.outline_dock, self.metadata_dock, self.credits_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addAction(self.toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.status_line = StatusLine(self.statusBar())
        self.save_label = self.status_line.save_label
        self.words_label = self.status_line.words_label
        self.part_label = self.status_line.part_label

    def _connect(self) -> None:
        a, s = self.actions_, self.session
        s.article_loaded.connect(self._on_article_loaded)
        s.parts_replaced.connect(self.preview.parts_replaced)
        s.parts_replaced.connect(self._update_words)
        s.dirty_changed.connect(self._update_title)
        s.saved.connect(self._on_saved)
        self.navigator.part_clicked.connect(self.sync.show_part)
        self.navigator.part_clicked.connect(self._refocus)
        s.parts_replaced.connect(self._on_structure_changed)
        self.navigator.title_clicked.connect(lambda: self.show_dock(self.metadata_dock))
        self.navigator.credits_clicked.connect(lambda: self.show_dock(self.credits_dock))
        self.editor.cursorPositionChanged.connect(self._update_part_label)
        self.library_panel.article_activated.connect(self.open_article)
        self.library_panel.hit_activated.connect(self._open_at_hits)  # a search result: its hits
        self.preview_hits = PreviewHits(self.find_bar, self.preview, self)
        self.library_panel.article_deleted.connect(self._on_article_deleted)
        self.side.title_changed.connect(self._on_title_changed)
        self.side.credits_changed.connect(self._on_credits_changed)
        self.settings.changed.connect(lambda _k: self.apply_settings())

        a.new_article.triggered.connect(self.new_article)
        a.duplicate_article.triggered.connect(self.library_panel.duplicate_selected)
        a.delete_article.triggered.connect(self.library_panel.delete_selected)
        a.empty_trash.triggered.connect(self.library_panel.empty_trash)
        a.save.triggered.connect(s.save)
        a.import_files.triggered.connect(self.import_files)
        a.import_folder.triggered.connect(self.import_folder)
        a.export.triggered.connect(self.export)
        a.preferences.triggered.connect(self.show_preferences)
        a.quit.triggered.connect(self.close)
        a.search_library.triggered.connect(self._focus_search)
        self.editor.highlighter = self.highlighter  # a long text: put in detached, coloured in slices
        s.about_to_show.connect(self.spelling.prepare)  # the article's language,
        self.side.title_changed.connect(self.spelling.refresh)  # its change in Metadata,
        self.settings.changed.connect(self.spelling.refresh)  # and the preference
        self.settings.changed.connect(self.article_spelling.sync_action)
        self.side.title_changed.connect(self.counts.update_target)
        self.navigator.edits.after_edit.append(self._refocus)  # focus mode follows a moved section
        self.editor.history_moved.connect(self._refocus)  # and its undo and redo
        for action in (a.history, a.restore_backup, a.reader_mode):
            action.setEnabled(False)  # enabled by the features that provide them

    # ------------------------------------------------------------ settings and layout

    def apply_settings(self) -> None:
        st = self.settings
        self.editor.set_editor_font(st.get("editor_font_family"), st.get("editor_font_size"))
        self.editor.set_line_width(st.get("editor_line_width"))
        self.session.set_autosave_delay(st.get("autosave_delay_ms"))
        size = st.get("preview_font_size")
        if size != self.preview._font_size:
            self.preview.set_base_font_size(size)

    def apply_palette(self) -> None:
        """The theme changed: re-colour what is drawn with explicit colours."""
        self.highlighter.set_palette(self.palette())
        self.preview.show_article(self.session.article)
        self.actions_.load_icons()
        self.find_bar.load_icons()
        self.navigator.rebuild()

    # ------------------------------------------------------------ articles

    def open_article(self, article_id: str) -> bool:
        if self.session.article is not None and self.session.article.id == article_id:
            return True
        self.set_focus_mode(False)
        if self.session.open(article_id):
            return True
        if self.session.article is not None:  # still on the article that could not be saved
            self.library_panel.select(self.session.article.id)
        return False

    def _open_at_hits(self, article_id: str, query: str) -> None:
        if self.session.article is not None and self.session.article.id == article_id:
            self.session.when_loaded(lambda: self.find_bar.show_search_hits(query))

    def attach_guard(self, guard: LibraryGuard) -> None:
        """Give the library guard what it works with: History beside the checklist, its actions.

        Before ``finish_building()`` the guard waits for it (its History is not needed
        for the first paint); a deferred start-up check then starts too."""
        if not self.finished:
            self._guard = guard
            return
        self._attach_guard_now(guard)
        guard.check_after_start()

    def _attach_guard_now(self, guard: LibraryGuard) -> None:
        # The tabs in front stay in front (History joins a group of tabs); before the window
        # is shown, the Metadata and Outline tabs are put in front.
        in_front = [d for d in self.findChildren(QDockWidget)
                    if d.isVisible() and not d.visibleRegion().isEmpty()]
        guard.attach(
            self.library, host=self, session=self.session, undo_stack=self.undo_stack,
            history_action=self.actions_.history, restore_action=self.actions_.restore_backup,
            view_menu=self.view_menu, beside=self.review_frame.dock,
            reload=self.reload_library, title_restored=self._on_history_title_restored,
        )
        for dock in in_front or [self.metadata_dock, self.outline_dock]:
            dock.raise_()

    def reload_library(self) -> None:
        """The library was replaced (a backup restored): show its list and its last article."""
        self.session.show(None)
        self.library_panel.refresh()
        self.open_last_article()

    def _on_history_title_restored(self) -> None:
        if self.side.metadata is not None:
            self.side.metadata.refresh()
        self.side.title_changed.emit()

    def open_last_article(self) -> bool:
        """Open the article open last time (or the newest one); False if there is none."""
        target = last_position.last_article(self.library)
        if target is None or not self.open_article(target):
            return False
        QTimer.singleShot(0, lambda: self.library_panel.select(target))
        self.session.when_loaded(
            lambda: last_position.restore_cursor(self.library, target, self.editor))
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)  # the writer types into the text at once
        return True

    def new_article(self) -> None:
        from hubdesk.ui.shell.translations import resolve_language

        self.library_panel.new_article(resolve_language(self.settings.get("language")))

    def _on_article_loaded(self, article) -> None:
        self.undo_stack.clear()
        self.side.set_article(article)
        self.preview.show_article(article)
        self._update_words()
        self._update_title()
        self._update_part_label()
        if article is not None:
            last_position.remember_article(self.library, article.id)

    def _on_article_deleted(self, article_id: str) -> None:
        if self.session.article is not None and self.session.article.id == article_id:
            self.session.close_article()

    def _on_saved(self, article_id: str) -> None:
        article = self.session.article
        if article is not None:
            self.library_panel.model.update_row(
                article_id, article.title, article.status, article.updated)
        self._update_title()

    def _on_title_changed(self) -> None:
        self.preview.update_title()
        self.preview.update_credits()
        self.navigator.refresh_closing()
        self.session.mark_dirty()
        self._update_title()
        self._update_words()

    def _on_credits_changed(self) -> None:
        self.preview.update_credits()
        self.navigator.refresh_closing()
        self.session.mark_dirty()

    # ------------------------------------------------------------ commands

    # ------------------------------------------------------------ status

    def _update_title(self, *_args) -> None:
        article = self.session.article
        name = (article.title or self.tr("(untitled)")) if article else ""
        self.setWindowTitle(f"{name}[*] — {APP_NAME}" if name else f"{APP_NAME}[*]")
        self.setWindowModified(self.session.dirty)
        self.status_line.show_saved(article is not None, self.session.dirty)

    def _update_words(self, *_args) -> None:
        has = self.session.article is not None
        self.status_line.show_words(self.navigator.total_words() if has else None)

    def _update_part_label(self) -> None:
        if self.session.is_loading:
            return  # the opening's progress is shown there
        if self.session.article is None:
            self.status_line.show_part("")
            return
        part = self.navigator.current_part()
        heading = self.tr("Lead") if part == 0 else self.session.tracker.parts[part].heading or ""
        self.status_line.show_part(heading)

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        guard, self._guard = self._guard, None
        if guard is not None:  # closed before it was finished: the guard still closes the library
            self._attach_guard_now(guard)
        if not self.session.save():
            answer = QMessageBox.warning(
                self, self.tr("Unsaved changes"),
                self.tr("The article could not be saved. Close anyway and lose the changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if self.session.article is not None and not self.session.is_loading:
            last_position.remember_cursor(self.library, self.session.article.id, self.editor)
        window_layout.save_layout(self)
        self._closed = True
        event.accept()

