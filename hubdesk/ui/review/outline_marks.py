"""Sign-off marks in the outline: a "Review" column saying signed, stale or unsigned.

The marks are recomputed from the open article's text (so a change makes a sign-off
stale at once) and the sign-offs the review desk holds, shortly after each change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget

from hubdesk.model.provenance import Origin, SectionProvenance, provenance_of
from hubdesk.model.signoff import SignOff, SignState, latest, section_state
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.section_navigator import ROLE_PART

MARKS_DELAY_MS = 300  # the edited share of an AI draft is a word diff: not per keystroke
REVIEW_COLUMN = 2
ORIGIN_COLUMN = 3
_SYMBOLS = {SignState.SIGNED: "✓", SignState.STALE: "⚠", SignState.UNSIGNED: "○"}
_COLOURS = {SignState.SIGNED: "#2e7d32", SignState.STALE: "#c62828", SignState.UNSIGNED: "#757575"}


class OutlineMarks(QObject):
    """Adds and fills the outline's review column."""

    def __init__(self, outline: QTreeWidget, session: ArticleSession,
                 signoffs: Callable[[], list[SignOff]]) -> None:
        super().__init__(outline)
        self.outline = outline
        self.session = session
        self.signoffs = signoffs
        self.states: list[SignState] = []
        self.origins: list[SectionProvenance] = []
        self._shown: dict[int, tuple[object, ...]] = {}  # id(item) -> what it shows now
        outline.setColumnCount(4)
        outline.headerItem().setText(REVIEW_COLUMN, self.tr("Review"))
        outline.headerItem().setText(ORIGIN_COLUMN, self.tr("Origin"))
        # Narrow columns: a symbol and a short origin, the words in their tooltips (the
        # outline shares a side column; the section titles keep the room). Fixed widths from
        # the labels, since measuring every row would cost at each change.
        outline.headerItem().setToolTip(REVIEW_COLUMN, self.tr("Review"))
        outline.headerItem().setToolTip(ORIGIN_COLUMN, self.tr("Origin"))
        outline.headerItem().setText(REVIEW_COLUMN, "✓")
        outline.headerItem().setText(ORIGIN_COLUMN, self.tr("AI"))
        header = outline.header()
        metrics = outline.fontMetrics()
        for column, texts in ((REVIEW_COLUMN, list(_SYMBOLS.values())),
                              (ORIGIN_COLUMN, [self.tr("AI"), self.tr("AI %1%").replace("%1", "100")])):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            outline.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in texts) + 14)
        outline.setColumnHidden(ORIGIN_COLUMN, True)  # shown once a section is AI-drafted
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(MARKS_DELAY_MS)  # once typing pauses, never inside a keystroke
        self._timer.timeout.connect(self.update)
        outline.model().rowsInserted.connect(lambda *_a: self.schedule())
        session.parts_replaced.connect(lambda *_a: self.schedule())

    def schedule(self) -> None:
        self._timer.start()

    def mark(self, state: SignState, by: str = "") -> str:
        return {SignState.SIGNED: self.tr("✓ signed"), SignState.STALE: self.tr("⚠ changed"),
                SignState.UNSIGNED: self.tr("○ to sign")}[state]

    def short_origin(self, found: SectionProvenance) -> str:
        """What the narrow column shows: nothing for a person, ``AI`` or ``AI 23%``."""
        if found.origin is Origin.PERSON:
            return ""
        if found.origin is Origin.AI:
            return self.tr("AI")
        return self.tr("AI %1%").replace("%1", str(round(found.edited * 100)))

    def origin(self, found: SectionProvenance) -> str:
        """``person``, ``AI: Chappie`` or ``AI: Chappie, 23% edited`` (translated)."""
        if found.origin is Origin.PERSON:
            return self.tr("person")
        name = found.assistant
        if found.origin is Origin.AI:
            return self.tr("AI: %1").replace("%1", name) if name else self.tr("AI")
        share = str(round(found.edited * 100))
        if not name:
            return self.tr("AI, %2% edited").replace("%2", share)
        return self.tr("AI: %1, %2% edited").replace("%1", name).replace("%2", share)

    def update(self) -> None:
        """Write each section's mark (the outline's other columns are left alone)."""
        self._timer.stop()
        article = self.session.article
        if article is None:
            self.states = []
            self.origins = []
            return
        newest = latest(self.signoffs())
        self.states = [section_state(s, newest) for s in article.sections]
        self.origins = [provenance_of(s, article.origins) for s in article.sections]
        self.outline.setColumnHidden(
            ORIGIN_COLUMN, all(o.origin is Origin.PERSON for o in self.origins))
        labels = {state: self.mark(state) for state in SignState}  # the tooltips' first line
        shown: dict[int, tuple[object, ...]] = {}
        blocked = self.outline.blockSignals(True)
        try:
            for row in range(self.outline.topLevelItemCount()):
                item = self.outline.topLevelItem(row)
                part = item.data(0, ROLE_PART)
                if not isinstance(part, int) or not 1 <= part <= len(self.states):
                    continue
                state = self.states[part - 1]
                signoff = newest.get(article.sections[part - 1].id)
                found = self.origins[part - 1]
                key = (state, signoff, found)
                shown[id(item)] = key
                if self._shown.get(id(item)) == key and item.text(REVIEW_COLUMN) == _SYMBOLS[state]:
                    continue  # a keystroke changes one section: the others are left as they are
                item.setText(REVIEW_COLUMN, _SYMBOLS[state])
                item.setForeground(REVIEW_COLUMN, QBrush(QColor(_COLOURS[state])))
                tip = labels[state] if signoff is None else labels[state] + "\n" + self.tr(
                    "Signed off by %1 on %2").replace("%1", signoff.by).replace(
                    "%2", signoff.at.astimezone().strftime("%Y-%m-%d %H:%M"))
                item.setToolTip(REVIEW_COLUMN, tip)
                item.setText(ORIGIN_COLUMN, self.short_origin(found))
                item.setToolTip(ORIGIN_COLUMN, self.origin(found))
                item.setForeground(ORIGIN_COLUMN, QBrush(QColor(
                    "#757575" if found.origin is Origin.PERSON else "#6a1b9a")))
        finally:
            self.outline.blockSignals(blocked)
        self._shown = shown
