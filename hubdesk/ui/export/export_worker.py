"""The export worker: a thread with its own library connection, one article at a time.

The thread lists the articles and names their files; the files are written by the
export worker process (``hubdesk.qt.child_jobs``), so that writing a large article
never holds up the window. A cancel kills that process: the article being written
is not written (no partial file), those already written stay.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from hubdesk.errors import HubDeskError
from hubdesk.export import EXTENSIONS, ExportOptions, ExportResult, export_article
from hubdesk.export.files import safe_stem, target_inside, unique_names
from hubdesk.files import check_folder
from hubdesk.library.store import Library
from hubdesk.qt import child_process
from hubdesk.qt.child_jobs import ExportItem, export_in_child
from hubdesk.ui.shell.error_text import error_message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportJob:
    """Everything the worker needs; built on the UI thread from the form."""

    library_path: Path
    article_ids: tuple[str, ...]
    status: str | None  # export every article with this status instead of the ids
    fmt: str
    folder: Path
    file_name: str | None  # for a single article, the name the user chose
    options: ExportOptions


class ExportThread(QThread):
    """Runs an ``ExportJob`` on its own connection to the library; reports progress."""

    progressed = Signal(int, int, str)
    finished_with = Signal(object, str)  # list[ExportResult], error

    def __init__(self, job: ExportJob, cancel: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.cancel = cancel

    def run(self) -> None:
        results: list[ExportResult] = []
        try:
            with Library.open(self.job.library_path, create=False) as library:
                self._export(library, results)
        except HubDeskError as exc:
            self.finished_with.emit(results, error_message(exc))
            return
        except Exception as exc:  # the dialog must always end, and say why
            log.exception("Export failed")
            self.finished_with.emit(results, f"{type(exc).__name__}: {exc}")
            return
        self.finished_with.emit(results, "")

    def _export(self, library: Library, results: list[ExportResult]) -> None:
        job = self.job
        check_folder(job.folder)
        summaries = {s.id: s for s in library.list_articles(status=job.status)}
        if job.status:
            ids = [s.id for s in sorted(summaries.values(), key=lambda s: s.title.casefold())]
        else:
            ids = [i for i in job.article_ids if i in summaries]
        ext = EXTENSIONS[job.fmt]
        if job.file_name and len(ids) == 1:
            names = [job.file_name]
        else:
            names = unique_names([safe_stem(summaries[i].slug or summaries[i].title) for i in ids], ext)
        total = len(ids)
        self.progressed.emit(0, total, "")
        if child_process.IN_CHILD:
            self._write_in_child(ids, names, summaries, results)
            return
        for n, (article_id, name) in enumerate(zip(ids, names, strict=True), start=1):
            if self.cancel.is_set():
                break
            title = summaries[article_id].title
            self.progressed.emit(n - 1, total, title)
            try:
                article = library.load_article(article_id)
                path = export_article(article, job.fmt, target_inside(job.folder, name), job.options)
                results.append(ExportResult(article_id, title, path))
            except HubDeskError as exc:
                results.append(ExportResult(article_id, title, None, error_message(exc)))
            self.progressed.emit(n, total, title)

    def _write_in_child(self, ids: list[str], names: list[str], summaries: dict,
                        results: list[ExportResult]) -> None:
        """Write the files in the export worker process, reporting each article."""
        job = self.job
        items: list[ExportItem] = []
        for article_id, name in zip(ids, names, strict=True):
            title = summaries[article_id].title
            try:
                items.append(ExportItem(article_id, title, target_inside(job.folder, name)))
            except HubDeskError as exc:
                results.append(ExportResult(article_id, title, None, error_message(exc)))
        total, done = len(ids), len(results)

        def started(index: int) -> None:
            self.progressed.emit(done + index, total, items[index].title)

        def ended(index: int, path: Path | None, error: Exception | None) -> None:
            item = items[index]
            text = error_message(error) if error is not None else ""
            results.append(ExportResult(item.article_id, item.title, path, text))
            self.progressed.emit(done + index + 1, total, item.title)

        if items:
            export_in_child(job.library_path, items, job.fmt, job.options, started, ended,
                            self.cancel.is_set)
