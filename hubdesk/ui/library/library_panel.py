"""The library panel: the articles, a search field, and new/duplicate/delete/import."""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.model.article import Article, new_id, utc_now
from hubdesk.ui.library.library_filters import LibraryFilters
from hubdesk.ui.library.library_model import ID_ROLE, LibraryModel
from hubdesk.ui.library.search_hit_delegate import SearchHitDelegate
from hubdesk.ui.shell.error_text import error_message
from hubdesk.ui.shell.errors import show_error

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120


class LibraryPanel(QWidget):
    """Lists the library; emits ``article_activated(id)`` when the writer picks one."""

    article_activated = Signal(str)
    hit_activated = Signal(str, str)  # a search result opened: article id, the search's words
    article_deleted = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None, *,
                 fill_filters: bool = True) -> None:
        """``fill_filters``: False leaves the filter choices to ``filters.refresh_choices()``."""
        super().__init__(parent)
        self.library = library
        self.setObjectName("libraryPanel")
        self.confirm_delete = self._confirm_delete
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search all articles…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.model = LibraryModel(library, self)
        self.model.search_shown.connect(self._update_count)  # searches end on a worker thread
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(0, SearchHitDelegate(self.view))  # hits show a snippet
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would read every loaded row at start-up.
        metrics = self.view.fontMetrics()
        for column, sample in ((1, "In review  "), (2, "00/00/0000  "), (3, "✓ 99 min  ")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        self.model.fetch_gate = self._last_row_shown
        self.filters = LibraryFilters(library, self, fill=fill_filters)
        self.filters.filters_changed.connect(self._on_filters_changed)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("libraryCount")
        self.notice = QFrame(self)
        self.notice.setObjectName("libraryNotice")
        self.notice_label = QLabel(self.notice)
        self.notice_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self.notice)
        self.undo_button.clicked.connect(self.undo_delete)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(8, 4, 8, 4)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.undo_button)
        self.notice.hide()
        self._trashed: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.count_label)
        self._update_count()

    # ------------------------------------------------------------ list

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.search.text())
        self._update_count()

    def _on_filters_changed(self, filters: dict) -> None:
        self.model.set_filters(filters)
        self._update_count()

    def refresh(self, select: str | None = None) -> None:
        current = select or self.current_id()
        self.model.refresh()
        self._update_count()
        if current:
            self.select(current)

    def _update_count(self) -> None:
        if self.model.query:
            text = self.tr("%n result(s)", "", self.model.total())
        else:
            text = self.tr("%n article(s)", "", self.model.total())
        self.count_label.setText(text)

    def select(self, article_id: str) -> bool:
        """Select an article's row, loading pages until it appears."""
        row = self.model.row_of(article_id)
        while row < 0 and self.model.has_more():
            self.model.fetchMore()
            row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _last_row_shown(self) -> bool:
        last = self.model.rowCount() - 1
        if last < 0:
            return True
        rect = self.view.visualRect(self.model.index(last, 0))
        return rect.isValid() and self.view.viewport().rect().intersects(rect)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.article_id(r) for r in rows]
        return [i for i in ids if i] or ([self.current_id()] if self.current_id() else [])

    def _on_clicked(self, index) -> None:
        article_id = index.data(ID_ROLE)
        if article_id:
            self.article_activated.emit(article_id)
            if self.model.query:  # open it at the first hit
                self.hit_activated.emit(article_id, self.model.query)

    # ------------------------------------------------------------ commands

    def _add(self, article: Article) -> str | None:
        try:
            self.library.save_article(article)
        except HubDeskError as exc:
            show_error(self, self.tr("The article could not be created."), exc)
            return None
        self.search.clear()
        self.apply_search()
        self.refresh(select=article.id)
        self.article_activated.emit(article.id)
        return article.id

    def new_article(self, language: str = "en") -> str | None:
        article = Article(title=self.tr("Untitled article"), language=language)
        article.slug = ""
        return self._add(article)

    def duplicate_selected(self) -> str | None:
        source_id = self.current_id()
        if not source_id:
            return None
        try:
            source = self.library.load_article(source_id)
        except HubDeskError as exc:
            show_error(self, self.tr("The article could not be duplicated."), exc)
            return None
        twin = copy.deepcopy(source)
        twin.id = new_id()
        twin.title = self.tr("%1 (copy)").replace("%1", source.title)
        twin.slug = ""
        twin.created = twin.updated = utc_now()
        twin.published = None
        for item in (*twin.sections, *twin.credits):
            item.id = new_id()
        return self._add(twin)

    def _confirm_delete(self, titles: list[str]) -> bool:
        text = (self.tr("Move “%1” to the trash?").replace("%1", titles[0]) if len(titles) == 1
                else self.tr("Move %n articles to the trash?", "", len(titles)))
        answer = QMessageBox.question(
            self, self.tr("Move to trash"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> list[str]:
        ids = self.selected_ids()
        if not ids:
            return []
        titles = [self.model.data(self.model.index(self.model.row_of(i), 0)) for i in ids]
        if not self.confirm_delete(titles):
            return []
        done = []
        for article_id in ids:
            try:
                self.library.delete_article(article_id)
            except HubDeskError as exc:
                show_error(self, self.tr("The article could not be moved to the trash."), exc)
                break
            done.append(article_id)
            self.article_deleted.emit(article_id)
        if done:
            self._trashed = done
            self.notice_label.setText(self.tr("%n article(s) moved to the trash.", "", len(done)))
            self.notice.show()
            self.refresh()
        return done

    def empty_trash(self) -> int:
        """After a confirmation, remove for good every article in the trash; returns how many."""
        count = self.library.count_articles(deleted=True)
        if count == 0:
            QMessageBox.information(self, self.tr("Empty trash"), self.tr("The trash is empty."))
            return 0
        answer = QMessageBox.question(
            self, self.tr("Empty trash"),
            self.tr("Remove the %n article(s) in the trash for good? This cannot be undone.", "",
                    count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        try:
            removed = self.library.empty_trash()
        except HubDeskError as exc:
            show_error(self, self.tr("The trash could not be emptied."), exc)
            return 0
        self._trashed = []
        self.notice.hide()
        return removed

    def undo_delete(self) -> None:
        for article_id in self._trashed:
            try:
                self.library.restore_article(article_id)
            except HubDeskError as exc:
                show_error(self, self.tr("The article could not be restored."), exc)
        restored, self._trashed = self._trashed, []
        self.notice.hide()
        self.refresh(select=restored[0] if restored else None)
        if restored:
            self.article_activated.emit(restored[0])

    def import_paths(self, paths: list[Path]) -> list[str]:
        """Import files (folders are searched); returns the new or updated articles' ids.

        The import runs in the folder import's worker (see ``file_import``). A file whose
        article is already in the library is skipped, updated or kept beside it, as the
        user answers (see ``duplicate_question``); a file with too few words to tell its
        language takes the library's. A cancelled import's dialog has listed the refusals.
        """
        from hubdesk.ui.library.file_import import import_files

        outcome = import_files(self.library, paths, self)  # in a worker; the window keeps painting
        imported, refused = outcome.imported, [] if outcome.cancelled else outcome.refused
        problems = [error_message(r.error) if r.error is not None else f"{r.path}: {r.reason}"
                    for r in refused]
        if imported:
            self.search.clear()
            self.apply_search()
            self.refresh(select=imported[-1].article_id)
            self.article_activated.emit(imported[-1].article_id)
        if problems:
            show_error(
                self,
                self.tr("%n file(s) could not be imported.", "", len(problems)),
                "\n".join(problems),
            )
        return [i.article_id for i in imported]
