"""Builds the preview's document of a whole article, off the UI thread when it is long.

Opening an article renders every part (Markdown to HTML, in Python) and inserts
each as a region of the document (``preview_regions``; HTML parsing, in Qt). On
hostile texts (80 KB of lines of ``-``) that is seconds of work, so a long
article is built in a worker thread on a ``QTextDocument`` of its own, from a
snapshot of the article's text taken on the UI thread; the finished document is
moved to the UI thread and swapped in. ``QTextDocument`` is reentrant; Python's
lock is let go between Qt calls (not during ``insertHtml``, hence the long parts
put in in pieces), so the UI thread keeps running meanwhile. The same worker
renders the new parts of a structural edit (``BackgroundRender``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from hubdesk import collector
from hubdesk.export.content import one_h1
from hubdesk.formats.md_document import MarkdownDocument, RenderJob
from hubdesk.formats.render import (
    body_parts,
    remote_images_as_placeholders,
    render_back_to_top,
    render_credits,
    render_title,
    wrap_lead,
    wrap_section,
)
from hubdesk.model.article import Article, Section
from hubdesk.pacing import pause
from hubdesk.ui.editor.preview_lists import cut_long_lists
from hubdesk.ui.editor.preview_regions import Regions

log = logging.getLogger(__name__)

SYNC_CHARS = 3000  # articles up to this much Markdown are built at once, on the UI thread
PAUSED_COLLECTION_CHARS = 200_000  # built with the garbage collector paused
DOCUMENT_MARGIN = 28


def credits_html(article: Article) -> str:
    block = render_credits(article)
    return f"<hr/>{block}" if block else ""


def part_html(doc: MarkdownDocument, sections: list[Section], index: int, title: str = "") -> str:
    """The HTML of part ``index`` (0 = lead, n = section n-1, ``len(doc)`` = the notes).

    One H1, the title, as in every output (``hubdesk.export.content.one_h1``): a body
    ``#`` heading shows as a level-2 heading, a lead repeating ``title`` as ``# title`` goes.
    """
    if index == doc.notes_index:
        html = doc.notes_html()
    elif index == 0:
        html = one_h1(wrap_lead(doc.html(0)), title)
    else:
        html = one_h1(wrap_section(sections[index - 1], index - 1, doc.html(index)), "")
    return cut_long_lists(remote_images_as_placeholders(html))


@dataclass
class Snapshot:
    """What the preview of one article is built from, copied on the UI thread."""

    title: str  # the title's HTML
    plain_title: str
    parts: list[str]
    sections: list[Section]
    language: str
    credits: str
    back_to_top: str
    font: QFont
    css: str

    @classmethod
    def of(cls, article: Article, font: QFont, css: str) -> Snapshot:
        return cls(
            render_title(article),
            article.title,
            body_parts(article),
            [Section(s.heading, s.body, s.id) for s in article.sections],
            article.language,
            credits_html(article),
            render_back_to_top(article.language),
            QFont(font),
            css,
        )

    @property
    def size(self) -> int:
        return sum(len(p) for p in self.parts)


@dataclass
class Built:
    """A finished preview document: its regions (title, parts, notes, credits, back to top)."""

    doc: QTextDocument
    regions: Regions
    markdown: MarkdownDocument
    snapshot: Snapshot | None = (
        None  # what it was built from (None: built from the article as it is)
    )


def new_document(font: QFont, css: str, parent: QObject | None = None) -> QTextDocument:
    doc = QTextDocument(parent)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(css)
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setUndoRedoEnabled(False)  # shown, never edited by hand: no history to keep
    return doc


def build(snapshot: Snapshot, cancelled: threading.Event | None = None) -> Built | None:
    """Render every part and put each in its region; None if ``cancelled`` was set meanwhile.

    A large article is built with the garbage collector paused (``hubdesk.collector``)."""
    if snapshot.size > PAUSED_COLLECTION_CHARS:
        with collector.paused():
            return _build(snapshot, cancelled)
    return _build(snapshot, cancelled)


def _build(snapshot: Snapshot, cancelled: threading.Event | None) -> Built | None:
    markdown = MarkdownDocument(snapshot.parts, snapshot.language)
    fragments = [snapshot.title]
    for index in range(len(markdown)):
        pause()
        if cancelled is not None and cancelled.is_set():
            return None
        fragments.append(part_html(markdown, snapshot.sections, index, snapshot.plain_title))
    fragments += [
        part_html(markdown, snapshot.sections, markdown.notes_index),
        snapshot.credits,
        snapshot.back_to_top,
    ]
    doc = new_document(snapshot.font, snapshot.css)
    regions = Regions(doc)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for fragment in fragments:
        pause()
        if cancelled is not None and cancelled.is_set():
            return None
        regions.append(fragment)
    cursor.endEditBlock()
    return Built(doc, regions, markdown, snapshot)


def _paced(run: Callable[[], tuple], long: bool = False) -> tuple:
    """``run()`` after the UI thread is done with what it holds (``long``: a large part,
    rendered with the garbage collector paused)."""
    pause()
    if long:
        with collector.paused():
            return run()
    return run()


class _Relay(QObject):
    built = Signal(int, object)  # generation, Built | None


_pool: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    """The one preview worker, its thread started."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview")
        _pool.submit(lambda: None)
    return _pool


class BackgroundBuild(QObject):
    """Builds documents in a worker thread; ``finished(generation, built)`` on the UI thread."""

    finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.built.connect(self.finished)
        self._cancel: threading.Event | None = None
        self.running = False
        _executor()  # its thread starts now, not in the first long open (a start waits for it)

    def start(self, generation: int, snapshot: Snapshot) -> None:
        self.cancel()
        pool = _executor()
        cancel = self._cancel = threading.Event()
        relay = self._relay
        main = QCoreApplication.instance().thread()
        self.running = True

        def work() -> None:
            try:
                built = build(snapshot, cancel)
            except Exception:  # noqa: BLE001 (a bug must not kill the worker silently)
                log.exception("The preview could not be built")
                built = None
            if built is not None:
                built.doc.moveToThread(main)
            try:
                relay.built.emit(generation, built)
            except RuntimeError:  # the preview was closed meanwhile
                log.debug("Preview gone before its document was built")

        pool.submit(work)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None
        self.running = False


class BackgroundRender(QObject):
    """Renders parts (``RenderJob``) in the preview worker; ``finished(generation, results)``
    on the UI thread, ``results`` being ``(job, render, sanitised html)`` in the jobs' order."""

    finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.built.connect(self.finished)
        _executor()

    def start(self, generation: int, jobs: list[RenderJob]) -> None:
        relay = self._relay

        def work() -> None:
            try:
                results = [
                    (job, *_paced(job.run, len(job.text) > PAUSED_COLLECTION_CHARS))
                    for job in jobs
                ]
            except Exception:  # noqa: BLE001 (a bug must not kill the worker silently)
                log.exception("Preview parts could not be rendered")
                results = []  # the preview renders them itself
            try:
                relay.built.emit(generation, results)
            except RuntimeError:  # the preview was closed meanwhile
                log.debug("Preview gone before its parts were rendered")

        _executor().submit(work)
