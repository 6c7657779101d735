"""The Export dialog: format, destination, options; exports run off the window's thread.

The articles are the ones given (the selection in the library) or every article
of a chosen status. A worker thread lists them on its own connection to the
library file and the export worker process writes the files (see
``export_worker``), so the window stays responsive; progress and a summary of
what was written are shown in the dialog, and the result can be opened or its
folder shown.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.export import EXTENSIONS, FORMATS, PAPER_SIZES, ExportOptions, ExportResult
from hubdesk.export.files import safe_stem
from hubdesk.export.library_images import assets_dir
from hubdesk.library.store import Library
from hubdesk.model.article import Status
from hubdesk.qt import child_process
from hubdesk.ui.export.export_worker import ExportJob, ExportThread
from hubdesk.ui.shell.settings import APPLICATION, ORGANISATION

log = logging.getLogger(__name__)

_KEY = "export/"


class ExportDialog(QDialog):
    """Export the given articles (or all articles of a status) to one format."""

    exported = Signal(object)  # list[ExportResult] once a run ends

    def __init__(self, library: Library, article_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.library = library
        self.article_ids = tuple(article_ids)
        self.results: list[ExportResult] = []
        self.error = ""
        self._settings = QSettings(ORGANISATION, APPLICATION)
        self._cancel = threading.Event()
        self._thread: ExportThread | None = None
        # The title and slug from the library list: the article's text is read by the worker only.
        wanted = set(self.article_ids) if len(self.article_ids) == 1 else set()
        self._names = {s.id: (s.title, s.slug) for s in library.list_articles() if s.id in wanted}
        self._build()
        self._restore()
        self._update()

    # ------------------------------------------------------------ form

    def _build(self) -> None:
        which = QGroupBox(self.tr("Articles"), self)
        self.selection_radio = QRadioButton(which)
        n = len(self.article_ids)
        if n == 1:
            title = self._title_of(self.article_ids[0])
            self.selection_radio.setText(self.tr("This article: %1").replace("%1", title))
        else:
            self.selection_radio.setText(self.tr("The %n selected article(s)", "", n))
        self.status_radio = QRadioButton(self.tr("All articles with the status"), which)
        self.status_combo = QComboBox(which)
        for status, label in self._status_labels().items():
            count = self.library.count_articles(status=status)
            self.status_combo.addItem(self.tr("%1 (%2)").replace("%1", label).replace("%2", str(count)),
                                      status.value)
        group = QButtonGroup(self)
        group.addButton(self.selection_radio)
        group.addButton(self.status_radio)
        self.selection_radio.setEnabled(n > 0)
        (self.selection_radio if n else self.status_radio).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.status_radio)
        row.addWidget(self.status_combo, 1)
        box = QVBoxLayout(which)
        box.addWidget(self.selection_radio)
        box.addLayout(row)

        self.format_combo = QComboBox(self)
        for fmt, label in self._format_labels().items():
            self.format_combo.addItem(label, fmt)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("Folder to write into"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.name_edit = QLineEdit(self)
        self.name_label = QLabel(self.tr("File name:"), self)
        self.paper_combo = QComboBox(self)
        for paper in PAPER_SIZES:
            self.paper_combo.addItem(paper, paper)
        self.paper_label = QLabel(self.tr("Paper size:"), self)
        self.toc_check = QCheckBox(self.tr("Include a table of contents"), self)
        self.disclosure_check = QCheckBox(self.tr("Include the AI disclosure sentence"), self)
        self.remote_check = QCheckBox(self.tr("Keep remote images (for publishing on the web)"), self)
        self.remote_note = QLabel(self)
        self.remote_note.setWordWrap(True)
        self.remote_note.setTextFormat(Qt.TextFormat.PlainText)  # it names <img>
        self.remote_check.toggled.connect(self._update)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.paper_label, self.paper_combo)
        form.addRow("", self.toc_check)
        form.addRow("", self.disclosure_check)
        form.addRow("", self.remote_check)
        form.addRow("", self.remote_note)

        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.details = QListWidget(self)
        self.details.setWordWrap(True)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.hide()

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.reveal_button = self.buttons.addButton(self.tr("Show Folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.hide()
        self.reveal_button.hide()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_result)
        self.reveal_button.clicked.connect(self.reveal_result)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(which)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

        for signal in (self.format_combo.currentIndexChanged, self.status_combo.currentIndexChanged,
                       self.selection_radio.toggled, self.folder_edit.textChanged):
            signal.connect(self._update)
        self.format_combo.currentIndexChanged.connect(self._fill_name)

    def _title_of(self, article_id: str) -> str:
        return self._names[article_id][0] if article_id in self._names else article_id

    def _restore(self) -> None:
        s = self._settings
        fmt = s.value(_KEY + "format", "html")
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        folder = s.value(_KEY + "folder", "") or str(Path.home())
        self.folder_edit.setText(str(folder))
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(s.value(_KEY + "paper", "A4"))))
        self.toc_check.setChecked(_bool(s.value(_KEY + "toc", True)))
        self.disclosure_check.setChecked(_bool(s.value(_KEY + "disclosure", True)))
        self._fill_name()

    def _remember(self) -> None:
        s = self._settings
        s.setValue(_KEY + "format", self.fmt)
        s.setValue(_KEY + "folder", self.folder_edit.text().strip())
        s.setValue(_KEY + "paper", self.paper_combo.currentData())
        s.setValue(_KEY + "toc", self.toc_check.isChecked())
        s.setValue(_KEY + "disclosure", self.disclosure_check.isChecked())
        s.sync()

    @property
    def fmt(self) -> str:
        return self.format_combo.currentData()

    def _single(self) -> bool:
        return self.selection_radio.isChecked() and len(self.article_ids) == 1

    def _fill_name(self) -> None:
        if len(self.article_ids) != 1 or self.article_ids[0] not in self._names:
            return
        title, slug = self._names[self.article_ids[0]]
        self.name_edit.setText(safe_stem(slug or title) + EXTENSIONS[self.fmt])

    def _update(self) -> None:
        single = self._single()
        self.name_edit.setVisible(single)
        self.name_label.setVisible(single)
        paged = self.fmt in ("pdf", "docx", "odt")
        self.paper_combo.setEnabled(paged)
        self.paper_label.setEnabled(paged)
        self.toc_check.setEnabled(self.fmt != "markdown")
        self.disclosure_check.setEnabled(self.fmt != "markdown")
        html_export = self.fmt == "html"
        self.remote_check.setVisible(html_export)
        self.remote_note.setVisible(html_export)
        self.remote_note.setText(
            self.tr("Remote images stay <img> and load from their site when the page is opened.")
            if self.remote_check.isChecked() else
            self.tr("Remote images are shown as a link with their description and site "
                    "(▣ description · site), as in the preview; nothing is fetched."))
        self.status_combo.setEnabled(self.status_radio.isChecked())
        self.export_button.setEnabled(not self.running and bool(self.folder_edit.text().strip()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to Folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    # ------------------------------------------------------------ running

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def job(self) -> ExportJob:
        """The export the form describes."""
        name = None
        if self._single():
            typed = self.name_edit.text().strip()
            stem = typed[: -len(EXTENSIONS[self.fmt])] if typed.lower().endswith(EXTENSIONS[self.fmt]) else typed
            name = safe_stem(Path(stem).name) + EXTENSIONS[self.fmt] if stem else None
        return ExportJob(
            library_path=self.library.path,
            article_ids=self.article_ids if self.selection_radio.isChecked() else (),
            status=None if self.selection_radio.isChecked() else self.status_combo.currentData(),
            fmt=self.fmt,
            folder=Path(self.folder_edit.text().strip()).expanduser(),
            file_name=name,
            options=ExportOptions(
                paper=self.paper_combo.currentData(),
                include_toc=self.toc_check.isChecked(),
                include_disclosure=self.disclosure_check.isChecked(),
                asset_dir=assets_dir(self.library.path),
                keep_remote_images=self.fmt == "html" and self.remote_check.isChecked(),
            ),
        )

    def start(self) -> None:
        """Start exporting in the worker thread."""
        if self.running:
            return
        job = self.job()
        if job.fmt == "pdf" and not child_process.IN_CHILD:  # else the worker process draws it
            from hubdesk.qt import pdf_export

            pdf_export.install()
        self._remember()
        self.results, self.error = [], ""
        self._cancel.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.hide()
        self.details.clear()
        self.details.hide()
        self.open_button.hide()
        self.reveal_button.hide()
        self.close_button.setText(self.tr("Cancel"))
        thread = ExportThread(job, self._cancel)
        thread.progressed.connect(self._on_progress)
        thread.finished_with.connect(self._on_finished)
        self._thread = thread
        thread.start()
        self._update()

    def cancel(self) -> None:
        """Stop now: the article being written is not written; files already written stay."""
        if self.running:
            self._cancel.set()
            self.status_label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def wait_for_export(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def _on_progress(self, done: int, total: int, title: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if title and not self._cancel.is_set():
            self.status_label.setText(self.tr("Exporting “%1”…").replace("%1", title))

    def _on_finished(self, results: list[ExportResult], error: str) -> None:
        if self._thread is not None:
            self._thread.wait()  # run() has returned; let the thread end before we go on
        self.results, self.error = list(results), error
        self.progress.hide()
        self.status_label.clear()
        self.close_button.setText(self.tr("Close"))
        written = [r for r in results if r.ok]
        failed = [r for r in results if not r.ok]
        lines = []
        if written:
            folder = written[0].path.parent
            lines.append(self.tr("%n file(s) written to %1.", "", len(written)).replace("%1", str(folder)))
        elif not error:
            lines.append(self.tr("Nothing was written."))
        if failed:
            lines.append(self.tr("%n article(s) could not be exported.", "", len(failed)))
        if self._cancel.is_set():
            lines.append(self.tr("Export cancelled; the files already written are kept."))
        if error:
            lines.append(error)
        self.summary.setText(" ".join(lines))
        self.summary.show()
        for r in results:
            text = f"✓ {r.path.name}" if r.ok else f"✗ {r.title}: {r.error}"
            item = QListWidgetItem(text, self.details)
            item.setToolTip(f"{r.title}\n{r.path}" if r.ok else r.error)
        self.details.setVisible(bool(results))
        self.open_button.setVisible(len(written) == 1)
        self.reveal_button.setVisible(bool(written))
        self._update()
        self.exported.emit(self.results)

    def open_result(self) -> None:
        """Open the exported file with the system's application for it."""
        written = [r for r in self.results if r.ok]
        if written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0].path)))

    def reveal_result(self) -> None:
        """Show the folder the files were written into."""
        written = [r for r in self.results if r.ok]
        if written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0].path.parent)))

    def _format_labels(self) -> dict[str, str]:
        labels = {
            "html": self.tr("Web page (HTML)"),
            "markdown": self.tr("HubDesk Markdown (.md)"),
            "pdf": self.tr("PDF document"),
            "epub": self.tr("E-book (EPUB 3)"),
            "docx": self.tr("Word document (DOCX)"),
            "odt": self.tr("OpenDocument text (ODT)"),
        }
        return {fmt: labels[fmt] for fmt in FORMATS}

    def _status_labels(self) -> dict[Status, str]:
        return {
            Status.DRAFT: self.tr("Draft"),
            Status.IN_REVIEW: self.tr("In review"),
            Status.READY: self.tr("Ready"),
            Status.PUBLISHED: self.tr("Published"),
        }


def _bool(value: object) -> bool:
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
