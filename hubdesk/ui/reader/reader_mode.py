"""Reader mode in the main window: F11 swaps the workspace for the reader and back.

``ReaderMode(host, ...)`` puts the host window's central widget and a ``ReaderView``
in a stack, and connects the ``reader_mode`` action it is given (F11 and the tool
bar). The main window hands it what it works with: the library, the settings, the
editing session, the library panel (whose list next and previous follow), a way to
open an article in the editor and the editor to give the focus back to.
Entering saves the open article, hides the docks, tool bars, menu bar and status
bar, and shows the article in the reader, full screen; leaving (F11, Escape or the
bar's button) puts everything back as it was and, if the reader moved to another
article, opens that one in the editor. Next and previous article follow the
library panel's current list (its filters, sort or search), loading further pages
of the list as needed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QToolBar, QWidget

from hubdesk.library.store import Library
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.library.library_panel import LibraryPanel
from hubdesk.ui.reader.writing_place import WritingPlace
from hubdesk.ui.shell.settings import Settings

if TYPE_CHECKING:
    from hubdesk.ui.reader.reader_view import ReaderView

log = logging.getLogger(__name__)


class ReaderMode(QObject):
    """Switches a main window between writing and reading."""

    def __init__(
        self,
        host: QMainWindow,
        *,
        library: Library,
        settings: Settings,
        session: ArticleSession,
        library_panel: LibraryPanel,
        action: QAction,
        open_article: Callable[[str], bool],
        editor: MarkdownEditor,
    ) -> None:
        super().__init__(host)
        self.host = host
        self.session = session
        self.library_panel = library_panel
        self._open_article = open_article
        self._editor = editor
        self._library = library
        self._settings = settings
        self._view: ReaderView | None = None  # built on the first F11 (see ``view``)
        self._hidden: list[QWidget] = []
        self._was_full_screen = False
        self._start_id: str | None = None
        self._place = WritingPlace(host, editor)  # cursor, scroll, side tabs, focus

        central = host.takeCentralWidget()
        self.stack = QStackedWidget(host)
        self.stack.setObjectName("centralStack")
        self.stack.addWidget(central)
        host.setCentralWidget(self.stack)
        self.stack.show()  # a window already on screen does not show a new child by itself

        self.action = action
        self.action.setCheckable(True)
        self.action.setEnabled(True)
        self.action.toggled.connect(self.set_active)
        host.installEventFilter(self)

    @property
    def view(self) -> ReaderView:
        """The reader, built the first time it is asked for: a writer who never reads
        in HubDesk does not hold its browser and page in memory."""
        if self._view is None:
            from hubdesk.ui.reader.reader_view import ReaderView

            view = ReaderView(self._library, self._settings, parent=self.host)
            self.stack.addWidget(view)
            # The menu bar is hidden while reading: keep F11 working from the reader itself.
            view.addAction(self.action)
            view.exit_requested.connect(lambda: self.set_active(False))
            view.set_neighbour_provider(self._neighbour)
            view.article_changed.connect(self._on_article_changed)
            view.position_saved.connect(self._on_position_saved)
            self._view = view
        return self._view

    @property
    def active(self) -> bool:
        return self._view is not None and self.stack.currentWidget() is self._view

    # ------------------------------------------------------------ switching

    def _current_id(self) -> str | None:
        if self.session.article is not None:
            return self.session.article.id
        return self.library_panel.current_id()

    def set_active(self, on: bool) -> None:
        if on == self.active:
            self.action.setChecked(on)
            return
        if on:
            self._enter()
        else:
            self._leave()
        self.action.setChecked(self.active)

    def _enter(self) -> None:
        window = self.host
        if self.session.article is not None and not self.session.save():
            return  # the error has been shown; stay in the editor with the text
        article_id = self._current_id()
        if article_id is None:
            return
        self._place.take()
        chrome: list[QWidget] = [window.menuBar(), window.statusBar()]
        chrome += window.findChildren(QToolBar) + window.findChildren(QDockWidget)
        self._hidden = [w for w in chrome if w.isVisible() and w.parent() is window]
        for w in self._hidden:
            w.hide()
        self._was_full_screen = window.isFullScreen()
        self.stack.setCurrentWidget(self.view)
        if not self._was_full_screen:
            window.showFullScreen()
        # Lay the reader out at its real size before the page is placed in it.
        for layout in (window.layout(), self.view.layout()):
            layout.activate()
        self._start_id = article_id
        self.view.open_article(article_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("Reader mode on %s", article_id)

    def _leave(self) -> None:
        window = self.host
        article = self.view.article
        self.view.close_article()
        self.stack.setCurrentIndex(0)
        for w in self._hidden:
            w.show()
        self._hidden = []
        if not self._was_full_screen and window.isFullScreen():
            window.showNormal()
        if article is not None and article.id != self._start_id:
            self.library_panel.select(article.id)
            self._open_article(article.id)
            self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # back to the same article: to the same place in it
            self._place.restore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Leave before the window saves its layout, so that hidden docks are saved shown.
        if watched is self.host and event.type() == QEvent.Type.Close and self.active:
            self.set_active(False)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ the list

    def _neighbour(self, article_id: str, step: int) -> str | None:
        """The article ``step`` rows away in the library list, loading pages as needed."""
        model = self.library_panel.model
        # Not canFetchMore: that waits for the (hidden) list to show its last row.
        more = model.has_more
        row = model.row_of(article_id)
        while row < 0 and more():
            model.fetchMore()
            row = model.row_of(article_id)
        if row < 0:
            return None
        target = row + step
        while target >= model.rowCount() and more():
            model.fetchMore()
        return model.article_id(target) if target >= 0 else None

    def _on_article_changed(self, article_id: str) -> None:
        self.library_panel.select(article_id)

    def _on_position_saved(self, article_id: str, fraction: float) -> None:
        """Show the new reading progress in the library list."""
        self.library_panel.model.set_progress(article_id, fraction)
