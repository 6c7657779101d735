"""The metadata panel: title, slug, author, language, tags, status and description."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.model import validation
from hubdesk.model.article import Article, Status, slugify, utc_now
from hubdesk.ui.editor.field_command import FieldCommand
from hubdesk.ui.shell import icons
from hubdesk.ui.shell.validation_messages import validation_message

logger = logging.getLogger(__name__)

DESCRIPTION_ADVISED_LENGTH = 160


def parse_tags(text: str) -> list[str]:
    """Tags from a comma-separated line: trimmed, blanks dropped, duplicates (any case) once."""
    tags: list[str] = []
    seen: set[str] = set()
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def slug_follows_title(article: Article) -> bool:
    """Whether the slug is still the one generated from the title (so it follows title edits).

    A slug the writer changed by hand stays; so does the slug of a published article,
    whose address must not change. While the title is blank the next title sets it.
    """
    if article.status == Status.PUBLISHED:
        return False
    if not article.title.strip() or not article.slug:
        return True
    return article.slug == slugify(article.title)


class MetadataPanel(QWidget):
    """Edit an article's metadata in place; every change is an undo step, then :attr:`changed`."""

    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MetadataPanel")
        self._undo_stack = undo_stack
        self._article: Article | None = None
        self._updating = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title of the article"))
        self.title_edit.textEdited.connect(self._on_title_edited)

        self.slug_edit = QLineEdit(self)
        self.slug_edit.setObjectName("slugEdit")
        self.slug_edit.setPlaceholderText(self.tr("address-of-the-article"))
        self.slug_edit.setToolTip(
            self.tr("The last part of the article's web address: lower-case letters, digits and hyphens")
        )
        self.slug_edit.textEdited.connect(self._on_slug_edited)
        self.slug_edit.editingFinished.connect(self._on_slug_finished)
        self.regenerate_button = QToolButton(self)
        self.regenerate_button.setAutoRaise(True)
        self.regenerate_button.setToolTip(self.tr("Generate the slug from the title again"))
        self.regenerate_button.clicked.connect(self.regenerate_slug)
        slug_row = QHBoxLayout()
        slug_row.setContentsMargins(0, 0, 0, 0)
        slug_row.setSpacing(2)
        slug_row.addWidget(self.slug_edit, 1)
        slug_row.addWidget(self.regenerate_button)
        self.slug_note = QLabel(self)
        self.slug_note.setObjectName("slugNote")
        self.slug_note.setWordWrap(True)

        self.author_edit = QLineEdit(self)
        self.author_edit.setObjectName("authorEdit")
        self.author_edit.setPlaceholderText(self.tr("Who signs the article"))
        self.author_edit.textEdited.connect(lambda t: self._set({"author": t}, self.tr("Edit author"), "author"))
        self.author_edit.editingFinished.connect(self._on_author_finished)
        self._author_names = QStringListModel(self)
        completer = QCompleter(self._author_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.author_edit.setCompleter(completer)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setToolTip(
            self.tr("The language of the article: the printed credits and disclosure follow it")
        )
        self.language_combo.activated.connect(self._on_language_activated)

        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. AI, Europe, start-ups"))
        self.tags_edit.textEdited.connect(self._on_tags_edited)
        self.tags_edit.editingFinished.connect(self._on_tags_finished)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status, label in self.status_labels().items():
            self.status_combo.addItem(label, status.value)
        self.status_combo.activated.connect(self._on_status_activated)

        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setPlaceholderText(
            self.tr("One or two sentences shown in search results and link previews")
        )
        self.description_edit.setTabChangesFocus(True)
        line = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setFixedHeight(line * 4 + 12)
        self.description_edit.textChanged.connect(self._on_description_changed)
        self.description_count = QLabel(self)
        self.description_count.setObjectName("descriptionCount")
        self.description_count.setAlignment(Qt.AlignmentFlag.AlignRight)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Slug:"), slug_row)
        form.addRow("", self.slug_note)
        form.addRow(self.tr("Author:"), self.author_edit)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Description:"), self.description_edit)
        form.addRow("", self.description_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addStretch(1)
        self._slug_error = ""
        self.load_icons()
        self._refresh()

    def load_icons(self) -> None:
        """Icons in the current text colour (again after a theme change)."""
        self.regenerate_button.setIcon(
            icons.icon("fa5s.sync-alt", self.palette().windowText().color())
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.load_icons()

    def status_labels(self) -> dict[Status, str]:
        """The translated name of each status, in workflow order."""
        return {
            Status.DRAFT: self.tr("Draft"),
            Status.IN_REVIEW: self.tr("In review"),
            Status.READY: self.tr("Ready"),
            Status.PUBLISHED: self.tr("Published"),
        }

    # ------------------------------------------------------------ public API

    def set_article(self, article: Article | None) -> None:
        """Show and edit the metadata of ``article`` (``None`` empties the panel)."""
        self._article = article
        self._slug_error = ""
        self._refresh()

    def article(self) -> Article | None:
        return self._article

    def refresh(self) -> None:
        """Re-read the article (after something else changed its metadata)."""
        self._refresh()

    def set_known_authors(self, names: list[str]) -> None:
        """Names offered while typing the author (e.g. the library's distinct authors)."""
        self._author_names.setStringList(sorted(set(names), key=str.casefold))

    def slug_message(self) -> str:
        """The slug problem shown under the field ('' when the slug is fine)."""
        return self._slug_error

    def regenerate_slug(self) -> None:
        """Set the slug from the title again (it then follows the title)."""
        if self._article is None:
            return
        self._slug_error = ""
        self._set({"slug": slugify(self._article.title)}, self.tr("Generate slug"), None)
        self._refresh()

    # ------------------------------------------------------------ edits

    def _set(self, changes: dict[str, Any], text: str, merge_key: str | None) -> None:
        if self._article is None:
            return
        if all(getattr(self._article, k) == v for k, v in changes.items()):
            return
        self._undo_stack.push(
            FieldCommand(self._article, changes, text, self._applied, merge_key=merge_key)
        )

    def _on_title_edited(self, text: str) -> None:
        if self._article is None:
            return
        changes: dict[str, Any] = {"title": text}
        if slug_follows_title(self._article) and text.strip():
            changes["slug"] = slugify(text)
        self._set(changes, self.tr("Edit title"), "title")

    def _on_slug_edited(self, text: str) -> None:
        if validation.is_valid_slug(text):
            self._slug_error = ""
            self._set({"slug": text}, self.tr("Edit slug"), "slug")
        elif text.endswith("-") and validation.is_valid_slug(text.rstrip("-")):
            self._slug_error = ""  # the next word is on its way: wait for it
        else:
            try:
                validation.validate_slug(text)
            except validation.ValidationError as exc:
                self._slug_error = validation_message(exc)
        self._update_slug_note()

    def _on_slug_finished(self) -> None:
        if self._article is None or self._updating:
            return
        text = self.slug_edit.text()
        if text == self._article.slug:
            return
        try:
            slug = validation.normalise_slug(text)
        except validation.ValidationError as exc:
            self._slug_error = validation_message(exc)
            self.slug_edit.setText(self._article.slug)
            self._update_slug_note()
            return
        self._slug_error = ""
        self._set({"slug": slug}, self.tr("Edit slug"), "slug")
        self._refresh()

    def _on_author_finished(self) -> None:
        text = self.author_edit.text()
        if text != text.strip():
            self._set({"author": text.strip()}, self.tr("Edit author"), "author")

    def _on_language_activated(self, index: int) -> None:
        self._set({"language": self.language_combo.itemData(index)}, self.tr("Change language"), None)

    def _on_status_activated(self, index: int) -> None:
        if self._article is None:
            return
        status = Status(self.status_combo.itemData(index))
        changes: dict[str, Any] = {"status": status}
        if status == Status.PUBLISHED and self._article.published is None:
            changes["published"] = utc_now()  # first publication: date it (undone with it)
        self._set(changes, self.tr("Change status"), None)

    def _on_tags_edited(self, text: str) -> None:
        self._set({"tags": parse_tags(text)}, self.tr("Edit tags"), "tags")

    def _on_tags_finished(self) -> None:
        if self._article is not None:
            self._set({"tags": parse_tags(self.tags_edit.text())}, self.tr("Edit tags"), "tags")
            self.tags_edit.setText(", ".join(self._article.tags))

    def _on_description_changed(self) -> None:
        if self._updating:
            return
        self._set(
            {"description": self.description_edit.toPlainText()},
            self.tr("Edit description"),
            "description",
        )
        self._update_description_count()

    def _applied(self) -> None:
        self._refresh()
        self.changed.emit()

    # ------------------------------------------------------------ display

    def _refresh(self) -> None:
        self._updating = True
        try:
            a = self._article
            self.setEnabled(a is not None)
            title = a.title if a else ""
            if self.title_edit.text() != title:
                self.title_edit.setText(title)
                self.title_edit.setCursorPosition(0)
            slug = a.slug if a else ""
            if self.slug_edit.text() != slug and not (
                self._slug_error and self.slug_edit.hasFocus()
            ):
                self.slug_edit.setText(slug)
                self.slug_edit.setCursorPosition(0)
            author = a.author if a else ""
            if self.author_edit.text() != author:
                self.author_edit.setText(author)
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(a.language if a else "fr"))
            )
            self.status_combo.setCurrentIndex(
                max(0, self.status_combo.findData((a.status if a else Status.DRAFT).value))
            )
            tags = a.tags if a else []
            if parse_tags(self.tags_edit.text()) != tags:
                self.tags_edit.setText(", ".join(tags))
            description = a.description if a else ""
            if self.description_edit.toPlainText() != description:
                self.description_edit.setPlainText(description)
        finally:
            self._updating = False
        self._update_slug_note()
        self._update_description_count()

    def _update_slug_note(self) -> None:
        a = self._article
        if self._slug_error:
            self.slug_note.setText(self._slug_error)
            self.slug_note.setStyleSheet("color: #c62828;")
        elif a is not None and a.status == Status.PUBLISHED:
            self.slug_note.setText(self.tr("Published: the slug no longer follows the title."))
            self.slug_note.setStyleSheet("color: palette(placeholder-text);")
        elif a is not None and not slug_follows_title(a):
            self.slug_note.setText(self.tr("Set by hand: it no longer follows the title."))
            self.slug_note.setStyleSheet("color: palette(placeholder-text);")
        else:
            self.slug_note.setText(self.tr("Follows the title."))
            self.slug_note.setStyleSheet("color: palette(placeholder-text);")
        self.regenerate_button.setEnabled(
            a is not None and bool(a.title.strip()) and a.slug != slugify(a.title)
        )

    def _update_description_count(self) -> None:
        n = len(self.description_edit.toPlainText())
        self.description_count.setText(
            self.tr("%1 / %2 characters").replace("%1", str(n)).replace(
                "%2", str(DESCRIPTION_ADVISED_LENGTH)
            )
        )
        over = n > DESCRIPTION_ADVISED_LENGTH
        self.description_count.setStyleSheet(
            "color: #c62828;" if over else "color: palette(placeholder-text);"
        )
