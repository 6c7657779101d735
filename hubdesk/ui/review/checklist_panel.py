"""The Checklist panel: the pre-publication checklist of the open article, kept up to date.

It runs the checklist when an article opens and shortly after typing pauses, in a
worker thread on a snapshot of the article (``checklist_worker``; the engine
rescans only the parts that changed, the newest result wins), lists each finding with where it is, and jumps there when a
finding is clicked: into the editor for the lead and sections, to the metadata or
credits panels for the rest. "Fix typography" corrects every typography finding in
one edit that Undo takes back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk import pacing
from hubdesk.checklist import CheckContext, Checklist, Finding, Severity
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.review import editor_places
from hubdesk.ui.review.checklist_worker import ChecklistWorker, CountMisspelt

log = logging.getLogger(__name__)

DELAY_MS = 400  # after the last keystroke
SLICE_S = 0.008  # the longest stretch of rows listed in one turn of the event loop
MAX_ROWS = 500  # findings listed; a row says how many more (thousands would only slow the list)
_COLOURS = {Severity.ERROR: "#c62828", Severity.WARNING: "#b26a00", Severity.INFO: "#607d8b"}
_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


class ChecklistPanel(QWidget):
    """Lists the open article's findings; a click jumps to the place, fixes make them go."""

    title_requested = Signal()  # a finding about the title or the metadata was clicked
    credits_requested = Signal(int)  # a finding about credit n (or -1: the disclosure)
    updated = Signal()  # the list was refreshed

    def __init__(
        self, session: ArticleSession, editor: QPlainTextEdit,
        context: Callable[[], CheckContext] = CheckContext, parent: QWidget | None = None,
        misspellings: Callable[[], CountMisspelt] | None = None,
    ) -> None:
        """``context`` is called on the UI thread; ``misspellings()`` too, and gives the
        function that counts an article's misspelt words in the worker."""
        super().__init__(parent)
        self.setObjectName("ChecklistPanel")
        self.session = session
        self.editor = editor
        self.context = context
        self.misspellings = misspellings
        self.checklist = Checklist()
        self.worker = ChecklistWorker(self.checklist, self)
        self.worker.finished.connect(self._show)
        self.findings: list[Finding] = []
        self._shown: list[tuple] = []
        self.runs = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.start)
        self._filled = 0  # findings listed so far
        self._filler = QTimer(self)  # the next rows of a long list, at the next turn
        self._filler.setSingleShot(True)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_slice)

        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Fix typography"), self)
        self.fix_button.setObjectName("fixTypography")
        self.fix_button.setToolTip(self.tr("Correct spaces, quotes and apostrophes in the "
                                           "article's language (Undo takes it back)"))
        self.fix_button.clicked.connect(self.fix_typography)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklistFindings")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Finding")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self.jump_to_item)
        self.tree.itemClicked.connect(self.jump_to_item)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

        session.article_loaded.connect(lambda _a: self.start())
        session.parts_replaced.connect(lambda *_a: self.schedule())
        self.refresh()

    # ------------------------------------------------------------ running

    def schedule(self) -> None:
        """Something changed: check again once typing pauses."""
        self._timer.start()

    @property
    def pending(self) -> bool:
        """Findings are on their way: typing has not paused yet, the worker is busy, or a long
        list is still being filled."""
        return self._timer.isActive() or self.worker.busy or self._filler.isActive()

    def _counter(self) -> CountMisspelt | None:
        return self.misspellings() if self.misspellings is not None else None

    def start(self) -> None:
        """Check the article as it is now, in the worker; the list follows when it is done."""
        self._timer.stop()
        article = self.session.article
        if article is None:
            self.refresh()
            return
        self.worker.start(article, self.context(), self._counter())

    def refresh(self) -> None:
        """Run the checklist now, on this thread, and show what changed."""
        self._timer.stop()
        article = self.session.article
        if article is None:
            self.worker.drop()
            self._show([])
        else:
            self._show(self.worker.run_now(article, self.context(), self._counter()))

    def _show(self, findings: list[Finding]) -> None:
        article = self.session.article
        self.runs += 1
        self.findings = findings
        # What a row shows does not depend on the offset: typing moves findings without
        # changing the list, and then only the findings behind the rows are replaced.
        # Only the first MAX_ROWS are rows, then a count: an article of tens of thousands
        # of findings costs no more per run than one of MAX_ROWS.
        keys = [(f.rule, f.part, f.index, tuple(sorted(f.params.items())))
                for f in findings[:MAX_ROWS]]
        if keys != self._shown:
            self._shown = keys
            self._fill()
        elif not self._filler.isActive():  # a fill under way ends with the count
            self._show_count()
        blocking, fixable = 0, False
        for finding in findings:
            blocking += finding.blocks
            fixable = fixable or (finding.fix is not None and finding.rule.startswith("typo."))
        self.fix_button.setEnabled(fixable)
        self._summarise(article is not None, blocking)
        self.updated.emit()

    def _summarise(self, has_article: bool, blocking: int) -> None:
        if not has_article:
            self.summary.setText(self.tr("No article open."))
            return
        if not self.findings:
            text = self.tr("Nothing to report: ready to publish.")
        elif blocking:
            text = self.tr("%n finding(s), %1 blocking publication.", "", len(self.findings)) \
                .replace("%1", str(blocking))
        else:
            text = self.tr("%n finding(s); nothing blocks publication.", "", len(self.findings))
        self.summary.setText(text)

    def _fill(self) -> None:
        """List the findings: at once when they are few, else ``SLICE_S`` of rows per turn
        of the event loop. At most ``MAX_ROWS`` are listed, then one row says how many more
        there are (the summary counts them all; fixing typography fixes them all)."""
        self.tree.clear()
        self._filled = 0
        self._fill_slice()

    def _fill_slice(self) -> None:
        pacing.hold()
        language = QLocale().name()[:2]
        findings = self.findings
        listed = min(len(findings), MAX_ROWS)
        deadline = time.perf_counter() + SLICE_S
        items = []
        while self._filled < listed:
            finding = findings[self._filled]
            message = finding.message(language)
            item = QTreeWidgetItem([self.where(finding), message])
            item.setForeground(0, _brush(_COLOURS[finding.severity]))
            item.setToolTip(1, f"{message}\n{self.severity_name(finding.severity)} · {finding.rule}")
            items.append(item)
            self._filled += 1
            if self._filled % 16 == 0 and time.perf_counter() > deadline:
                break
        self.tree.addTopLevelItems(items)
        if self._filled < listed:
            self._filler.start()
        else:
            self._show_count()
            self.tree.resizeColumnToContents(0)

    def _show_count(self) -> None:
        """The row after the listed ones: how many more findings there are (none: no row)."""
        tree = self.tree
        listed = min(len(self.findings), MAX_ROWS)
        rest = len(self.findings) - listed
        text = self.tr("… and %n more finding(s)", "", rest)
        if tree.topLevelItemCount() > listed:
            if rest:
                tree.topLevelItem(listed).setText(1, text)
            else:
                tree.takeTopLevelItem(listed)
        elif rest:
            more = QTreeWidgetItem(["", text])
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(more)

    def where(self, finding: Finding) -> str:
        n = "" if finding.index is None else str(finding.index + 1)
        names = {
            "title": self.tr("Title"), "lead": self.tr("Lead"),
            "section": self.tr("Section %1").replace("%1", n),
            "credit": self.tr("Credit %1").replace("%1", n),
            "disclosure": self.tr("Disclosure"), "article": self.tr("Article"),
        }
        return names.get(finding.part, finding.part)

    def severity_name(self, severity: Severity) -> str:
        return {Severity.ERROR: self.tr("Blocks publication"), Severity.WARNING: self.tr("Warning"),
                Severity.INFO: self.tr("Note")}[severity]

    # ------------------------------------------------------------ acting

    def finding_at(self, item: QTreeWidgetItem) -> Finding | None:
        """The current finding behind a row of the list."""
        row = self.tree.indexOfTopLevelItem(item)
        return self.findings[row] if 0 <= row < min(len(self.findings), MAX_ROWS) else None

    def jump_to_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = self.finding_at(item)
        if finding is not None:
            self.jump_to(finding)

    def jump_to(self, finding: Finding) -> bool:
        """Show the place of ``finding``: select it in the editor, or open its panel."""
        if finding.part in ("title",):
            self.title_requested.emit()
            return True
        if finding.part in ("credit", "disclosure"):
            self.credits_requested.emit(-1 if finding.index is None else finding.index)
            return True
        span = editor_places.position(self.session.tracker, finding)
        if span is None:
            return False
        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def fix_typography(self) -> int:
        """Correct every typography finding in one undoable edit; the number fixed."""
        if self.pending:
            self.refresh()  # positions from the text as it is now
        typography = [f for f in self.findings if f.rule.startswith("typo.")]
        fixed = editor_places.apply_part_fixes(self.session.tracker, typography)
        log.info("Fixed %d typography findings", fixed)
        self.refresh()
        return fixed
