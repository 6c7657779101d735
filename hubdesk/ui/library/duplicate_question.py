"""Asks what to do with an imported file whose article is already in the library.

Skip it, update the existing article with it, or keep both; with "do the same for
the others" when more are waiting, so that a batch of duplicates takes one answer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from hubdesk.importers.duplicates import Duplicates

log = logging.getLogger(__name__)


class DuplicateQuestion(QMessageBox):
    """One question: ``path`` imports ``title``, which the library already holds."""

    def __init__(self, path: Path, title: str, others: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Already in the library"))
        self.setText(self.tr("“%1” is already in the library.").replace("%1", title or path.name))
        self.setInformativeText(
            self.tr("%1\n\nSkip this file, update the existing article with it, or keep both?")
            .replace("%1", str(path)))
        self.skip_button = self.addButton(self.tr("Skip"), QMessageBox.ButtonRole.RejectRole)
        self.update_button = self.addButton(self.tr("Update the existing article"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.skip_button)
        self.setEscapeButton(self.skip_button)
        self.apply_to_all = QCheckBox(self.tr("Do the same for the %n other file(s)", "", others))
        if others:
            self.setCheckBox(self.apply_to_all)

    def choice(self) -> Duplicates:
        """The answer given (Skip if the question was closed)."""
        clicked = self.clickedButton()
        if clicked is self.update_button:
            return Duplicates.UPDATE
        if clicked is self.keep_button:
            return Duplicates.KEEP
        return Duplicates.SKIP


def ask_duplicates(items: list[tuple[Path, str]], parent: QWidget | None = None) -> dict[Path, Duplicates]:
    """The user's answer for each (file, title) already in the library, asked in turn."""
    answers: dict[Path, Duplicates] = {}
    for n, (path, title) in enumerate(items):
        question = DuplicateQuestion(path, title, len(items) - n - 1, parent)
        question.exec()
        answers[path] = question.choice()
        if question.apply_to_all.isChecked():
            answers.update({p: answers[path] for p, _ in items[n + 1:]})
            break
    log.info("Duplicates: %s", {str(p): c.value for p, c in answers.items()})
    return answers


def chosen(answers: dict[Path, Duplicates]) -> dict[Path, Duplicates]:
    """The files to import again (those not skipped), with their answer."""
    return {p: c for p, c in answers.items() if c is not Duplicates.SKIP}
