"""The live rich preview: the article as it will be published, updated part by part.

The preview keeps one ``QTextDocument`` in which the title, the lead, every
section and the closing credits block each are one region of blocks in the root
frame (``preview_regions``, which Qt lays out in steps). A keystroke re-renders only the region of the part that changed, so the work per
keystroke depends on the size of one section, not on the article. The body is
still one Markdown document (``MarkdownDocument``): when an edit changes a
reference, a footnote or an abbreviation, the other parts that use it are
rendered again too, and the notes are a region of their own after the last
section. A long article's document is built in a worker thread
(``preview_builder``) so that opening it never freezes the window; the new parts
of a split, a merge or an added section are rendered by the same worker, and
their regions change when the renders come back. Nothing is ever loaded from the
network; web links open in the system browser after the writer confirms.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from hubdesk.formats.md_document import MarkdownDocument, RenderJob
from hubdesk.formats.render import (
    render_back_to_top,
    render_title,
    section_markdown,
)
from hubdesk.model.article import Article
from hubdesk.ui.editor.local_images import is_relative, library_image
from hubdesk.ui.editor.preview_anchors import FIRST_PART, AnchorRenamer, section_part
from hubdesk.ui.editor.preview_builder import (
    SYNC_CHARS,
    BackgroundBuild,
    BackgroundRender,
    Built,
    Snapshot,
    build,
    credits_html,
    new_document,
    part_html,
)
from hubdesk.ui.editor.preview_layout import LayoutPacer
from hubdesk.ui.editor.preview_pieces import RegionPieces
from hubdesk.ui.editor.preview_positions import part_at, region_top
from hubdesk.ui.editor.preview_regions import Regions, compose_splices
from hubdesk.ui.editor.preview_style import preview_css, preview_font
from hubdesk.ui.editor.quiet_scroll_bar import QuietScrollBar
from hubdesk.ui.shell import offline_policy

log = logging.getLogger(__name__)

RENDER_DELAY_MS = 15
WORKER_PART_CHARS = 30_000  # an edited part longer than this is rendered in the worker,
LONG_RENDER_DELAY_MS = 300  # once typing has paused this long (the worker's Python would
# otherwise hold the interpreter while the editor colours each key)
_FIRST_PART = FIRST_PART
_TAIL = 2  # credits, back to top


class Preview(QTextBrowser):
    """A ``QTextBrowser`` showing one article, re-rendered one part at a time."""

    part_rendered = Signal(int)
    built = Signal()  # a long article's document arrived from the worker
    document_shown = Signal()  # the preview shows another QTextDocument (built anew)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBar(QuietScrollBar(Qt.Orientation.Vertical, self))  # issue 17
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._article: Article | None = None
        self._doc: MarkdownDocument | None = None
        self._own_doc: QTextDocument | None = None
        self._regions = Regions(QTextDocument(self))
        self._dirty: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._generation = 0  # bumped by each show_article: older builds are dropped
        self._builder = BackgroundBuild(self)
        self._builder.finished.connect(self._on_built)
        self._pending_scroll: tuple[int, float] | None = None  # asked for while building
        # Parts added or removed, their renders on the way from the worker: the shown regions
        # of parts [start, start + removed) stand for the article's parts [start, start + added).
        self._splice: tuple[int, int, int] | None = None
        self._render_generation = 0  # bumped when a render on its way is no longer wanted
        self._renderer = BackgroundRender(self)
        self._renderer.finished.connect(self._on_rendered)
        self._worker_jobs: dict[int, RenderJob] = {}  # long parts typed in: latest render asked
        self._long_timer = QTimer(self)
        self._long_timer.setSingleShot(True)
        self._long_timer.setInterval(LONG_RENDER_DELAY_MS)
        self._long_timer.timeout.connect(self._render_long_parts)
        self._long_due = False  # the long parts waiting in _dirty go to the worker now
        self._pieces = RegionPieces(lambda: self._regions, self)  # long renders going in
        self.anchors = AnchorRenamer(lambda: self._regions, lambda: self._article,
                                     lambda: self._splice is None, self)
        self._font_size = 11.0
        self.confirm_external = lambda url: offline_policy.ask_to_open(self, url)
        self.images_folder: Path | None = None  # the library's images (relative image paths)
        self.layout_pacer = LayoutPacer(self)  # a long document laid out in short slices
        self.setObjectName("preview")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        if event.size().width() != event.oldSize().width():
            self.layout_pacer.restart()  # a new width: Qt lays the document out again
        super().resizeEvent(event)

    # ------------------------------------------------------------ whole article

    def set_base_font_size(self, points: float) -> None:
        self._font_size = points
        if self._article is not None:
            self.show_article(self._article)

    def show_article(self, article: Article | None) -> None:
        """Build the preview of a whole article (on open, or after a theme change).

        A short article is built at once; a long one in a worker thread
        (``preview_builder``), the preview showing its title until it is done.
        """
        self._article = article
        self._generation += 1
        self._builder.cancel()
        self._dirty.clear()
        self._timer.stop()
        self._pending_scroll = None
        self._splice = None
        self._render_generation += 1
        self._worker_jobs.clear()
        self._pieces.clear()  # the document they went into goes
        self.anchors.clear()
        font, css = preview_font(self._font_size), preview_css(self.palette())
        if article is None:
            empty = new_document(font, css)
            self._install(Built(empty, Regions(empty), MarkdownDocument()))
            return
        snapshot = Snapshot.of(article, font, css)
        if snapshot.size <= SYNC_CHARS:
            built = build(snapshot)
            assert built is not None
            self._install(built)
            return
        waiting = new_document(font, css)
        QTextCursor(waiting).insertHtml(snapshot.title)
        self._install(Built(waiting, Regions(waiting), MarkdownDocument()))
        self._doc = None  # nothing to update until the document arrives
        self._builder.start(self._generation, snapshot)

    def _install(self, built: Built) -> None:
        self._adopt(built)
        self._show_document(built.doc)

    def _adopt(self, built: Built) -> None:
        """Take the regions and parts of ``built`` (its document is not shown yet)."""
        self._doc = built.markdown
        self._regions = built.regions

    def _show_document(self, doc: QTextDocument) -> None:
        doc.setParent(self)
        old, self._own_doc = self._own_doc, doc
        # Highlights hold cursors into the shown document: drop them while it still
        # exists (Qt would reach into the deleted document at the next change).
        self.setExtraSelections([])
        self.layout_pacer.follow(doc)  # before setDocument: it starts Qt's lazy layout
        self.setDocument(doc)
        if old is not None:
            old.deleteLater()
        self.document_shown.emit()

    def _on_built(self, generation: int, built: Built | None) -> None:
        if generation != self._generation or built is None:
            if built is not None:
                built.doc.deleteLater()
            return
        self._builder.running = False
        self._adopt(built)
        # What changed while it was built (title, credits, parts) is put in before the
        # document is shown: an edit of a shown document makes Qt lay it out again, which
        # on a hostile text (one part of 40,000 list items) is a tenth of a second each.
        self._catch_up(built)
        self._show_document(built.doc)
        for index in range(len(built.markdown)):
            self.part_rendered.emit(index)
        if self._pending_scroll is not None:
            self.scroll_to_part(*self._pending_scroll)
        self.built.emit()

    def _catch_up(self, built: Built) -> None:
        """Render again in ``built`` what changed in the article since its snapshot."""
        article, snapshot = self._article, built.snapshot
        assert article is not None
        if snapshot is None or (snapshot.title, snapshot.plain_title) != (
            render_title(article),
            article.title,
        ):
            self.update_title()
        if snapshot is None or (snapshot.language, snapshot.credits, snapshot.back_to_top) != (
            article.language,
            self._credits_html(article),
            render_back_to_top(article.language),
        ):
            self.update_credits()
        self.flush()

    def complete_backlog(self) -> None:
        """Finish building and rendering now (tests and benchmarks that read the whole preview)."""
        if self._builder.running and self._article is not None:
            self._builder.cancel()
            built = build(
                Snapshot.of(
                    self._article,
                    self.document().defaultFont(),
                    self.document().defaultStyleSheet(),
                )
            )
            self._generation += 1
            assert built is not None
            self._on_built(self._generation, built)
        if self._splice is not None:
            self._apply_splice()
        self.flush(here=True)
        self._pieces.finish()
        self.anchors.step(everything=True)

    def is_complete(self) -> bool:
        return (
            not self._builder.running
            and not self._dirty
            and self._splice is None
            and not self.anchors.pending
            and not self._worker_jobs
            and not self._pieces.pending
        )

    @staticmethod
    def _credits_html(article: Article) -> str:
        return credits_html(article)

    # ------------------------------------------------------------ part updates

    def part_changed(self, index: int) -> None:
        """Part ``index`` (0 = lead, n = section n-1) changed its text: re-render soon."""
        self._dirty.add(index)
        self._timer.start()

    def parts_replaced(self, start: int, removed: int, added: int) -> None:
        """Parts were added, removed or moved: rebuild only the regions in that run.

        The parts that need rendering (a split's two halves, a merged section; not a
        moved one) are rendered by the worker; the regions change when they come back.
        """
        if self._article is None:
            return
        if removed == 1 and added == 1:
            self.part_changed(start)
            return
        if self._builder.running:  # still building: build again from the new text
            self.show_article(self._article)
            return
        assert self._doc is not None
        # Parts waiting for a render keep their place; those in the run are rendered with it.
        shift = added - removed
        self._dirty = {
            i if i < start else i + shift for i in self._dirty if not start <= i < start + removed
        }
        self._doc.replace(start, removed, [self._part_text(start + n) for n in range(added)])
        self._splice = compose_splices(self._splice, (start, removed, added))
        first, _, count = self._splice
        jobs = self._doc.jobs(range(first, first + count))
        if not jobs:
            self._apply_splice()
            return
        self._render_generation += 1
        self._renderer.start(self._render_generation, jobs)

    def _on_rendered(self, generation: int, results: list) -> None:
        if self._doc is None:
            return
        accepted = []
        for job, result, shown in results:  # kept only where the part is still as rendered
            if self._doc.accept(job, result, shown):
                accepted.append(job)
        if generation == self._render_generation and self._splice is not None:
            self._apply_splice()
        self._show_worker_parts([job for job, _r, _s in results], accepted)

    def _show_worker_parts(self, done: list, accepted: list) -> None:
        """Put in the long edited parts the worker rendered (``flush``). A render that
        was not the latest asked for its part, or no longer fits it (typed in again:
        a newer one follows), is not shown. During a structure change the regions do
        not line up with the parts: the parts wait for the next flush (rendered by then)."""
        shown, kept = [], {id(job) for job in accepted}
        for job in done:
            if self._worker_jobs.get(job.index) is job:
                del self._worker_jobs[job.index]
                if id(job) in kept:
                    shown.append(job.index)
        if self._splice is not None:
            self._dirty.update(shown)
            return
        for index in shown:
            region, html = _FIRST_PART + index, self._part_html(index)
            if not self._pieces.start(region, html):
                self._replace_region(region, html)
            self.part_rendered.emit(index)
        if shown:
            self._render_stale()

    def _apply_splice(self) -> None:
        """Put the regions of the last structure change in (its parts rendered here if the
        worker's renders did not come, or no longer fit)."""
        assert self._splice is not None
        self._pieces.finish()
        start, removed, added = self._splice
        self._splice = None
        self._render_generation += 1
        self._regions.splice(
            _FIRST_PART + start, removed, [self._part_html(start + n) for n in range(added)]
        )
        if removed != added:  # the sections after the run have new numbers in their anchors
            self.anchors.rename_from(start + added)
        self.anchors.resume()
        if self._article is not None and self._article.origins:
            self._refresh_credits()  # the disclosure numbers the AI-drafted sections
        self.part_rendered.emit(start)
        self._render_stale()
        if self._dirty:
            self._timer.start()
        if self._pending_scroll is not None:
            self.scroll_to_part(*self._pending_scroll)

    def flush(self, here: bool = False) -> None:
        """Render every part waiting for it now (a long one in the worker, once the typing
        pauses; ``here``: every one on this thread, at once)."""
        self._timer.stop()
        if self._builder.running or self._splice is not None:
            return  # applied when the document, or the renders, arrive
        if self._article is None or not self._dirty:
            self._dirty.clear()
            return
        dirty, self._dirty = sorted(self._dirty), set()
        doc = self._doc
        assert doc is not None
        long: list[int] = []  # rendered in the worker: the typing goes on meanwhile
        for index in dirty:
            if index < len(doc):
                text = self._part_text(index)
                doc.set_part(index, text)
                if len(text) > WORKER_PART_CHARS and not here:
                    long.append(index)
        for index in dirty:
            if index < len(doc) and index not in long:
                self._replace_region(_FIRST_PART + index, self._part_html(index))
                self.part_rendered.emit(index)
        if long and not self._long_due:  # typing on: they wait until it pauses
            self._dirty.update(long)
            self._long_timer.start()
            long = []
        self._long_due = False
        if long:
            jobs = [job for index in long for job in doc.jobs(range(index, index + 1))]
            asked = {job.index for job in jobs}
            for index in long:
                if index not in asked:  # rendered already (by the worker, before a splice)
                    self._replace_region(_FIRST_PART + index, self._part_html(index))
                    self.part_rendered.emit(index)
            self._worker_jobs.update((job.index, job) for job in jobs)
            if jobs:
                self._renderer.start(self._render_generation, jobs)
        self._render_stale()

    def _render_long_parts(self) -> None:
        self._long_due = True
        self.flush()

    def _render_stale(self) -> None:
        """Render again the other parts an edit changed (a definition they use, a note number)."""
        doc = self._doc
        if doc is None or self._splice is not None:
            return
        for _ in range(len(doc) + 2):
            stale = doc.stale()
            if not stale:
                return
            for index in stale:
                self._replace_region(_FIRST_PART + index, self._part_html(index))
                self.part_rendered.emit(index)

    def update_title(self) -> None:
        if self._article is not None and len(self._regions):
            self._replace_region(0, render_title(self._article))
            if len(self._regions) > _FIRST_PART:  # a lead repeating the title shows or goes
                self._replace_region(_FIRST_PART, self._part_html(0))

    def update_credits(self) -> None:
        if self._builder.running:
            return
        if self._doc is not None and self._article is not None:
            self._doc.set_language(self._article.language)
            self._render_stale()
        if self._article is not None and len(self._regions) >= 2:
            self._replace_region(len(self._regions) - 2, self._credits_html(self._article))
            self._replace_region(len(self._regions) - 1, render_back_to_top(self._article.language))

    def _refresh_credits(self) -> None:
        """Write the closing block again (it may number sections, which moved)."""
        assert self._article is not None
        self._replace_region(len(self._regions) - _TAIL, self._credits_html(self._article))

    def _part_text(self, index: int) -> str:
        article = self._article
        assert article is not None
        if index == 0:
            return article.lead.strip("\n") if article.lead.strip() else ""
        return section_markdown(article.sections[index - 1])

    def _part_html(self, index: int) -> str:
        article, doc = self._article, self._doc
        assert article is not None and doc is not None
        return part_html(doc, article.sections, index, article.title)

    def _replace_region(self, region: int, html: str) -> None:
        self._pieces.drop(region)  # pieces of an older render of it: replaced
        self._regions.replace(region, html)  # in the shown document, or one about to be

    # ------------------------------------------------------------ positions

    def region_count(self) -> int:
        """Regions of the document: title, lead, sections, notes, credits, back to top."""
        return len(self._regions)

    def part_text(self, index: int) -> str:
        """The visible text of part ``index`` (for tests and accessibility)."""
        return self._regions.text(_FIRST_PART + index)

    def credits_text(self) -> str:
        return self._regions.text(len(self._regions) - _TAIL)

    def title_text(self) -> str:
        return self._regions.text(0) if len(self._regions) else ""

    def anchor_names(self, index: int) -> list[str]:
        """The link targets in part ``index``, in order."""
        return self._regions.anchor_names(_FIRST_PART + index)

    def scroll_to_part(self, index: int, fraction: float = 0.0) -> None:
        """Put part ``index`` (0 = lead; -1 = title; len = credits) at the top of the view."""
        if self._builder.running or self._splice is not None:
            self._pending_scroll = (index, fraction)
            return
        self._pending_scroll = None
        if not len(self._regions):
            return
        region = max(0, min(len(self._regions) - 1, _FIRST_PART + index))
        top, height = region_top(self._regions, self.document().documentLayout(), region)
        self.verticalScrollBar().setValue(int(top + height * max(0.0, min(1.0, fraction))))

    def part_at_top(self) -> tuple[int, float]:
        """The part at the top of the view and how far into it the view is (0-1)."""
        return part_at(self._regions, self.document().documentLayout(),
                       self.verticalScrollBar().value(), self._splice)

    # ------------------------------------------------------------ safety

    def loadResource(self, type_: int, name: QUrl) -> object:  # noqa: N802 (Qt override)
        """Local resources only (``offline_policy``): nothing is ever fetched from the network."""
        if not offline_policy.may_load(name):
            log.info("Preview refused to load %s", name.toString())
            return None
        if offline_policy.is_data(name):
            return offline_policy.data_image(name)
        if is_relative(name):
            room = self.viewport().width() - 2 * int(self.document().documentMargin()) - 24
            return library_image(name, self.images_folder, room)
        return super().loadResource(type_, name)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if offline_policy.is_page_anchor(url):
            self._scroll_to_anchor(url.fragment())
            return
        if offline_policy.is_external_link(url):
            if self.confirm_external(url):
                offline_policy.open_in_browser(url)
            return
        log.info("Preview ignored link %s", url.toString())

    def _scroll_to_anchor(self, name: str) -> None:
        if name == "top":
            self.verticalScrollBar().setValue(0)
        elif name in ("credits", "disclosure"):
            self.scroll_to_part(len(self._regions))
        elif (part := section_part(name, self._article)) is not None:
            self.scroll_to_part(part)  # where that section is now, its anchor renamed or not yet
        else:
            self.scrollToAnchor(name)
