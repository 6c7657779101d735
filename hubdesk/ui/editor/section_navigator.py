"""The section navigator: the outline of the open article, with word counts.

Title, lead, each section, credits and disclosure, one row each. Clicking a row
moves the editor and the preview to that part; dragging a section row moves the
whole section; the row of the part being edited is highlighted. Structural
commands (move, add, rename, delete, split, merge) go through ``SectionEdits``,
so each is one step on the editor's undo stack.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from hubdesk.formats.render import disclosure_sentence
from hubdesk.model.article import count_words
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.quiet_scroll_bar import QuietScrollBar
from hubdesk.ui.editor.section_edits import SectionEdits
from hubdesk.ui.shell import icons

log = logging.getLogger(__name__)

ROLE_PART = Qt.ItemDataRole.UserRole + 1
TITLE, CREDITS, DISCLOSURE = -1, -2, -3
_ROW_ICONS: dict[tuple, QIcon] = {}  # (name, colour, width, height, pixel ratio): a picture
_COUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_SECTION_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable


class SectionNavigator(QTreeWidget):
    """Outline of the article; part numbers: -1 title, 0 lead, n section n-1, -2/-3 closing."""

    part_clicked = Signal(int)  # 0 = lead, n = section n - 1
    title_clicked = Signal()
    credits_clicked = Signal()

    def __init__(self, session: ArticleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setVerticalScrollBar(QuietScrollBar(Qt.Orientation.Vertical, self))
        self.session = session
        self.edits = SectionEdits(session.editor, session.tracker)
        self.edits.after_edit.append(self.follow_cursor)
        self._counts: list[int] = []
        self._title_words = 0
        self._following = False
        self._context_actions: list[QAction] = []
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Outline"), self.tr("Words")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sized by _fit_counts: "resize to contents" measures every visible row again on
        # each change of a count (about 0.7 ms per row updated at 200 sections).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self._counts_width_key: tuple = ()
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemClicked.connect(self._on_item_clicked)
        self.itemActivated.connect(self._on_item_clicked)
        self.itemChanged.connect(self._on_item_changed)
        session.article_loaded.connect(self._on_loaded)
        session.parts_replaced.connect(self._on_parts_replaced)
        session.editor.cursorPositionChanged.connect(self.follow_cursor)
        self.rebuild()

    # ------------------------------------------------------------ building

    def rebuild(self) -> None:
        """Rows for the whole article (on open, and when the rows cannot be patched).

        The items are made first, outside the tree, and put in with one call while
        the outline neither paints nor sorts: thousands of sections cost one insertion,
        not one insertion, relayout and signal per row.
        """
        article = self.session.article
        sorting, updates = self.isSortingEnabled(), self.updatesEnabled()
        self.setSortingEnabled(False)
        self.setUpdatesEnabled(False)
        self.blockSignals(True)
        try:
            self.clear()
            if article is None:
                self._counts = []
                return
            parts = self.session.tracker.parts
            if len(self._counts) != len(parts):
                self._counts = [_words(p) for p in parts]
            self._title_words = count_words(article.title)
            title = self._item(
                article.title or self.tr("(untitled)"),
                str(self._title_words),
                TITLE,
                "mdi6.format-header-1",
            )
            title.setToolTip(0, self.tr("Title: edit it in the Metadata panel"))
            lead = self._item(self.tr("Lead"), str(self._counts[0]), 0, "mdi6.text-short")
            credits = [c for c in article.credits if not c.is_empty()]
            credits_item = self._item(
                self.tr("Credits"), str(len(credits)), CREDITS, "mdi6.bookmark-multiple-outline"
            )
            sentence = disclosure_sentence(article.disclosure, article.language)
            disclosure = self._item(
                self.tr("AI disclosure"),
                "✓" if article.disclosure.ai_written else "–",
                DISCLOSURE,
                "mdi6.robot-outline",
            )
            disclosure.setToolTip(0, sentence or self.tr("No disclosure"))
            sections = self._section_items(1, len(parts))
            self.addTopLevelItems([title, lead, *sections, credits_item, disclosure])
        finally:
            self.blockSignals(False)
            self.setUpdatesEnabled(updates)
            self.setSortingEnabled(sorting)
        self._fit_counts()
        self.follow_cursor()

    def _item(self, text: str, count: str, part: int, icon: str) -> QTreeWidgetItem:
        """A row not yet in the outline (title, lead, credits or disclosure)."""
        item = QTreeWidgetItem([text, count])
        item.setData(0, ROLE_PART, part)
        item.setIcon(0, self._row_icon(icon))
        item.setTextAlignment(1, _COUNT_ALIGNMENT)
        item.setFlags(_ROW_FLAGS)
        return item

    def _section_items(self, first: int, end: int) -> list[QTreeWidgetItem]:
        """Rows for parts ``first .. end - 1`` (sections), not yet in the outline: copies
        of one model row (icon, alignment, flags), each given its heading, count and part."""
        model = QTreeWidgetItem(["", ""])
        model.setIcon(0, self._row_icon("mdi6.format-header-2"))
        model.setTextAlignment(1, _COUNT_ALIGNMENT)
        model.setFlags(_SECTION_FLAGS)
        parts, counts = self.session.tracker.parts, self._counts
        items = []
        for n in range(first, end):
            item = model.clone()
            item.setText(0, parts[n].heading or "")
            item.setText(1, str(counts[n]))
            item.setData(0, ROLE_PART, n)
            items.append(item)
        return items

    def _row_icon(self, name: str) -> QIcon:
        """The icon ``name`` as a ready-made picture: an icon-font glyph would be drawn
        again on every repaint of the outline (a few ms per repaint with 16 rows). Before
        the icon fonts are loaded (the first paint), a blank one: the titles keep their
        place when the marks come."""
        colour = self.palette().text().color()
        size = self.iconSize()
        if not size.isValid():
            side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
            size = QSize(side, side)
        ratio = self.devicePixelRatioF()
        if not icons.ready():
            name = ""
        key = (name, colour.rgba(), size.width(), size.height(), ratio)
        cached = _ROW_ICONS.get(key)
        if cached is None and not name:
            blank = QPixmap(size * ratio)
            blank.setDevicePixelRatio(ratio)
            blank.fill(Qt.GlobalColor.transparent)
            cached = _ROW_ICONS[key] = QIcon(blank)
        elif cached is None:
            cached = _ROW_ICONS[key] = QIcon(icons.icon(name, colour).pixmap(size, ratio))
        return cached

    def _fit_counts(self) -> None:
        """Make the count column as wide as its widest cell (or its header), measuring
        again only when the longest count text or the font changed."""
        count = self.topLevelItemCount()
        if count == 0:
            return
        rows = [0, count - 2, count - 1] if count >= 3 else list(range(count))
        if self._counts:
            longest = max(self._counts)
            rows.append(1 + self._counts.index(longest))
        rows = [r for r in dict.fromkeys(rows) if 0 <= r < count]
        texts = [self.topLevelItem(r).text(1) for r in rows]
        key = (
            tuple(texts),
            self.headerItem().text(1),
            self.font().key(),
            self.header().font().key(),
        )
        if key == self._counts_width_key:
            return
        self._counts_width_key = key
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        width = self.header().sectionSizeHint(1)
        for r in rows:
            index = self.indexFromItem(self.topLevelItem(r), 1)
            width = max(width, self.itemDelegateForIndex(index).sizeHint(option, index).width())
        if width != self.header().sectionSize(1):
            self.header().resizeSection(1, width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._counts_width_key = ()
            self._fit_counts()

    def item_for_part(self, part: int) -> QTreeWidgetItem | None:
        count = self.topLevelItemCount()
        guess = {TITLE: 0, CREDITS: count - 2, DISCLOSURE: count - 1}.get(part, part + 1)
        if 0 <= guess < count:  # the rows are in outline order: no search needed
            item = self.topLevelItem(guess)
            if item.data(0, ROLE_PART) == part:
                return item
        for row in range(count):
            item = self.topLevelItem(row)
            if item.data(0, ROLE_PART) == part:
                return item
        return None

    def word_count(self, part: int) -> int:
        item = self.item_for_part(part)
        return int(item.text(1)) if item is not None and item.text(1).isdigit() else 0

    def refresh_closing(self) -> None:
        """Credits, disclosure or title changed elsewhere: update their rows (only those)."""
        article = self.session.article
        title, credits = self.item_for_part(TITLE), self.item_for_part(CREDITS)
        disclosure = self.item_for_part(DISCLOSURE)
        if article is None or title is None or credits is None or disclosure is None:
            self.rebuild()
            return
        self.blockSignals(True)
        self._title_words = count_words(article.title)
        title.setText(0, article.title or self.tr("(untitled)"))
        title.setText(1, str(self._title_words))
        credits.setText(1, str(sum(1 for c in article.credits if not c.is_empty())))
        sentence = disclosure_sentence(article.disclosure, article.language)
        disclosure.setText(1, "✓" if article.disclosure.ai_written else "–")
        disclosure.setToolTip(0, sentence or self.tr("No disclosure"))
        self.blockSignals(False)
        self._fit_counts()

    def total_words(self) -> int:
        """Words of the title, lead and sections (kept up to date part by part)."""
        return self._title_words + sum(self._counts)

    def _on_loaded(self, _article) -> None:
        self._counts = []
        self.rebuild()

    def _on_parts_replaced(self, start: int, removed: int, added: int) -> None:
        """Update the rows of the parts that changed; the others stay (only their part
        numbers move). A structural edit touches a few rows, not the whole outline."""
        parts = self.session.tracker.parts
        self._counts[start : start + removed] = [_words(p) for p in parts[start : start + added]]
        if (
            start == 0
            and added == 0
            or self.topLevelItemCount() != len(parts) - added + removed + 3
        ):
            self.rebuild()  # the lead went away, or the rows are not the outline's
            return
        self.blockSignals(True)
        for n in range(start, start + min(removed, added)):
            item = self.topLevelItem(n + 1)  # row 0 is the title
            item.setText(1, str(self._counts[n]))
            if n > 0:
                item.setText(0, parts[n].heading or "")
        first_new = start + min(removed, added)
        for _ in range(removed - added):
            self.takeTopLevelItem(first_new + 1)
        if start + added > first_new:
            self.insertTopLevelItems(first_new + 1, self._section_items(first_new, start + added))
        if added != removed:
            # The later rows' part numbers are not shown: renumbered without a signal each.
            model = self.model()
            blocked = model.blockSignals(True)
            try:
                for n in range(start + added, len(parts)):
                    self.topLevelItem(n + 1).setData(0, ROLE_PART, n)
            finally:
                model.blockSignals(blocked)
        self.blockSignals(False)
        self._fit_counts()
        if added != 1 or removed != 1:
            self.follow_cursor()

    # ------------------------------------------------------------ following

    def current_part(self) -> int:
        """The part holding the editor's cursor (0 = lead)."""
        return self.session.tracker.part_at_block(self.session.editor.textCursor().blockNumber())

    def current_section(self) -> int:
        return self.current_part() - 1

    def follow_cursor(self) -> None:
        if self.session.article is None or self.edits.busy:
            return  # a structural edit follows once its cursor is in place (after_edit)
        item = self.item_for_part(self.current_part())
        if item is not None and item is not self.currentItem():
            self._following = True
            self.setCurrentItem(item)
            self._following = False

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        part = item.data(0, ROLE_PART)
        if part == TITLE:
            self.title_clicked.emit()
        elif part in (CREDITS, DISCLOSURE):
            self.credits_clicked.emit()
        else:
            self.part_clicked.emit(part)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        part = item.data(0, ROLE_PART)
        if column == 0 and part and part > 0:
            heading = item.text(0).strip()
            if heading and heading != self.session.tracker.parts[part].heading:
                self.edits.rename_section(part - 1, heading)

    # ------------------------------------------------------------ dragging

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        """Move the dragged section to where it was dropped (as one undoable edit)."""
        source = self.currentItem()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is None or not source.data(0, ROLE_PART) or source.data(0, ROLE_PART) < 1:
            return
        target_item = self.itemAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        self.drop_section(source.data(0, ROLE_PART) - 1, target_item, position)

    def drop_section(
        self,
        section: int,
        target_item: QTreeWidgetItem | None,
        position: QAbstractItemView.DropIndicatorPosition,
    ) -> bool:
        """What a drop does: move ``section`` above/below the row ``target_item``."""
        count = self.edits.section_count
        if target_item is None:
            target = count - 1
        else:
            part = target_item.data(0, ROLE_PART)
            if part == TITLE or part == 0:
                target = 0
            elif part in (CREDITS, DISCLOSURE):
                target = count - 1
            else:
                target = part - 1
                below = position == QAbstractItemView.DropIndicatorPosition.BelowItem
                if below and target < section:
                    target += 1
                elif not below and target > section:
                    target -= 1
        return self.move_section(section, target)

    def move_section(self, section: int, target: int) -> bool:
        moved = self.edits.move_section(section, target)
        if moved:
            self.follow_cursor()
        return moved

    # ------------------------------------------------------------ commands

    def move_current(self, delta: int) -> bool:
        section = self.current_section()
        if section < 0:
            return False
        return self.move_section(section, section + delta)

    def add_section(self) -> None:
        heading, ok = QInputDialog.getText(self, self.tr("New section"), self.tr("Heading:"))
        if ok and heading.strip():
            self.edits.add_section(self.current_section(), heading)
            self.session.editor.setFocus()

    def rename_current(self) -> None:
        section = self.current_section()
        if section < 0:
            return
        old = self.session.tracker.parts[section + 1].heading or ""
        heading, ok = QInputDialog.getText(
            self, self.tr("Rename section"), self.tr("Heading:"), text=old
        )
        if ok and heading.strip():
            self.edits.rename_section(section, heading)

    def delete_current(self) -> None:
        section = self.current_section()
        if section >= 0:
            self.edits.delete_section(section)

    def split_at_cursor(self) -> None:
        heading, ok = QInputDialog.getText(
            self, self.tr("Split section"), self.tr("Heading of the new section:")
        )
        if ok and heading.strip():
            self.edits.split_at_cursor(heading)

    def merge_current(self) -> None:
        section = self.current_section()
        if section >= 0:
            self.edits.merge_with_next(section)

    def set_context_actions(self, actions: list[QAction]) -> None:
        """The section commands offered by a right click on the outline."""
        self._context_actions = list(actions)

    def _context_menu(self, point) -> None:
        item = self.itemAt(point)
        if item is not None:
            self._on_item_clicked(item)
        menu = self.context_menu()
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu:
        """The right-click menu: the section commands the window gave."""
        menu = QMenu(self)
        for action in self._context_actions:
            menu.addAction(action)
        return menu


