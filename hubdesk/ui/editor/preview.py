"""The live rich preview: the article as it will be published, updated part by part.

The preview keeps one ``QTextDocument`` in which the title, the lead, every
section and the closing credits block each sit in their own ``QTextFrame``. A
keystroke re-renders only the frame of the part that changed, so the work per
keystroke depends on the size of one section, not on the article. The body is
still one Markdown document (``MarkdownDocument``): when an edit changes a
reference, a footnote or an abbreviation, the other parts that use it are
rendered again too, and the notes sit in their own frame after the last
section. Nothing is
ever loaded from the network; web links open in the system browser after the
writer confirms.
"""

from __future__ import annotations

import html
import logging
import re
import time
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from hubdesk.export.content import one_h1
from hubdesk.formats.md_document import MarkdownDocument
from hubdesk.formats.render import (
    body_document,
    remote_images_as_placeholders,
    render_back_to_top,
    render_credits,
    render_title,
    section_anchor,
    section_markdown,
    wrap_lead,
    wrap_section,
)
from hubdesk.model.article import Article, Section
from hubdesk.paths import resource
from hubdesk.ui.editor.local_images import is_relative, library_image
from hubdesk.ui.shell import offline_policy

log = logging.getLogger(__name__)

RENDER_DELAY_MS = 15
EAGER_SECTIONS = 12  # rendered before the article is shown; the rest follow in slices
BACKLOG_SLICE_S = 0.005  # at most this much rendering per event-loop turn
_FIRST_PART_FRAME = 1  # frames: title, lead (part 0), sections (parts 1..), notes, credits, back to top
_TAIL_FRAMES = 2  # credits, back to top


def _css(palette: QPalette) -> str:
    text = palette.color(QPalette.ColorRole.Text)
    dark = text.lightness() > 128
    colours = {
        "@TEXT@": text.name(),
        "@MUTED@": "#a4a9b1" if dark else "#5b616b",  # as resources/styles/house.css
        "@ACCENT@": "#7fb2ff" if dark else "#1c5d99",
        "@RULE@": "#4a4f57" if dark else "#c9ccd1",
        "@SHADE@": "#2a2d33" if dark else "#f2f1ee",  # code, table headers, placeholders
    }
    try:
        css = resource("styles", "preview.css").read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("Preview stylesheet missing: %s", exc)
        css = ""
    for key, value in colours.items():
        css = css.replace(key, value)
    return css


# The first element that makes a block: wrappers (section, div, footer) do not.
_FIRST_TAG_RE = re.compile(r"<(?!/|section|div|footer|header|article)\w+(?: class=\"[^\"]*\")?")
_SERIFS = ("Source Serif 4", "Noto Serif", "Charis SIL", "DejaVu Serif", "Liberation Serif")


def preview_font(points: float) -> QFont:
    """The body font of the preview: a sober serif, at ``points``."""
    families = set(QFontDatabase.families())
    family = next((f for f in _SERIFS if f in families), "serif")
    font = QFont(family)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(points)
    return font


def _placeholder(section: Section, index: int) -> str:
    """What a section shows until it is rendered: its heading."""
    anchor = section_anchor(section.heading, index)
    return f'<section id="{anchor}"><h2>{html.escape(section.heading)}</h2><p>…</p></section>'


