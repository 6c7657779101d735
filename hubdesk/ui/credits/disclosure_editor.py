"""The AI-disclosure panel: written with an AI or not, by which assistant, who answers for it."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hubdesk.formats.render import disclosure_sentence
from hubdesk.model.article import Article
from hubdesk.ui.editor.field_command import FieldCommand

logger = logging.getLogger(__name__)


class DisclosureEditor(QWidget):
    """Edit ``article.disclosure`` in place and show the sentence printed under the article.

    Every change is a command on the given undo stack; :attr:`changed` is emitted after
    each change, undo and redo.
    """

    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DisclosureEditor")
        self._undo_stack = undo_stack
        self._article: Article | None = None
        self._shown_language = ""
        # Another panel on the same stack may change the article's language (metadata).
        undo_stack.indexChanged.connect(self._follow_language)

        self.ai_check = QCheckBox(self.tr("Written with an AI"), self)
        self.ai_check.setToolTip(self.tr("The text was drafted by an AI assistant"))
        self.ai_check.clicked.connect(self._on_ai_clicked)

        self.assistant_edit = self._line_edit("assistant", self.tr("e.g. Chappie"))
        self.organisation_edit = self._line_edit("organisation", self.tr("e.g. Groupe Floteuil"))
        self.editor_edit = self._line_edit(
            "editor", self.tr("Who checked and approved the text")
        )

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.ai_check)
        form.addRow(self.tr("Assistant:"), self.assistant_edit)
        form.addRow(self.tr("Organisation:"), self.organisation_edit)
        form.addRow(self.tr("Editor responsible:"), self.editor_edit)

        self._caption = QLabel(self)
        self._caption.setStyleSheet("color: palette(placeholder-text);")
        self.sentence_label = QLabel(self)
        self.sentence_label.setObjectName("disclosureSentence")
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence_label.setTextFormat(Qt.TextFormat.PlainText)
        box = QFrame(self)
        box.setObjectName("disclosureBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet(
            "#disclosureBox { background: palette(base); border-radius: 4px; }"
        )
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(8, 6, 8, 6)
        box_layout.addWidget(self.sentence_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self._caption)
        layout.addWidget(box)
        layout.addStretch(1)
        self._refresh()

    def _line_edit(self, field: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"{field}Edit")
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.textEdited.connect(lambda text, f=field: self._set(f, text, merge=True))
        edit.editingFinished.connect(lambda f=field, e=edit: self._finish(f, e))
        return edit

    # ------------------------------------------------------------ public API

    def set_article(self, article: Article | None) -> None:
        """Show and edit the disclosure of ``article`` (``None`` empties the panel)."""
        self._article = article
        self._refresh()

    def article(self) -> Article | None:
        return self._article

    def refresh(self) -> None:
        """Re-read the article (after its language changed, the printed sentence follows)."""
        self._refresh()

    def _follow_language(self, *_: object) -> None:
        if self._article is not None and self._article.language != self._shown_language:
            self._refresh()

    def sentence(self) -> str:
        """The sentence printed under the article, as shown."""
        if self._article is None:
            return ""
        return disclosure_sentence(self._article.disclosure, self._article.language)

    # ------------------------------------------------------------ changes

    def _on_ai_clicked(self, checked: bool) -> None:
        self._set("ai_written", checked, merge=False)

    def _set(self, field: str, value: Any, merge: bool) -> None:
        if self._article is None:
            return
        disclosure = self._article.disclosure
        if getattr(disclosure, field) == value:
            return
        texts = {
            "ai_written": self.tr("Mark as written with an AI") if value
            else self.tr("Mark as not written with an AI"),
            "assistant": self.tr("Edit AI assistant"),
            "organisation": self.tr("Edit AI organisation"),
            "editor": self.tr("Edit responsible editor"),
        }
        self._undo_stack.push(
            FieldCommand(
                disclosure, {field: value}, texts[field], self._applied,
                merge_key=f"disclosure.{field}" if merge else None,
            )
        )

    def _finish(self, field: str, edit: QLineEdit) -> None:
        """Trim surrounding spaces once the person leaves the field."""
        text = edit.text()
        if text != text.strip():
            edit.setText(text.strip())
            self._set(field, text.strip(), merge=True)

    def _applied(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        article = self._article
        self.setEnabled(article is not None)
        d = article.disclosure if article else None
        self.ai_check.setChecked(bool(d and d.ai_written))
        for edit, value in (
            (self.assistant_edit, d.assistant if d else ""),
            (self.organisation_edit, d.organisation if d else ""),
            (self.editor_edit, d.editor if d else ""),
        ):
            if edit.text() != value:
                edit.setText(value)
        ai = bool(d and d.ai_written)
        self.assistant_edit.setEnabled(ai)
        self.organisation_edit.setEnabled(ai)
        language = article.language if article else "fr"
        self._shown_language = language if article else ""
        self._caption.setText(
            self.tr("Printed under the article (French):") if language == "fr"
            else self.tr("Printed under the article (English):")
        )
        sentence = self.sentence()
        if sentence:
            self.sentence_label.setText(sentence)
            self.sentence_label.setStyleSheet("font-style: italic;")
        else:
            self.sentence_label.setText(
                self.tr("Nothing is printed: the article is not marked as written with an AI"
                        " and names no responsible editor.")
            )
            self.sentence_label.setStyleSheet("color: palette(placeholder-text);")