_PARAGRAPH_WORDS: dict[str, int] = {}  # paragraph -> words: a keystroke recounts one paragraph


LONG_PARAGRAPH_CHARS = 8_000  # a paragraph longer than this is counted by runs of lines


def _runs(paragraph: str) -> list[str]:
    """``paragraph``, or a long one (a list of thousands of items) as runs of lines cut
    after the lines whose hash ends in five zero bits: the cuts follow the text, not the
    line numbers, so a keystroke changes one run and the others are still counted."""
    if len(paragraph) <= LONG_PARAGRAPH_CHARS:
        return [paragraph]
    lines = paragraph.split("\n")
    runs, start = [], 0
    for n, line in enumerate(lines, 1):
        if not hash(line) & 31:
            runs.append("\n".join(lines[start:n]))
            start = n
    if start < len(lines):
        runs.append("\n".join(lines[start:]))
    return runs


def _body_words(body: str) -> int:
    """``count_words(body)``, paragraph by paragraph, a long one by runs of lines (a word
    never spans a line break)."""
    if len(_PARAGRAPH_WORDS) > 20_000:
        _PARAGRAPH_WORDS.clear()
    total = 0
    for paragraph in body.split("\n\n"):
        for run in _runs(paragraph):
            words = _PARAGRAPH_WORDS.get(run)
            if words is None:
                words = _PARAGRAPH_WORDS[run] = count_words(run)
            total += words
    return total


def _words(part) -> int:
    return _body_words(part.body) + count_words(part.heading or "")
