"""The open article: the model on one side, the editor's text on the other.

Loading puts the article's body (``hubdesk.document.compose``) into the editor;
every edit is folded back into the ``Article`` part by part (the part tracker says
which); the article is written to the library shortly after typing stops, on
switching article, on closing and on Ctrl+S. A save that fails is reported and
the article stays unsaved, its text untouched in the editor.

Autosave writes from the library's save worker (``Library.save_article_in_background``):
the UI thread only takes a snapshot. Every other save (Ctrl+S, switching article,
closing, a quit signal) waits for the background save in flight, then writes what is
still unsaved before it returns, so nothing is reported saved that is not on disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from hubdesk import collector, pacing
from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section
from hubdesk.model.document import compose
from hubdesk.ui.editor.part_tracker import PartTracker
from hubdesk.ui.editor.text_loader import TextLoader, is_long
from hubdesk.ui.shell.error_text import error_message
from hubdesk.ui.shell.errors import show_error

log = logging.getLogger(__name__)

BURST_HOLD_S = 0.5  # the workers wait at most this long for the views to take an article


class ArticleSession(QObject):
    """Keeps one open article, its editor text and the library in step."""

    about_to_show = Signal(object)  # Article | None, before its text goes into the editor
    article_loaded = Signal(object)  # Article | None
    loading = Signal(int)  # a long text going in over several turns: percent done
    parts_replaced = Signal(int, int, int)  # as PartTracker, after the model is updated
    dirty_changed = Signal(bool)
    saved = Signal(str)  # article id
    save_failed = Signal(str)  # message
    _background_done = Signal(object)  # the Future of a background save, from the worker

    def __init__(
        self, library: Library, editor: QPlainTextEdit, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.editor = editor
        self.article: Article | None = None
        self.tracker = PartTracker(editor.document(), self)
        self.tracker.parts_replaced.connect(self._on_parts_replaced)
        self.loader = TextLoader(editor, self)
        self.loader.progress.connect(self.loading)
        self._after_load: list[Callable[[], None]] = []
        self._dirty = False
        self._edits = 0  # counts mark_dirty calls: a save clears only the edits it wrote
        self._pending: tuple[Future[None], str, int] | None = None  # future, id, edits
        self._background_done.connect(self._on_background_done)
        self.before_text: list[Callable[[str], None]] = []  # given the text about to go in
        # Sections an edit removed, by their text: an undo that brings one back gives it
        # its id again, and with the id its sign-offs and AI origin.
        self._retired: dict[tuple[str, str], str] = {}
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(1500)
        self._autosave.timeout.connect(self.save_in_background)

    # ------------------------------------------------------------ state

    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_autosave_delay(self, milliseconds: int) -> None:
        self._autosave.setInterval(max(100, int(milliseconds)))

    def mark_dirty(self) -> None:
        """Something of the article changed (text, credits, metadata): save it soon."""
        if self.article is None:
            return
        self._autosave.start()
        self._edits += 1
        if not self._dirty:
            self._dirty = True
            self.dirty_changed.emit(True)

    def _set_clean(self) -> None:
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    # ------------------------------------------------------------ open / save

    def open(self, article_id: str) -> bool:
        """Save the current article if needed, then open another. False if it failed."""
        if self.article is not None and self.article.id == article_id:
            return True
        if not self.save():
            return False
        try:
            article = self.library.load_article(article_id)
        except HubDeskError as exc:
            show_error(self.editor, self.tr("The article could not be opened."), exc)
            return False
        self.show(article)
        return True

    def show(self, article: Article | None) -> None:
        """Put an article (already loaded) in the editor, with a fresh undo history.

        A long text goes in over several event-loop turns (``TextLoader``): until it
        is all in, the editor is read-only, ``is_loading`` is true, and ``article_loaded``
        comes at the end; ``when_loaded`` runs what needs the whole text after it."""
        pacing.hold()
        self._autosave.stop()
        self.loader.cancel()
        self._after_load.clear()
        self.about_to_show.emit(article)
        self.article = article
        self._retired.clear()
        self.tracker.suspended = True
        text = compose(article.lead, article.sections) if article else ""
        for hook in self.before_text:
            hook(text)
        if is_long(text):
            self.loading.emit(0)
            self.loader.start(text, lambda: self._shown(article, text))
            return
        try:
            self.editor.setPlainText(text)
        except BaseException:
            self.tracker.suspended = False
            raise
        self._shown(article, text)

    def _shown(self, article: Article | None, text: str) -> None:
        """The article's whole text is in the editor. No collection in the middle of the
        views taking it: with thousands of sections alive, one stops this turn 25-50 ms."""
        with collector.paused():
            self._take(article, text)

    def _take(self, article: Article | None, text: str) -> None:
        self.tracker.suspended = False
        self.tracker.rescan(emit=False, text=text)
        self.editor.setReadOnly(article is None)
        self._set_clean()
        # Every view takes the article in this one turn (the outline, the preview, the
        # checklist...): the workers they start wait until it is over, not just 30 ms.
        pacing.hold(BURST_HOLD_S)
        self.article_loaded.emit(article)
        pacing.release()
        pacing.hold()
        after, self._after_load = self._after_load, []
        for callback in after:
            callback()

    @property
    def is_loading(self) -> bool:
        """A long text is still going into the editor (it is read-only until then)."""
        return self.loader.loading

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the open article's whole text is in the editor: now if it
        is, else at the end of the loading (never if another article replaces it)."""
        if self.loader.loading:
            self._after_load.append(callback)
        else:
            callback()

    def close_article(self) -> bool:
        if not self.save():
            return False
        self.show(None)
        return True

    def save(self) -> bool:
        """Write the article now if it has changes. True when nothing is left unsaved."""
        self._autosave.stop()
        if self._pending is not None and not self._finish_pending():
            return False
        if self.article is None or not self._dirty:
            return True
        edits = self._edits
        try:
            self.library.save_article(self.article)
        except HubDeskError as exc:
            self._report_failure(exc)
            return False
        self._saved(self.article.id, edits)
        return True

    def save_in_background(self) -> None:
        """Autosave: hand a snapshot of the article to the save worker and return."""
        self._autosave.stop()
        if self.article is None or not self._dirty or self._pending is not None:
            if self._pending is not None and self._dirty:
                self._autosave.start()  # one save in flight at a time; try again soon
            return
        edits = self._edits
        try:
            future = self.library.save_article_in_background(self.article)
        except HubDeskError as exc:
            self._report_failure(exc)
            return
        self._pending = (future, self.article.id, edits)
        future.add_done_callback(self._emit_done)

    def _emit_done(self, future: Future[None]) -> None:
        """On the worker thread: hand the finished save to the UI thread."""
        try:
            self._background_done.emit(future)
        except RuntimeError:  # the session is gone (the app is closing)
            pass

    def _on_background_done(self, future: Future[None]) -> None:
        if self._pending is not None and self._pending[0] is future:
            self._finish_pending()

    def _finish_pending(self) -> bool:
        """Wait for the background save in flight and report it. False if it failed."""
        assert self._pending is not None
        future, article_id, edits = self._pending
        self._pending = None
        try:
            future.result()
        except HubDeskError as exc:
            if self.article is not None and self.article.id == article_id:
                self._report_failure(exc)
                return False
            log.error("A background save of %s failed: %s", article_id, exc)
            return True
        if self.article is not None and self.article.id == article_id:
            self._saved(article_id, edits)
        return True

    def _saved(self, article_id: str, edits: int) -> None:
        log.info("Saved article %s", article_id)
        if edits == self._edits:
            self._set_clean()
        elif self._dirty:
            self._autosave.start()  # typed while it was being written
        self.saved.emit(article_id)

    def _report_failure(self, exc: HubDeskError) -> None:
        self.save_failed.emit(error_message(exc))
        show_error(
            self.editor,
            self.tr("Your changes could not be saved. They are still in the editor."),
            exc,
        )

    # ------------------------------------------------------------ edits

    def _on_parts_replaced(self, start: int, removed: int, added: int) -> None:
        article = self.article
        if article is None:
            return
        parts = self.tracker.parts
        old_sections = article.sections
        # Part p is the lead (p = 0) or section p - 1.
        if start == 0 and added >= 1:
            article.lead = parts[0].body or ""
        old_run = old_sections[max(0, start - 1) : max(0, start + removed - 1)]
        new_parts = parts[max(1, start) : start + added]
        by_heading: dict[str, list[Section]] = {}
        for s in old_run:
            by_heading.setdefault(s.heading, []).append(s)
        before = old_sections[: max(0, start - 1)]
        after = old_sections[max(0, start + removed - 1) :]
        taken = {s.id for s in before} | {s.id for s in after}
        new_run: list[Section] = []
        for n, part in enumerate(new_parts):
            heading = part.heading or ""
            same = by_heading.get(heading)
            retired = self._retired.get(_text_key(heading, part.body))
            if same:
                keep_id: str | None = same.pop(0).id
            elif retired is not None:
                keep_id = retired
            elif len(old_run) == len(new_parts):
                keep_id = old_run[n].id
            else:
                keep_id = None
            section = Section(heading=heading, body=part.body)
            if keep_id is not None and keep_id not in taken:
                section.id = keep_id
            taken.add(section.id)
            new_run.append(section)
        self._retire(s for s in old_run if s.id not in taken)
        article.sections = before + new_run + after
        self.mark_dirty()
        self.parts_replaced.emit(start, removed, added)

    def _retire(self, sections: Iterable[Section]) -> None:
        for section in sections:
            self._retired[_text_key(section.heading, section.body)] = section.id
        while len(self._retired) > RETIRED_KEPT:  # the oldest go first
            del self._retired[next(iter(self._retired))]


RETIRED_KEPT = 256  # removed sections remembered for an undo


def _text_key(heading: str, body: str) -> tuple[str, str]:
    return heading.strip(), body.strip()
