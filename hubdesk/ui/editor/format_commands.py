"""Formatting commands on the editor's Markdown: bold, italic, link, image, table.

Each is one undo step, works on the selection or at the cursor, and leaves the
cursor where the writer goes on typing (inside the new ``**…**`` or ``[…]()``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from hubdesk.errors import HubDeskError
from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.shell.errors import show_error

log = logging.getLogger(__name__)

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp"  # what exports embed (no SVG: it can carry scripts)


class FormatCommands(QObject):
    """Bold, italic, link (on the selection or at the cursor), image and table."""

    def __init__(
        self, editor: MarkdownEditor, dialog_parent: QWidget | None = None, *, library_path: Path | None = None
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.dialog_parent = dialog_parent or editor
        self.library_path = library_path  # images are copied beside it (``export.library_images``)

    def menu_hook(self, actions: list[QAction]) -> Callable[[QMenu], None]:
        """Adds ``actions`` (the formatting ones) to the editor's context menu."""

        def add(menu: QMenu) -> None:
            menu.addSeparator()
            for action in actions:
                menu.addAction(action)

        return add

    # ------------------------------------------------------------ emphasis

    def bold(self) -> None:
        self.toggle_wrap("**")

    def italic(self) -> None:
        self.toggle_wrap("*")

    def toggle_wrap(self, mark: str) -> None:
        """Wrap the selection (or an empty pair at the cursor) in ``mark``; unwrap if wrapped."""
        if self.editor.isReadOnly():
            return
        cursor = self.editor.textCursor()
        doc = self.editor.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        selected = cursor.selectedText()
        if "\u2029" in selected:
            return  # emphasis does not span paragraphs
        n = len(mark)
        edit = QTextCursor(doc)
        edit.setPosition(cursor.position())
        edit.beginEditBlock()
        if selected and _wrapped(selected, mark):
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(selected[n:-n])
            new_start, new_end = start, end - 2 * n
        elif selected and self._around(start, end, mark):
            edit.setPosition(end)
            edit.setPosition(end + n, QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
            edit.setPosition(start - n)
            edit.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
            new_start, new_end = start - n, end - n
        else:
            core = selected.strip(" ")
            lead = len(selected) - len(selected.lstrip(" "))
            trail = len(selected) - len(selected.rstrip(" "))
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(" " * lead + mark + core + mark + " " * trail)
            new_start = start + lead + n
            new_end = new_start + len(core)
        edit.endEditBlock()
        result = QTextCursor(doc)
        result.setPosition(new_start)
        result.setPosition(new_end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(result)

    def _around(self, start: int, end: int, mark: str) -> bool:
        """True when ``mark`` stands just outside the selection (and is not part of a longer run)."""
        doc = self.editor.document()
        n = len(mark)
        if start < n:
            return False
        before = "".join(doc.characterAt(i) for i in range(start - n, start))
        after = "".join(doc.characterAt(i) for i in range(end, end + n))
        if before != mark or after != mark:
            return False
        if mark == "*":  # ``**bold**`` is not italic
            outer_before = doc.characterAt(start - 2) if start >= 2 else ""
            return outer_before != "*" and doc.characterAt(end + 1) != "*"
        return True

    # ------------------------------------------------------------ links, images, tables

    def link(self) -> None:
        """``[selection](…)`` with the cursor in the parentheses, or ``[](…)`` with it in the brackets."""
        if self.editor.isReadOnly():
            return
        cursor = self.editor.textCursor()
        selected = cursor.selectedText()
        if "\u2029" in selected:
            return
        looks_like_url = selected.startswith(("http://", "https://", "www.", "mailto:"))
        text = f"[]({selected})" if looks_like_url else f"[{selected}]()"
        start = cursor.selectionStart()
        self._insert(text, start + (1 if looks_like_url or not selected else len(selected) + 3))

    def insert_image(self) -> None:
        """A local image chosen in a file dialog, copied into the library, as ``![alt](name)``.

        The copy lives in the library's images folder, which the preview, the reader
        and every export look in; without a library the file's own path is written.
        """
        if self.editor.isReadOnly():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent, self.tr("Insert image"), str(Path.home()),
            self.tr("Images (%1);;All files (*)").replace("%1", IMAGE_FILTER),
        )
        if not path:
            return
        file = Path(path)
        if self.library_path is not None:
            from hubdesk.export.library_images import add_image  # the export chain: on first use

            try:
                target = add_image(self.library_path, file)
            except HubDeskError as exc:
                show_error(self.dialog_parent, self.tr("The image could not be inserted."), exc)
                return
        else:
            target = file.as_posix()
        cursor = self.editor.textCursor()
        alt = cursor.selectedText().replace("\u2029", " ") or file.stem
        alt = alt.replace("[", "(").replace("]", ")")
        target = target.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        text = f"![{alt}]({target})"
        self._insert(text, cursor.selectionStart() + len(text))

    def insert_table(self) -> None:
        """A table of rows × columns (from a dialog) on lines of its own."""
        if self.editor.isReadOnly():
            return
        from hubdesk.ui.editor.table_dialog import TableDialog

        dialog = TableDialog(self.dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.insert_table_of(dialog.rows(), dialog.columns())

    def insert_table_of(self, rows: int, columns: int) -> None:
        from hubdesk.ui.editor.table_dialog import markdown_table

        header = self.tr("Column %1")
        table = markdown_table(rows, columns, [header.replace("%1", str(i + 1)) for i in range(columns)])
        cursor = self.editor.textCursor()
        block = cursor.block()
        prefix = ""
        if block.text()[: cursor.positionInBlock()].strip():
            prefix = "\n\n"
        elif block.previous().isValid() and block.previous().text().strip():
            prefix = "\n"
        rest = block.text()[cursor.positionInBlock():]
        suffix = "\n\n" if rest.strip() or (block.next().isValid() and block.next().text().strip()) else "\n"
        start = cursor.selectionStart()
        self._insert(prefix + table + suffix, start + len(prefix) + 2)  # in the first header cell

    def _insert(self, text: str, caret: int, select: int = 0) -> None:
        cursor = self.editor.textCursor()
        edit = QTextCursor(self.editor.document())
        edit.setPosition(cursor.position())
        edit.beginEditBlock()
        edit.setPosition(cursor.selectionStart())
        edit.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(text)
        edit.endEditBlock()
        result = QTextCursor(self.editor.document())
        result.setPosition(caret)
        if select:
            result.setPosition(caret + select, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(result)
        self.editor.ensureCursorVisible()


def _wrapped(text: str, mark: str) -> bool:
    n = len(mark)
    if len(text) < 2 * n + 1 or not (text.startswith(mark) and text.endswith(mark)):
        return False
    if mark == "*":
        return not (text.startswith("**") and text.endswith("**")) or text.startswith("***")
    return True
