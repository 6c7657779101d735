"""A paste that would put the article past what it can hold is refused, saying why.

An import is refused past the bounds of ``hubdesk.model.bounds`` (characters, lines,
sections, one paragraph's length); a paste into the editor is held to the same, so
that no article grows by the clipboard into one the editor, the outline and the
preview can no longer follow without pauses. Nothing is pasted, nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from hubdesk.errors import HubDeskError
from hubdesk.model.bounds import paste_error
from hubdesk.model.document import split_parts
from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.part_tracker import PartTracker
from hubdesk.ui.shell.errors import show_error

_PARAGRAPH = "\u2029"  # how a selection's text separates its lines


class PasteBounds(QObject):
    """Installs itself as a paste check of ``editor``, whose parts ``tracker`` follows."""

    def __init__(self, editor: MarkdownEditor, tracker: PartTracker,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or editor)
        self.editor, self.tracker = editor, tracker
        editor.paste_checks.append(self.check)

    def check(self, text: str) -> bool:
        """True when ``text`` may go in at the cursor; else say why, and False."""
        doc, selected = self.editor.document(), self.editor.textCursor().selectedText()
        chars = doc.characterCount() - 1 - len(selected) + len(text)
        lines = (doc.blockCount() - selected.count(_PARAGRAPH)
                 + text.count("\n") + text.count("\r") - text.count("\r\n"))
        headings = len(split_parts(text)) - 1  # the pasted text's own section headings
        sections = max(0, len(self.tracker.parts) - 1) + headings
        refused = paste_error(chars, lines, sections, text)
        if refused is None:
            return True
        code, params = refused
        show_error(self.editor, self.tr("Nothing was pasted."), HubDeskError(code, **params))
        return False
