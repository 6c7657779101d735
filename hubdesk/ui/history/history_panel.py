"""The History panel: saved versions of the open article or of the current section.

Each row is one saved version (when, which part, words added and removed). Selecting
one shows how it differs from the current text, words added since in green and
words removed since struck out in red. Restore puts the version back in the editor
as one edit, which Undo takes back and the next autosave records as a new change.
Deleted sections are listed too, and Restore brings them back.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.errors import HubDeskError
from hubdesk.library import history, provenance_events, signoffs
from hubdesk.model.document import compose
from hubdesk.model.signoff import SignOff, section_hash
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.field_command import FieldCommand
from hubdesk.ui.history.diff_worker import LARGE_DIFF_CHARS, DiffThread, start_diff
from hubdesk.ui.history.provenance_rows import PROVENANCE_ROLE, provenance_item
from hubdesk.ui.shell.errors import show_error

log = logging.getLogger(__name__)

ARTICLE_SCOPE, SECTION_SCOPE = 0, 1
MAX_LISTED = 2000  # newest versions listed (a long day of autosaves stays responsive)
_ID_ROLE = Qt.ItemDataRole.UserRole
SIGNOFF_ROLE = Qt.ItemDataRole.UserRole + 1  # a sign-off row: its text, shown when selected


class HistoryPanel(QWidget):
    """Lists the versions of the open article (or current section), diffs and restores them."""

    restored = Signal(int)  # revision id, once its text is back in the editor
    title_restored = Signal()  # the article's title was changed back (or that was undone)

    def __init__(
        self, session: ArticleSession, parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """``undo_stack``: where a restored title goes (the metadata panel's), to be undoable."""
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.setObjectName("HistoryPanel")
        self.session = session
        self.library = session.library

        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Whole article"))
        self.scope.addItem(self.tr("Current section"))
        self.scope.setToolTip(self.tr("Show the versions of the whole article or of the "
                                      "section holding the cursor"))
        self.versions = QTreeWidget(self)
        self.versions.setObjectName("historyVersions")
        self.versions.setHeaderLabels([self.tr("Saved"), self.tr("Change"), self.tr("Part")])
        self.versions.setRootIsDecorated(False)
        self.versions.setUniformRowHeights(True)
        self.versions.setAlternatingRowColors(True)
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("historyDiff")
        self.diff.setOpenLinks(False)
        self.diff.setPlaceholderText(self.tr("Select a version to see how it differs from the "
                                             "current text."))
        self.restore_button = QPushButton(self.tr("&Restore this version"), self)
        self.restore_button.setToolTip(self.tr("Put this version back in the editor "
                                               "(Undo takes it back)"))
        self.restore_button.setEnabled(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.versions)
        split.addWidget(self.diff)
        split.setSizes([200, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.restore_button)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.versions.currentItemChanged.connect(self._show_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        session.article_loaded.connect(self.refresh)
        session.saved.connect(self.refresh)
        session.editor.cursorPositionChanged.connect(self._on_cursor_moved)
        self._section_id: str | None = None
        self.refresh()

    # ------------------------------------------------------------ listing

    def current_section_id(self) -> str:
        """The id of the section holding the cursor (``history.LEAD_ID`` in the lead)."""
        article = self.session.article
        if article is None:
            return history.LEAD_ID
        block = self.session.editor.textCursor().blockNumber()
        part = self.session.tracker.part_at_block(block)
        if part <= 0 or part - 1 >= len(article.sections):
            return history.LEAD_ID
        return article.sections[part - 1].id

    def _on_cursor_moved(self) -> None:
        if self.scope.currentIndex() == SECTION_SCOPE and self.isVisible():
            if self.current_section_id() != self._section_id:
                self.refresh()

    def refresh(self, *_args: object) -> None:
        """Reload the list of versions (keeps the selected one when it is still there)."""
        selected = self.selected_revision()
        self.versions.clear()
        self.diff.clear()
        self.restore_button.setEnabled(False)
        article = self.session.article
        if article is None:
            self.summary.setText(self.tr("No article open."))
            return
        section = None
        if self.scope.currentIndex() == SECTION_SCOPE:
            section = self._section_id = self.current_section_id()
        revisions = history.revisions(self.library, article.id, section, limit=MAX_LISTED)
        given = [s for s in signoffs.signoffs(self.library, article.id)
                 if section is None or s.section_id == section]
        rows: list[tuple[datetime, int, int, object]] = [(r.saved, 0, 0, r) for r in revisions]
        rows += [(s.at, 1, 0, s) for s in given]  # a sign-off lists above the save it vouches for
        origins = provenance_events.batches(
            provenance_events.events(self.library, article.id, section))
        # one row per import, paste, mark or save (newer batches first within a second)
        rows += [(b[0].at, 2, b[0].batch, b) for b in origins]
        rows.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)
        today = datetime.now().astimezone().date()
        for moment, _kind, _seq, entry in rows:
            local = moment.astimezone()
            when = local.strftime("%H:%M:%S" if local.date() == today else "%Y-%m-%d %H:%M")
            if isinstance(entry, SignOff):
                self.versions.addTopLevelItem(self._signoff_item(entry, when, article))
                continue
            if isinstance(entry, list):
                self.versions.addTopLevelItem(provenance_item(entry, when))
                continue
            rev = entry
            item = QTreeWidgetItem([when, self._change_text(rev), self._part_name(rev)])
            item.setData(0, _ID_ROLE, rev.id)
            item.setToolTip(0, local.strftime("%Y-%m-%d %H:%M:%S"))
            item.setToolTip(2, rev.heading)
            self.versions.addTopLevelItem(item)
            if rev.id == selected:
                self.versions.setCurrentItem(item)
        for column in range(3):
            self.versions.resizeColumnToContents(column)
        deleted = len(history.deleted_sections(self.library, article.id))
        text = self.tr("%n saved version(s).", "", len(revisions))
        if given:
            text += " " + self.tr("%n sign-off(s).", "", len(given))
        if origins:
            text += " " + self.tr("%n change(s) of origin.", "", len(origins))
        if deleted:
            text += " " + self.tr("%n deleted section(s) can be restored.", "", deleted)
        self.summary.setText(text)

    def _signoff_item(self, signoff: SignOff, when: str, article) -> QTreeWidgetItem:
        """A sign-off's row: who, when, which section and which version of it."""
        live = {s.id: s for s in article.sections}
        section = live.get(signoff.section_id)
        if section is None:
            state = self.tr("the section was deleted since")
        elif section_hash(section) == signoff.text_hash:
            state = self.tr("the section is unchanged since")
        else:
            state = self.tr("the section changed since")
        item = QTreeWidgetItem([when, self.tr("✓ signed off by %1").replace("%1", signoff.by),
                                signoff.heading or self.tr("(untitled section)")])
        stamp = signoff.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        text = (self.tr("Signed off by %1 on %2: section %3, version %4; %5.")
                .replace("%1", signoff.by).replace("%2", stamp)
                .replace("%3", str(signoff.position + 1)).replace("%4", signoff.text_hash[:10])
                .replace("%5", state))
        item.setData(0, SIGNOFF_ROLE, text)
        for column in range(3):
            item.setToolTip(column, text)
        return item

    def _part_name(self, rev: history.Revision) -> str:
        if rev.is_lead:
            return self.tr("Title and lead")
        if rev.kind == "deleted":
            return self.tr("%1 (deleted)").replace("%1", rev.heading)
        return rev.heading or self.tr("(untitled section)")

    def _change_text(self, rev: history.Revision) -> str:
        if rev.kind == "baseline":
            return self.tr("earlier text")
        if rev.kind == "new" and not rev.removed:
            return self.tr("new, %n word(s)", "", rev.added)
        return self.tr("+%1 −%2 words").replace("%1", str(rev.added)).replace(
            "%2", str(rev.removed))

    def selected_revision(self) -> int | None:
        item = self.versions.currentItem()
        rev = item.data(0, _ID_ROLE) if item is not None else None
        return int(rev) if rev is not None else None

    def select_row(self, row: int) -> None:
        self.versions.setCurrentItem(self.versions.topLevelItem(row))

    # ------------------------------------------------------------ difference

    def _show_selected(self, *_args: object) -> None:
        rev_id = self.selected_revision()
        if rev_id is None:
            self.diff.clear()
            item = self.versions.currentItem()
            note = item and (item.data(0, SIGNOFF_ROLE) or item.data(0, PROVENANCE_ROLE))
            if note:
                self.diff.setPlainText(note)
            self.restore_button.setEnabled(False)
            return
        try:
            rev = history.get_revision(self.library, rev_id)
            heading, body = history.revision_text(self.library, rev_id)
            now = history.current_text(self.library, rev.article_id, rev.section_id) or ("", "")
        except HubDeskError as exc:
            show_error(self, self.tr("This version could not be read."), exc)
            return
        note = self.tr("This is the current text.") if rev.current else ""
        intro = f"<p><i>{html.escape(note)}</i></p>" if note else ""
        old, new = f"{heading}\n\n{body}", f"{now[0]}\n\n{now[1]}"
        self.restore_button.setEnabled(not rev.current)
        if len(old) + len(new) < LARGE_DIFF_CHARS:
            self.diff.setHtml(intro + diff_html(history.word_diff(old, new)))
            return
        self.diff.setPlainText(self.tr("Comparing…"))  # a long text: compared in a worker
        start_diff(DiffThread(rev_id, old, new, lambda pieces: intro + diff_html(pieces)), self._show_diff)

    def _show_diff(self, rev_id: int, text: str) -> None:
        if rev_id == self.selected_revision():  # else the writer has chosen another version since
            self.diff.setHtml(text)

    # ------------------------------------------------------------ restoring

    def restore_selected(self) -> bool:
        """Put the selected version back in the editor as one undoable edit."""
        rev_id = self.selected_revision()
        article = self.session.article
        if rev_id is None or article is None:
            return False
        try:
            restored = history.with_revision(self.library, article, rev_id)
        except HubDeskError as exc:
            show_error(self, self.tr("This version could not be restored."), exc)
            return False
        if restored.title != article.title:
            if self.undo_stack is not None:
                self.undo_stack.push(FieldCommand(
                    article, {"title": restored.title}, self.tr("Restore title"),
                    on_apply=self._title_applied))
            else:
                article.title = restored.title
                self._title_applied()
        replace_text(self.session.editor, compose(restored.lead, restored.sections))
        log.info("Restored version %d of article %s", rev_id, article.id)
        self.restored.emit(rev_id)
        return True


    def _title_applied(self) -> None:
        self.session.mark_dirty()
        self.title_restored.emit()


def replace_text(editor, new_text: str) -> None:
    """Change the editor's text to ``new_text`` with one edit covering only what differs."""
    old_text = editor.toPlainText()
    if old_text == new_text:
        return
    n = min(len(old_text), len(new_text))
    start = 0
    while start < n and old_text[start] == new_text[start]:
        start += 1
    end = 0
    while end < n - start and old_text[-1 - end] == new_text[-1 - end]:
        end += 1
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(len(old_text) - end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new_text[start : len(new_text) - end])
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def diff_html(pieces: list[history.DiffPiece]) -> str:
    """The word diff as HTML: kept text plain, text since added green, text since removed red."""
    out = ['<div style="white-space: pre-wrap">']
    for p in pieces:
        text = html.escape(p.text)
        if p.op == "+":
            out.append(f'<span style="background-color:#c8f0c8" title="added">{text}</span>')
        elif p.op == "-":
            out.append(
                f'<span style="background-color:#f6c6c6;text-decoration:line-through"'
                f' title="removed">{text}</span>'
            )
        else:
            out.append(text)
    out.append("</div>")
    return "".join(out)
