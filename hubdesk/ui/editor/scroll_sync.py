"""Editor and preview scroll together, section by section.

The position is expressed as (part, fraction within the part): the editor counts
in lines, the preview in frames, and each side is moved to the same part at the
same proportion. Only the side the writer scrolls drives the other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.part_tracker import PartTracker
from hubdesk.ui.editor.preview import Preview
from hubdesk.ui.editor.section_edits import body_position


class ScrollSync(QObject):
    def __init__(
        self, editor: MarkdownEditor, preview: Preview, tracker: PartTracker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.preview = preview
        self.tracker = tracker
        self.enabled = True
        self._driver: str | None = None
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(60)
        self._release.timeout.connect(self._clear_driver)
        editor.verticalScrollBar().valueChanged.connect(self._editor_scrolled)
        preview.verticalScrollBar().valueChanged.connect(self._preview_scrolled)

    def _clear_driver(self) -> None:
        self._driver = None

    def editor_position(self) -> tuple[int, float]:
        """(part, fraction) of the editor's first visible line."""
        block = self.editor.first_visible_block()
        part = self.tracker.part_at_block(block)
        start = self.tracker.parts[part].start_block
        end = self.tracker.end_block(part)
        span = max(1, end - start)
        return part, (block - start) / span

    def _editor_scrolled(self) -> None:
        if not self.enabled or self._driver == "preview":
            return
        self._driver = "editor"
        bar = self.editor.verticalScrollBar()
        if bar.value() >= bar.maximum() > 0:
            # The editor cannot go further down: show the end of the article too.
            target = self.preview.verticalScrollBar()
            target.setValue(target.maximum())
        else:
            part, fraction = self.editor_position()
            self.preview.scroll_to_part(part, fraction)
        self._release.start()

    def _preview_scrolled(self) -> None:
        if not self.enabled or self._driver == "editor" or not self.preview.underMouse():
            return
        self._driver = "preview"
        part, fraction = self.preview.part_at_top()
        if 0 <= part < len(self.tracker.parts):
            start = self.tracker.parts[part].start_block
            span = max(1, self.tracker.end_block(part) - start)
            self.editor.scroll_to_block(start + int(fraction * span))
        self._release.start()

    def keep_part(self, part: int) -> None:
        """After the editor's view changed (focus mode on or off): editor and preview on ``part``.

        The editor shows the part's first line unless that hides the cursor; the
        preview shows the same part, at the editor's place in it."""
        if not 0 <= part < len(self.tracker.parts):
            return
        self.editor.scroll_to_block(self.tracker.parts[part].start_block)
        self.editor.ensureCursorVisible()
        at_top, fraction = self.editor_position()
        self.preview.scroll_to_part(part, fraction if at_top == part else 0.0)

    def show_part(self, part: int) -> None:
        """Move both sides to the top of a part (the navigator's click)."""
        self._driver = "navigator"
        if 0 <= part < len(self.tracker.parts):
            start = self.tracker.parts[part].start_block
            body = body_position(self.tracker, part)
            if body is None:
                self.editor.move_to_block(start)
            else:  # the cursor in the text, not on the heading line where typing joins it
                cursor = self.editor.textCursor()
                cursor.setPosition(body)
                self.editor.setTextCursor(cursor)
                self.editor.scroll_to_block(start)
        self.preview.scroll_to_part(part, 0.0)
        self._release.start()
