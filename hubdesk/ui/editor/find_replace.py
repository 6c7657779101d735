"""The find and replace bar, under the editor and the preview.

Matches are counted in the whole article or only in the section holding the
cursor, with case, whole-word and regular-expression options; every match is
highlighted, the current one is selected, and Replace All is one undo step.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QWidget,
)

from hubdesk.ui.editor.search_terms import find_hits, hit_pattern
from hubdesk.ui.shell import icons

log = logging.getLogger(__name__)

MAX_HIGHLIGHTS = 5000


def build_pattern(needle: str, case: bool, whole_word: bool, regex: bool) -> re.Pattern[str]:
    """The regular expression for a search; ``re.error`` for a bad regular expression."""
    body = needle if regex else re.escape(needle)
    if whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    flags = re.MULTILINE | (0 if case else re.IGNORECASE)
    return re.compile(body, flags)


class FindReplace(QWidget):
    """Find (with wrap-around and a match count), replace one, replace all (one undo step).

    ``section_range(position)`` (set by the window) gives the character range of the
    section holding a position, for the "Current section" scope. ``show_search_hits``
    finds a library search's terms the way the search matched them (accents, case and
    word endings ignored) until the writer edits the field or an option.
    """

    highlights_changed = Signal()  # the matches to show changed (the preview shows them too)

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.section_range: Callable[[int], tuple[int, int]] | None = None
        self.setObjectName("findReplace")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._matches: list[tuple[int, int]] = []
        self._error = ""
        self._search_pattern: re.Pattern[str] | None = None  # a library search's terms
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(120)
        self._refresh.timeout.connect(self.update_matches)

        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000") + 8)
        self.status = self.count_label
        self.case = self._toggle("Aa", self.tr("Match case"))
        self.whole_word = self._toggle("W", self.tr("Whole words only"))
        self.regex = self._toggle(".*", self.tr("Regular expression (\\1 in the replacement "
                                                 "stands for the first group)"))
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Whole article"), "article")
        self.scope.addItem(self.tr("Current section"), "section")
        self.scope.setToolTip(self.tr("Where to look"))
        prev_btn = self._button("mdi6.chevron-up", self.tr("Previous match (Shift+F3)"),
                                lambda: self.find(backward=True))
        next_btn = self._button("mdi6.chevron-down", self.tr("Next match (F3)"), self.find)
        self.replace_button = QToolButton(self)
        self.replace_button.setText(self.tr("Replace"))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QToolButton(self)
        self.replace_all_button.setText(self.tr("Replace All"))
        self.replace_all_button.setToolTip(self.tr("Replace every match (one Ctrl+Z undoes it)"))
        self.replace_all_button.clicked.connect(self.replace_all)
        close_btn = self._button("mdi6.close", self.tr("Close (Esc)"), self.close_bar)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.find_field, 0, 0)
        find_tools = QHBoxLayout()
        for w in (self.count_label, prev_btn, next_btn, self.case, self.whole_word, self.regex,
                  self.scope):
            find_tools.addWidget(w)
        find_tools.addStretch(1)
        find_tools.addWidget(close_btn)
        grid.addLayout(find_tools, 0, 1)
        grid.addWidget(self.replace_field, 1, 0)
        replace_tools = QHBoxLayout()
        replace_tools.addWidget(self.replace_button)
        replace_tools.addWidget(self.replace_all_button)
        replace_tools.addStretch(1)
        grid.addLayout(replace_tools, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self._replace_row = (self.replace_field, self.replace_button, self.replace_all_button)

        self.find_field.textEdited.connect(self._leave_search)
        self.find_field.textChanged.connect(self._refresh_now)
        for toggle in (self.case, self.whole_word, self.regex):
            toggle.toggled.connect(self._leave_search)
            toggle.toggled.connect(self._refresh_now)
        self.scope.currentIndexChanged.connect(self._refresh_now)
        editor.document().contentsChanged.connect(self._document_changed)
        self.find_field.returnPressed.connect(self.find)
        self.replace_field.returnPressed.connect(self.replace_one)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.find_field, lambda: self.find(backward=True))
        self.hide()

    # ------------------------------------------------------------ building

    def _button(self, icon: str, tip: str, slot) -> QToolButton:
        b = QToolButton(self)
        b.setProperty("icon_name", icon)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        return b

    def _toggle(self, text: str, tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.setCheckable(True)
        b.setAutoRaise(True)
        return b

    def load_icons(self) -> None:
        for button in self.findChildren(QToolButton):
            name = button.property("icon_name")
            if name:
                button.setIcon(icons.icon(name, self.palette().text().color()))

    # ------------------------------------------------------------ showing

    def open_bar(self, replace: bool = False) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected and selected != self.find_field.text():
            self._leave_search()  # the selected text, as written
            self.find_field.setText(selected)
        for w in self._replace_row:
            w.setVisible(replace)
        self.show()
        (self.replace_field if replace and self.find_field.text() else self.find_field).setFocus()
        self.find_field.selectAll()
        self.update_matches()

    def close_bar(self) -> None:
        self.hide()
        self._matches = []
        self.editor.setExtraSelections([])
        self.highlights_changed.emit()
        self.editor.setFocus()

    def show_search_hits(self, query: str) -> bool:
        """Show a library search's hits: every one highlighted, the first selected (F3 goes on).

        False (and nothing changed) when the query has no word to look for.
        """
        pattern = hit_pattern(query)
        if pattern is None:
            return False
        for toggle in (self.case, self.whole_word, self.regex):
            toggle.setChecked(False)
        self.scope.setCurrentIndex(0)
        self._search_pattern = pattern
        self.find_field.setToolTip(self.tr(
            "The library search's words, found as it found them: case, accents and word "
            "endings ignored. Edit to search the text as written."))
        self.find_field.setText(query.strip())
        for w in self._replace_row:
            w.setVisible(False)
        self.show()
        cursor = self.editor.textCursor()
        cursor.setPosition(0)
        self.editor.setTextCursor(cursor)
        found = self.find()
        self.editor.setFocus()
        return found

    def in_search_mode(self) -> bool:
        """True while the field holds a library search's words (not a literal text)."""
        return self._search_pattern is not None

    def _leave_search(self, *_args) -> None:
        if self._search_pattern is not None:
            self._search_pattern = None
            self.find_field.setToolTip("")

    def spans_in(self, text: str) -> list[tuple[int, int]]:
        """Where the current search matches in another text (the preview's), while the bar is open."""
        if not self.isVisible() or not self.find_field.text():
            return []
        if self._search_pattern is not None:
            return find_hits(self._search_pattern, text)
        try:
            pattern = build_pattern(self.find_field.text(), self.case.isChecked(),
                                    self.whole_word.isChecked(), self.regex.isChecked())
        except re.error:
            return []
        return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]

    # ------------------------------------------------------------ matching

    def _range(self) -> tuple[int, int]:
        end = self.editor.document().characterCount() - 1
        if self.scope.currentData() == "section" and self.section_range is not None:
            return self.section_range(self.editor.textCursor().selectionStart())
        return 0, end

    def matches(self) -> list[tuple[int, int]]:
        """Character ranges of the matches in the scope (empty for a bad pattern)."""
        needle = self.find_field.text()
        self._error = ""
        if not needle:
            return []
        if self._search_pattern is not None:
            start, end = self._range()
            return find_hits(self._search_pattern, self.editor.toPlainText(), start, end)
        try:
            pattern = build_pattern(needle, self.case.isChecked(), self.whole_word.isChecked(),
                                    self.regex.isChecked())
        except re.error as exc:
            self._error = self.tr("Invalid regular expression: %1").replace("%1", str(exc))
            return []
        start, end = self._range()
        text = self.editor.toPlainText()
        return [(m.start(), m.end()) for m in pattern.finditer(text, start, end) if m.end() > m.start()]

    def _refresh_now(self, *_args) -> None:
        self.update_matches()

    def _document_changed(self) -> None:
        if self.isVisible() and self.find_field.text():
            self._refresh.start()

    def update_matches(self) -> None:
        """Recount and re-highlight the matches (after the text or the options changed)."""
        self._matches = self.matches()
        self._highlight()
        self._show_count()

    def _current_index(self) -> int:
        cursor = self.editor.textCursor()
        try:
            return self._matches.index((cursor.selectionStart(), cursor.selectionEnd()))
        except ValueError:
            return -1

    def _show_count(self) -> None:
        if self._error:
            self.count_label.setText(self.tr("Invalid pattern"))
            self.count_label.setToolTip(self._error)
            return
        self.count_label.setToolTip("")
        if not self.find_field.text():
            self.count_label.clear()
        elif not self._matches:
            self.count_label.setText(self.tr("Not found"))
        else:
            index = self._current_index()
            total = len(self._matches)
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(total))
                if index >= 0 else self.tr("%n match(es)", "", total))

    def _highlight(self) -> None:
        colour = QColor(self.palette().highlight().color())
        colour.setAlpha(70)
        selections = []
        doc = self.editor.document()
        for start, end in self._matches[:MAX_HIGHLIGHTS]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(colour)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(selection)
        self.editor.setExtraSelections(selections)
        self.highlights_changed.emit()

    # ------------------------------------------------------------ commands

    def find(self, backward: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around; False if there is none."""
        self._matches = self.matches()
        if not self._matches:
            self._highlight()
            self._show_count()
            return False
        cursor = self.editor.textCursor()
        if backward:
            before = [m for m in self._matches if m[1] <= cursor.selectionStart() and m[0] < cursor.selectionStart()]
            target = before[-1] if before else self._matches[-1]
        else:
            after = [m for m in self._matches if m[0] >= cursor.selectionEnd()]
            if cursor.hasSelection():
                after = [m for m in after if m != (cursor.selectionStart(), cursor.selectionEnd())]
            target = after[0] if after else self._matches[0]
        found = QTextCursor(self.editor.document())
        found.setPosition(target[0])
        found.setPosition(target[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self._highlight()
        self._show_count()
        return True

    def _replacement(self, start: int, end: int) -> str:
        """The replacement for the match at ``start``..``end`` (groups expanded for a regex)."""
        text = self.replace_field.text()
        if not self.regex.isChecked():
            return text
        pattern = build_pattern(self.find_field.text(), self.case.isChecked(),
                                self.whole_word.isChecked(), True)
        whole = self.editor.toPlainText()
        m = pattern.match(whole, start)
        if m is None or m.end() != end:
            return text
        try:
            return m.expand(text)
        except (re.error, IndexError):
            return text

    def replace_one(self) -> None:
        """Replace the selected match, then go to the next one."""
        self._matches = self.matches()
        cursor = self.editor.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) in self._matches:
            cursor.insertText(self._replacement(cursor.selectionStart(), cursor.selectionEnd()))
        self.find()

    def replace_all(self) -> int:
        """Replace every match in the scope as one undo step; returns how many."""
        matches = self.matches()
        if not matches:
            self.update_matches()
            return 0
        replacements = [self._replacement(s, e) for s, e in matches]
        doc = self.editor.document()
        edit = QTextCursor(doc)
        edit.setPosition(self.editor.textCursor().position())
        edit.beginEditBlock()
        for (start, end), text in zip(reversed(matches), reversed(replacements), strict=True):
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(text)
        edit.endEditBlock()
        count = len(matches)
        self.update_matches()
        self.count_label.setText(self.tr("%n replaced", "", count))
        return count
