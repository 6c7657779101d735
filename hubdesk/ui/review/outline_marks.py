"""Sign-off marks in the outline: a "Review" column saying signed, stale or unsigned.

The marks are recomputed from the open article's text (so a change makes a sign-off
stale at once) and the sign-offs the review desk holds, shortly after each change.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from hubdesk import pacing
from hubdesk.model.article import Article
from hubdesk.model.provenance import Origin, SectionProvenance, provenance_of
from hubdesk.model.signoff import SignOff, SignState, latest, section_state
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.section_navigator import ROLE_PART

SLICE_S = 0.008  # the longest stretch of marks written in one turn of the event loop
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
        self._pass: _Pass | None = None
        self._slicer = QTimer(self)  # the next slice of a long outline, at the next turn
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._slice)
        outline.model().rowsInserted.connect(lambda *_a: self.schedule())
        session.parts_replaced.connect(lambda *_a: self.schedule())

    def schedule(self) -> None:
        self._pass = None  # the text or the outline changed: a pass in flight is overtaken
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

    def is_done(self) -> bool:
        """True when no update is waiting or half done (tests and benchmarks wait for it)."""
        return not self._timer.isActive() and self._pass is None

    def update(self) -> None:
        """Write each section's mark (the outline's other columns are left alone).

        The rows are written in slices of ``SLICE_S`` of the UI thread, one slice per
        turn of the event loop, so that an outline of thousands of sections never blocks
        the window; a short outline is done at once. A change meanwhile (``schedule``)
        drops the pass in flight; the next one starts from the first row.
        """
        self._timer.stop()
        article = self.session.article
        if article is None:
            self._pass = None
            self.states = []
            self.origins = []
            return
        count = len(article.sections)
        self._pass = _Pass(article, latest(self.signoffs()), [None] * count, [None] * count,
                           {state: self.mark(state) for state in SignState})
        self._slice()

    def _slice(self) -> None:
        job = self._pass
        if job is None:
            return
        if job.article is not self.session.article:
            self._pass = None
            return
        pacing.hold()
        deadline = time.perf_counter() + SLICE_S
        outline, model = self.outline, self.outline.model()
        # The model's signals too: each change would make the view measure the rows again
        # (its word count column fits its contents), once per slice: quadratic over slices.
        blocked, model_blocked = outline.blockSignals(True), model.blockSignals(True)
        try:
            count = outline.topLevelItemCount()
            while job.row < count:
                self._mark_row(job, outline.topLevelItem(job.row))
                job.row += 1
                if job.row % 16 == 0 and time.perf_counter() > deadline:
                    break
        finally:
            model.blockSignals(model_blocked)
            outline.blockSignals(blocked)
        outline.viewport().update()  # the marks written are drawn at the next paint
        if job.row < count:
            self._slicer.start()
            return
        self._pass = None
        sections = job.article.sections
        for index in range(len(sections)):  # sections without a row in the outline (none, usually)
            self._state_of(job, index)
        self.states = [s for s in job.states if s is not None]
        self.origins = [o for o in job.origins if o is not None]
        self.outline.setColumnHidden(
            ORIGIN_COLUMN, all(o.origin is Origin.PERSON for o in self.origins))
        self._shown = {key: value for key, value in self._shown.items() if key in job.seen}

    @staticmethod
    def _state_of(job: _Pass, index: int) -> tuple[SignState, SectionProvenance]:
        state, found = job.states[index], job.origins[index]
        if state is None or found is None:
            section = job.article.sections[index]
            state = job.states[index] = section_state(section, job.newest)
            found = job.origins[index] = provenance_of(section, job.article.origins)
        return state, found

    def _mark_row(self, job: _Pass, item: QTreeWidgetItem) -> None:
        part = item.data(0, ROLE_PART)
        if not isinstance(part, int) or not 1 <= part <= len(job.states):
            return
        state, found = self._state_of(job, part - 1)
        signoff = job.newest.get(job.article.sections[part - 1].id)
        key = (state, signoff, found)
        job.seen.add(id(item))
        if self._shown.get(id(item)) == key and item.text(REVIEW_COLUMN) == _SYMBOLS[state]:
            return  # a keystroke changes one section: the others are left as they are
        self._shown[id(item)] = key
        item.setText(REVIEW_COLUMN, _SYMBOLS[state])
        item.setForeground(REVIEW_COLUMN, _brush(_COLOURS[state]))
        label = job.labels[state]
        tip = label if signoff is None else label + "\n" + self.tr(
            "Signed off by %1 on %2").replace("%1", signoff.by).replace(
            "%2", signoff.at.astimezone().strftime("%Y-%m-%d %H:%M"))
        item.setToolTip(REVIEW_COLUMN, tip)
        item.setText(ORIGIN_COLUMN, self.short_origin(found))
        item.setToolTip(ORIGIN_COLUMN, self.origin(found))
        item.setForeground(ORIGIN_COLUMN, _brush(
            "#757575" if found.origin is Origin.PERSON else "#6a1b9a"))


_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


@dataclass
class _Pass:
    """One update of the marks, written row by row over several turns of the event loop."""

    article: Article
    newest: dict[str, SignOff]
    states: list[SignState | None]
    origins: list[SectionProvenance | None]
    labels: dict[SignState, str]
    row: int = 0
    seen: set[int] = field(default_factory=set)
