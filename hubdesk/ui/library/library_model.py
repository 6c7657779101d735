"""The library list as a Qt model, loaded a page at a time.

Rows come from ``Library.list_articles(limit, offset)`` only as the view scrolls
(``canFetchMore``/``fetchMore``), so a library of ten thousand articles opens as
fast as one of ten. In search mode the rows are the store's ranked hits.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from hubdesk.library import positions as reading
from hubdesk.library import signoffs as review
from hubdesk.library.store import Library
from hubdesk.model.article import SearchHit, Status
from hubdesk.model.signoff import SignState
from hubdesk.ui.library.search_worker import SearchWorker
from hubdesk.ui.reader.reading_labels import reading_label, reading_tooltip

log = logging.getLogger(__name__)

PAGE = 200
# Ranked hits shown while typing: snippets cost about 0.12 ms each on a 10,000-article
# library, so the best 50 keep a keystroke's search well under a frame budget of 30 ms.
SEARCH_LIMIT = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # a search hit's snippet, matches in [brackets]
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 3  # "signed", "stale", "unsigned" or "" (no sections)
_REVIEW_COLOURS = {SignState.SIGNED: QColor("#2e7d32"), SignState.STALE: QColor("#c62828"),
                   SignState.UNSIGNED: QColor("#9e9e9e")}
TITLE, STATUS, UPDATED, READING = range(4)
_ROOT = QModelIndex()
_LIST_ONLY = ("sort", "descending")  # list_articles arguments that count_articles does not take


def status_label(status: Status | str) -> str:
    labels = {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.IN_REVIEW: QCoreApplication.translate("Status", "In review"),
        Status.READY: QCoreApplication.translate("Status", "Ready"),
        Status.PUBLISHED: QCoreApplication.translate("Status", "Published"),
    }
    return labels.get(Status(status), str(status))


@dataclass
class Row:
    id: str
    title: str
    status: Status | None
    updated: datetime | None
    detail: str = ""  # search snippet or word count
    words: int = 0
    language: str = ""
    progress: float | None = None  # share read in reader mode, None if never opened
    review: tuple[SignState, int, int] | None = None  # state, sections signed, sections


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    today = QDateTime.currentDateTime().date()
    locale = QLocale()
    if local.date() == today:
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local.date(), QLocale.FormatType.ShortFormat)


class LibraryModel(QAbstractTableModel):
    """Articles (title, status, last change), or search hits when a query is set.

    Searches run on a worker thread (``SearchWorker``); the rows change when the
    latest query's hits arrive, and ``query`` is the query whose hits are shown.
    """

    search_shown = Signal()  # the rows now show a new search's hits (or the list again)

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self._rows: list[Row] = []
        self._total = 0
        self._query = ""  # the query whose hits the rows show ("" for the list)
        self._wanted = ""  # the latest query asked for
        self._filters: dict[str, object] = {}
        self.fetch_gate = None
        self._searcher = SearchWorker(library.path, self)
        self._searcher.results.connect(self._show_hits)
        self.refresh()

    # ------------------------------------------------------------ loading

    @property
    def query(self) -> str:
        return self._query

    def refresh(self) -> None:
        """Reload from the start (after an edit, a new article or a new query).

        In search mode the query runs again on the worker; the rows change when it ends.
        """
        if self._wanted:
            self._searcher.search(self._wanted, SEARCH_LIMIT)
            return
        self.beginResetModel()
        self._rows = []
        counted = {k: v for k, v in self._filters.items() if k not in _LIST_ONLY}
        self._total = self.library.count_articles(**counted)
        self.endResetModel()
        self.fetchMore()  # the first page; the view asks for the next ones as it scrolls

    def _show_hits(self, query: str, hits: list[SearchHit]) -> None:
        if query != self._wanted:
            return
        self.beginResetModel()
        self._query = query
        progress = reading.progress_for(self.library, [h.id for h in hits])
        states = review.review_states(self.library, [h.id for h in hits])
        self._rows = [Row(h.id, h.title, h.status, h.updated, h.snippet, h.word_count, h.language,
                          progress.get(h.id), states.get(h.id)) for h in hits]
        self._total = len(self._rows)
        self.endResetModel()
        self.search_shown.emit()

    def searching(self) -> bool:
        """True while a search runs on the worker."""
        return self._searcher.is_busy()

    def wait_for_search(self, msecs: int = -1) -> bool:
        return self._searcher.wait(msecs)

    def set_filters(self, filters: dict[str, object]) -> None:
        """Status, language, tag, author (None for any), sort and descending, as
        ``Library.list_articles`` takes them; the list reloads from its first page."""
        filters = dict(filters)
        if filters != self._filters:
            self._filters = filters
            self.refresh()

    def set_query(self, query: str) -> None:
        """Search ``query`` on the worker (an empty query shows the list again, at once)."""
        query = query.strip()
        if query == self._wanted:
            return
        self._wanted = query
        if query:
            self._searcher.search(query, SEARCH_LIMIT)
            return
        self._searcher.cancel()
        self._query = ""
        self.refresh()
        self.search_shown.emit()

    def has_more(self) -> bool:
        return len(self._rows) < self._total

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 (Qt override)
        """More rows exist and the view really shows the last one (``fetch_gate``).

        Before its first layout a view reports every row as visible and would load
        the whole library; the gate lets the panel say when the end is on screen.
        """
        if parent.isValid() or not self.has_more():
            return False
        return self.fetch_gate is None or self.fetch_gate()

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 (Qt override)
        if parent.isValid() or self._query:
            return
        start = len(self._rows)
        page = self.library.list_articles(limit=PAGE, offset=start, **self._filters)
        if not page:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        progress = reading.progress_for(self.library, [s.id for s in page])
        states = review.review_states(self.library, [s.id for s in page])
        self._rows += [Row(s.id, s.title, s.status, s.updated, str(s.word_count), s.word_count,
                           s.language, progress.get(s.id), states.get(s.id)) for s in page]
        self.endInsertRows()
        log.debug("Library list: %d of %d rows loaded", len(self._rows), self._total)

    def loaded_count(self) -> int:
        return len(self._rows)

    def total(self) -> int:
        return self._total

    def row_of(self, article_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row.id == article_id:
                return n
        return -1

    def article_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def update_row(self, article_id: str, title: str, status: Status, updated: datetime) -> None:
        """Show an edit of the open article without reloading the list."""
        n = self.row_of(article_id)
        if n < 0:
            return
        row = self._rows[n]
        row.title, row.status, row.updated = title, status, updated
        row.review = review.review_states(self.library, [article_id]).get(article_id)
        self.dataChanged.emit(self.index(n, 0), self.index(n, 2))

    def update_review(self, article_id: str) -> None:
        """Show an article's sign-offs anew (after a sign-off)."""
        n = self.row_of(article_id)
        if n >= 0:
            self._rows[n].review = review.review_states(self.library, [article_id]).get(article_id)
            self.dataChanged.emit(self.index(n, STATUS), self.index(n, STATUS))

    def set_progress(self, article_id: str, fraction: float) -> None:
        """Show a new reading progress (the reader saved a position)."""
        n = self.row_of(article_id)
        if n >= 0:
            self._rows[n].progress = fraction
            self.dataChanged.emit(self.index(n, READING), self.index(n, READING))

    # ------------------------------------------------------------ model

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Status"), self.tr("Changed"), self.tr("Reading"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == REVIEW_ROLE:
            return str(row.review[0]) if row.review else ""
        if column == STATUS and row.review and role in (
                Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            return self._review_data(row.review, role)
        if role == SNIPPET_ROLE:
            return row.detail if self._query and column == TITLE else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return row.title or self.tr("(untitled)")
            if column == STATUS:
                return status_label(row.status) if row.status else ""
            if column == UPDATED:
                return _when(row.updated)
            if column == READING:
                return reading_label(row.words, row.language, row.progress) if row.words else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == READING and row.words:
            return reading_tooltip(row.words, row.language, row.progress)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._query:
                return row.detail.replace("[", "«").replace("]", "»")
            return self.tr("%1 words").replace("%1", row.detail)
        return None

    def _review_data(self, state: tuple[SignState, int, int], role: int):
        """The status column's sign-off mark: a coloured square, and a tooltip that says it."""
        if role == Qt.ItemDataRole.DecorationRole:
            return _REVIEW_COLOURS[state[0]]
        text = {SignState.SIGNED: self.tr("Signed off: every section"),
                SignState.STALE: self.tr("Sign-off stale: a section changed since"),
                SignState.UNSIGNED: self.tr("Not signed off: %1 of %2 sections signed")}[state[0]]
        return text.replace("%1", str(state[1])).replace("%2", str(state[2]))