class Preview(QTextBrowser):
    """A ``QTextBrowser`` showing one article, re-rendered one part at a time."""

    part_rendered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._article: Article | None = None
        self._doc: MarkdownDocument | None = None
        self._frames: list[QTextFrame] = []
        self._own_doc: QTextDocument | None = None
        self._first_formats: dict[str, QTextBlockFormat] = {}
        self._dirty: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._backlog: list[int] = []  # parts shown as placeholders, rendered when idle
        self._backlog_timer = QTimer(self)
        self._backlog_timer.setInterval(0)
        self._backlog_timer.timeout.connect(self._render_backlog)
        self._font_size = 11.0
        self.confirm_external = lambda url: offline_policy.ask_to_open(self, url)
        self.images_folder: Path | None = None  # the library's images (relative image paths)
        self.setObjectName("preview")

    # ------------------------------------------------------------ whole article

    def set_base_font_size(self, points: float) -> None:
        self._font_size = points
        if self._article is not None:
            self.show_article(self._article)

    def show_article(self, article: Article | None) -> None:
        """Build the preview of a whole article (on open, or after a theme change)."""
        self._article = article
        self._doc = body_document(article) if article is not None else None
        self._dirty.clear()
        self._timer.stop()
        self._backlog = []
        self._backlog_timer.stop()
        doc = QTextDocument(self)
        doc.setDefaultFont(preview_font(self._font_size))
        doc.setDefaultStyleSheet(_css(self.palette()))
        self._first_formats = {}
        doc.setDocumentMargin(28)
        self._frames = []
        if article is not None:
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            for fragment in self._all_html(article):
                self._frames.append(self._append_frame(cursor, fragment))
            cursor.endEditBlock()
        old, self._own_doc = self._own_doc, doc
        self.setDocument(doc)
        if old is not None:
            old.deleteLater()
        if self._backlog:
            self._backlog_timer.start()

    def _all_html(self, article: Article) -> list[str]:
        assert self._doc is not None
        sections = []
        for i, section in enumerate(article.sections):
            if i < EAGER_SECTIONS:
                sections.append(self._part_html(i + 1))
            else:
                sections.append(_placeholder(section, i))
                self._backlog.append(i + 1)
        notes_index = self._doc.notes_index
        if self._backlog:
            self._backlog.append(notes_index)  # the notes need every section's references
            notes = ""
        else:
            notes = self._part_html(notes_index)
        return (
            [render_title(article), self._part_html(0)]
            + sections
            + [notes, self._credits_html(article), render_back_to_top(article.language)]
        )

    def _render_backlog(self) -> None:
        deadline = time.perf_counter() + BACKLOG_SLICE_S
        while self._backlog and time.perf_counter() < deadline:
            index = self._backlog.pop(0)
            self._replace_frame(_FIRST_PART_FRAME + index, self._part_html(index))
        if not self._backlog:
            self._backlog_timer.stop()

    def complete_backlog(self) -> None:
        """Render the parts still shown as placeholders (after opening a long article)."""
        while self._backlog:
            index = self._backlog.pop(0)
            self._replace_frame(_FIRST_PART_FRAME + index, self._part_html(index))
        self._backlog_timer.stop()

    def is_complete(self) -> bool:
        return not self._backlog and not self._dirty

    @staticmethod
    def _credits_html(article: Article) -> str:
        block = render_credits(article)
        return f"<hr/>{block}" if block else ""

    def _append_frame(self, cursor: QTextCursor, html: str) -> QTextFrame:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        frame = cursor.insertFrame(QTextFrameFormat())
        self._insert_html(cursor, frame, html)
        return frame

    def _insert_html(self, cursor: QTextCursor, frame: QTextFrame, html: str) -> None:
        """Put ``html`` at the cursor (replacing its selection) inside ``frame``.

        ``insertHtml`` gives the first paragraph the format of the block it lands in,
        so that block's own format (margins, line height) is set again afterwards. It
        is the same for every fragment starting with the same element, so it is
        computed once per element and stylesheet.
        """
        if not html:
            cursor.removeSelectedText()
            return
        cursor.insertHtml(html)
        match = _FIRST_TAG_RE.search(html)
        key = match.group(0) if match else ""
        block_format = self._first_formats.get(key)
        if block_format is None:
            scratch = QTextDocument()
            scratch.setDefaultFont(cursor.document().defaultFont())
            scratch.setDefaultStyleSheet(cursor.document().defaultStyleSheet())
            scratch.setHtml(html)
            block_format = self._first_formats[key] = scratch.firstBlock().blockFormat()
        first = QTextCursor(cursor.document())
        first.setPosition(frame.firstPosition())
        if key == "<hr" and not first.block().text() and first.block().next().isValid():
            first.deleteChar()  # a rule is inserted after an empty paragraph: drop that one
        first.setBlockFormat(block_format)

    # ------------------------------------------------------------ part updates

    def part_changed(self, index: int) -> None:
        """Part ``index`` (0 = lead, n = section n-1) changed its text: re-render soon."""
        if index in self._backlog:
            self._backlog.remove(index)
        self._dirty.add(index)
        self._timer.start()

    def parts_replaced(self, start: int, removed: int, added: int) -> None:
        """Parts were added, removed or moved: rebuild only the frames in that run."""
        if self._article is None:
            return
        if removed == 1 and added == 1:
            self.part_changed(start)
            return
        self.complete_backlog()
        self.flush()
        assert self._doc is not None
        self._doc.replace(start, removed, [self._part_text(start + n) for n in range(added)])
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        first = _FIRST_PART_FRAME + start
        for frame in self._frames[first : first + removed]:
            cursor.setPosition(frame.firstPosition() - 1)
            cursor.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        del self._frames[first : first + removed]
        new_frames = []
        anchor = self._frames[first - 1]
        for n in range(added):
            cursor.setPosition(anchor.lastPosition() + 1)
            frame = cursor.insertFrame(QTextFrameFormat())
            self._insert_html(cursor, frame, self._part_html(start + n))
            new_frames.append(frame)
            anchor = frame
        self._frames[first:first] = new_frames
        cursor.endEditBlock()
        self.part_rendered.emit(start)
        self._render_stale()

    def flush(self) -> None:
        """Render every part waiting for it now."""
        self._timer.stop()
        if self._article is None or not self._dirty:
            self._dirty.clear()
            return
        dirty, self._dirty = sorted(self._dirty), set()
        doc = self._doc
        assert doc is not None
        for index in dirty:
            if index < len(doc):
                doc.set_part(index, self._part_text(index))
        for index in dirty:
            if index < len(doc):
                self._replace_frame(_FIRST_PART_FRAME + index, self._part_html(index))
                self.part_rendered.emit(index)
        self._render_stale()

    def _render_stale(self) -> None:
        """Render again the other parts an edit changed (a definition they use, a note number)."""
        doc = self._doc
        if doc is None:
            return
        for _ in range(len(doc) + 2):
            stale = [i for i in doc.stale() if i not in self._backlog]
            if not stale:
                return
            for index in stale:
                self._replace_frame(_FIRST_PART_FRAME + index, self._part_html(index))
                self.part_rendered.emit(index)

    def update_title(self) -> None:
        if self._article is not None and self._frames:
            self._replace_frame(0, render_title(self._article))
            if len(self._frames) > _FIRST_PART_FRAME:  # a lead repeating the title shows or goes
                self._replace_frame(_FIRST_PART_FRAME, self._part_html(0))

    def update_credits(self) -> None:
        if self._doc is not None and self._article is not None:
            self._doc.set_language(self._article.language)
            self._render_stale()
        if self._article is not None and len(self._frames) >= 2:
            self._replace_frame(len(self._frames) - 2, self._credits_html(self._article))
            self._replace_frame(len(self._frames) - 1, render_back_to_top(self._article.language))

    def _part_text(self, index: int) -> str:
        article = self._article
        assert article is not None
        if index == 0:
            return article.lead.strip("\n") if article.lead.strip() else ""
        return section_markdown(article.sections[index - 1])

    def _part_html(self, index: int) -> str:
        article, doc = self._article, self._doc
        assert article is not None and doc is not None
        if index == doc.notes_index:
            return remote_images_as_placeholders(doc.notes_html())
        if index == 0:  # one H1, the title, as in every output (hubdesk.export.content)
            return remote_images_as_placeholders(one_h1(wrap_lead(doc.html(0)), article.title))
        section = article.sections[index - 1]
        return remote_images_as_placeholders(
            one_h1(wrap_section(section, index - 1, doc.html(index)), ""))

    def _replace_frame(self, frame_index: int, html: str) -> None:
        frame = self._frames[frame_index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        self._insert_html(cursor, frame, html)

    # ------------------------------------------------------------ positions

    def frame_count(self) -> int:
        return len(self._frames)

    def part_text(self, index: int) -> str:
        """The visible text of part ``index`` (for tests and accessibility)."""
        frame = self._frames[_FIRST_PART_FRAME + index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def credits_text(self) -> str:
        frame = self._frames[-_TAIL_FRAMES]
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def title_text(self) -> str:
        return self.part_text(-1) if self._frames else ""

    def _frame_top(self, frame_index: int) -> tuple[float, float]:
        layout = self.document().documentLayout()
        rect = layout.frameBoundingRect(self._frames[frame_index])
        return rect.top(), rect.height()

    def scroll_to_part(self, index: int, fraction: float = 0.0) -> None:
        """Put part ``index`` (0 = lead; -1 = title; len = credits) at the top of the view."""
        if not self._frames:
            return
        if index in self._backlog:
            self._backlog.remove(index)
            self._replace_frame(_FIRST_PART_FRAME + index, self._part_html(index))
        frame_index = max(0, min(len(self._frames) - 1, _FIRST_PART_FRAME + index))
        top, height = self._frame_top(frame_index)
        self.verticalScrollBar().setValue(int(top + height * max(0.0, min(1.0, fraction))))

    def part_at_top(self) -> tuple[int, float]:
        """The part at the top of the view and how far into it the view is (0-1)."""
        if not self._frames:
            return 0, 0.0
        y = self.verticalScrollBar().value()
        for frame_index in range(len(self._frames)):
            top, height = self._frame_top(frame_index)
            if y < top + height or frame_index == len(self._frames) - 1:
                fraction = (y - top) / height if height > 0 else 0.0
                return frame_index - _FIRST_PART_FRAME, max(0.0, min(1.0, fraction))
        return 0, 0.0

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
            self.scroll_to_part(len(self._frames))
        else:
            self.scrollToAnchor(name)
