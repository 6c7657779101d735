"""The panels beside the editor: metadata, source credits and the AI disclosure.

They edit the open ``Article`` in place through one undo stack; this module
gathers them and says what changed (title/metadata, or credits/disclosure).
The credits and disclosure editors are built the first time they are asked for
(their dock tab is shown, or ``credits``/``disclosure`` is read): until then the
article's credits are only in the model, and nothing shows them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from hubdesk.model.article import Article

log = logging.getLogger(__name__)


class SidePanels(QObject):
    """Builds the metadata and credits widgets (when available) and relays their changes."""

    title_changed = Signal()
    credits_changed = Signal()
    credits_built = Signal(QWidget)  # the credits pane, once built: for its dock

    def __init__(self, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._parent = parent
        self._article: Article | None = None
        self.built = False
        self.metadata = None
        self._credits = None
        self._disclosure = None
        self.credits_widget: QWidget | None = None

    def build(self) -> None:
        """Create the metadata panel (after the window is on screen: it is not needed at
        once); the credits pane comes with ``build_credits()``."""
        if self.built:
            return
        self.built = True
        # Imported here, not at the top: the first frame does not wait for these modules.
        from hubdesk.ui.editor.metadata_panel import MetadataPanel

        self.metadata = MetadataPanel(self._undo_stack, self._parent)
        self.metadata.changed.connect(self.title_changed)
        self.set_article(self._article)

    def build_credits(self) -> None:
        """Create the credits and disclosure editors (once), and announce their pane."""
        if self.credits_widget is not None:
            return
        from hubdesk.ui.credits.credit_editor import CreditEditor
        from hubdesk.ui.credits.disclosure_editor import DisclosureEditor

        undo_stack, parent = self._undo_stack, self._parent
        self._credits = CreditEditor(undo_stack, parent)
        self._disclosure = DisclosureEditor(undo_stack, parent)
        self._credits.changed.connect(self.credits_changed)
        self._disclosure.changed.connect(self.credits_changed)
        self.credits_widget = self._credits_pane(parent)
        self.set_article(self._article)
        self.credits_built.emit(self.credits_widget)

    @property
    def credits(self):
        """The source-credits editor (built on first use)."""
        self.build_credits()
        return self._credits

    @property
    def disclosure(self):
        """The AI-disclosure editor (built on first use)."""
        self.build_credits()
        return self._disclosure

    def _credits_pane(self, parent: QWidget) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical, parent)
        splitter.setObjectName("creditsSplitter")
        for title, widget in (
            (self.tr("Source credits"), self._credits),
            (self.tr("AI disclosure"), self._disclosure),
        ):
            box = QGroupBox(title, splitter)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(6, 8, 6, 6)
            layout.addWidget(widget)
            splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        return splitter

    def set_article(self, article: Article | None) -> None:
        self._article = article
        for panel in (self.metadata, self._credits, self._disclosure):
            if panel is not None:
                panel.set_article(article)
                panel.setEnabled(article is not None)

    def owns(self, widget: QWidget | None) -> bool:
        """True when ``widget`` is inside one of the side panels (for undo/redo routing)."""
        while widget is not None:
            if widget in (self.metadata, self.credits_widget):
                return True
            widget = widget.parentWidget()
        return False
