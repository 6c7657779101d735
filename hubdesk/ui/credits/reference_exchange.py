"""Credits from and to reference managers (Zotero and others), in the Credits panel.

"Import from a reference manager…" reads a BibTeX, CSL-JSON or RIS file through
``hubdesk.citations``, adds the credits not already there as one undo step, and says
which malformed entries were skipped and why. "Export credits…" writes the article's
credits as CSL-JSON or BibTeX.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from hubdesk.citations import Skipped, new_credits, read_references, write_references
from hubdesk.errors import ExportError, HubDeskError
from hubdesk.files import atomic_write

log = logging.getLogger(__name__)

MAX_LISTED = 12  # skipped entries named in the message; the rest are counted


class ReferenceExchange(QObject):
    """The Credits panel's "References" menu: import from and export to reference managers."""

    def __init__(self, editor) -> None:
        """``editor``: the ``CreditEditor`` whose article's credits are read and added to."""
        super().__init__(editor)
        self.editor = editor
        self.import_action = QAction(self.tr("&Import from a reference manager…"), editor)
        self.import_action.setObjectName("importReferences")
        self.import_action.setToolTip(self.tr("Add credits from a BibTeX, CSL-JSON or RIS file "
                                              "(as Zotero and other managers export them)"))
        self.import_action.triggered.connect(self.import_file)
        self.export_action = QAction(self.tr("&Export credits…"), editor)
        self.export_action.setObjectName("exportReferences")
        self.export_action.setToolTip(self.tr("Save the credits as CSL-JSON or BibTeX"))
        self.export_action.triggered.connect(self.export_file)
        self.menu = QMenu(editor)
        self.menu.addActions([self.import_action, self.export_action])
        self.button = QToolButton(editor)
        self.button.setObjectName("referencesButton")
        self.button.setText(self.tr("References"))
        self.button.setToolTip(self.tr("Import credits from a reference manager, or export them"))
        self.button.setAutoRaise(True)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.last_summary = ""  # for tests: the text of the last import's message

    def update_state(self) -> None:
        article = self.editor.article()
        self.import_action.setEnabled(article is not None)
        self.export_action.setEnabled(article is not None and
                                      any(not c.is_empty() for c in article.credits))

    # ------------------------------------------------------------ import

    def import_file(self) -> int:
        """Ask for a file and add its credits; how many were added."""
        article = self.editor.article()
        if article is None:
            return 0
        path, _filter = QFileDialog.getOpenFileName(
            self.editor, self.tr("Import credits from a reference manager"), "",
            self.tr("References (*.bib *.bibtex *.json *.ris);;BibTeX (*.bib *.bibtex);;"
                    "CSL-JSON (*.json);;RIS (*.ris);;All files (*)"))
        return self.import_path(Path(path)) if path else 0

    def import_path(self, path: Path) -> int:
        """Add the credits of ``path`` not already in the article, as one undo step."""
        from hubdesk.ui.shell.errors import show_error

        article = self.editor.article()
        if article is None:
            return 0
        try:
            reading = read_references(path)
        except HubDeskError as exc:
            show_error(self.editor, self.tr("No credits were imported."), exc)
            return 0
        added = new_credits(article.credits, reading.credits)
        self.editor.add_credits(added, self.tr("Import credits"))
        repeated = len(reading.credits) - len(added)
        lines = [self.tr("%n credit(s) imported from %1.", "", len(added)).replace(
            "%1", path.name)]
        if repeated:
            lines.append(self.tr("%n already in the credits, not added again.", "", repeated))
        if reading.skipped:
            lines.append(self.tr("%n malformed entry(ies) skipped:", "", len(reading.skipped)))
            lines += [self.tr("• %1: %2").replace("%1", s.entry).replace("%2", self.reason(s))
                      for s in reading.skipped[:MAX_LISTED]]
            if len(reading.skipped) > MAX_LISTED:
                lines.append(self.tr("… and %1 more.").replace(
                    "%1", str(len(reading.skipped) - MAX_LISTED)))
        self.last_summary = "\n".join(lines)
        log.info("Imported %d credits from %s (%d skipped)", len(added), path,
                 len(reading.skipped))
        box = QMessageBox.warning if reading.skipped else QMessageBox.information
        box(self.editor, self.tr("Import credits"), self.last_summary)
        return len(added)

    def reason(self, skipped: Skipped) -> str:
        """Why an entry was skipped, in the interface's language."""
        texts = {
            "date": self.tr("unreadable date %1"),
            "month": self.tr("no month %1"),
            "no_such_date": self.tr("no such date %1"),
            "title": self.tr("no title"),
            "url": self.tr("malformed address %1"),
            "author": self.tr("an author is not a name"),
            "not_reference": self.tr("not a reference"),
            "bibtex": self.tr("malformed BibTeX"),
            "ris": self.tr("malformed RIS %1"),
        }
        text = texts.get(skipped.code)
        return text.replace("%1", skipped.detail).strip() if text else skipped.reason

    # ------------------------------------------------------------ export

    def export_file(self) -> Path | None:
        """Ask where, and write the credits as CSL-JSON or BibTeX (from the file type chosen
        or the name's suffix); the file written."""
        article = self.editor.article()
        if article is None:
            return None
        csl, bib = self.tr("CSL-JSON (*.json)"), self.tr("BibTeX (*.bib)")
        name = (article.slug or "credits") + ".json"
        path, chosen = QFileDialog.getSaveFileName(
            self.editor, self.tr("Export credits"), name, f"{csl};;{bib}")
        if not path:
            return None
        target = Path(path)
        fmt = "bibtex" if target.suffix.lower() in (".bib", ".bibtex") or (
            chosen == bib and target.suffix.lower() != ".json") else "csl-json"
        if not target.suffix:
            target = target.with_suffix(".bib" if fmt == "bibtex" else ".json")
        return self.export_path(target, fmt)

    def export_path(self, target: Path, fmt: str) -> Path | None:
        from hubdesk.ui.shell.errors import show_error

        article = self.editor.article()
        if article is None:
            return None
        text = write_references(article.credits, fmt)
        try:
            atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"),
                         error=ExportError)
        except HubDeskError as exc:
            show_error(self.editor, self.tr("The credits could not be exported."), exc)
            return None
        log.info("Exported the credits of %s to %s (%s)", article.id, target, fmt)
        return target
