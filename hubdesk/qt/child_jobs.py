"""Reading an imported file and writing exports in a worker process (``child_process``).

Each job has two halves: the function the worker process runs (``parse_file``,
``export_items``) and the one the app's worker thread calls to drive it
(:class:`ChildParser`, :func:`export_in_child`). The parse returns the article
and its pictures; the app's thread stores them, as it stores every import (one
writer). An export's worker opens the library read-only and writes each file
through the usual atomic write; when its process is killed (a cancel) or dies,
the temporary file it was writing is removed, so no partial file is ever left.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hubdesk.errors import ExportError, HubDeskError, ImportRefusedError
from hubdesk.export import ExportOptions, export_article
from hubdesk.importers.folder_import import ImportCancelled, read_article
from hubdesk.importers.formats import DOCX_SUFFIXES, HTML_SUFFIXES, ODT_SUFFIXES
from hubdesk.importers.image_import import AdoptedImage
from hubdesk.library.store import Library
from hubdesk.model.article import Article
from hubdesk.qt import child_process
from hubdesk.qt.child_process import ChildCancelled, ChildDied, error_data, rebuild_error

log = logging.getLogger(__name__)

#: The files whose parse runs in a worker process: those parsed by lxml, odfpy or
#: python-docx. Text and Markdown are read in the import's thread.
CHILD_SUFFIXES = frozenset(HTML_SUFFIXES + DOCX_SUFFIXES + ODT_SUFFIXES)

PARSE_JOB = "hubdesk.qt.child_jobs:parse_file"
EXPORT_JOB = "hubdesk.qt.child_jobs:export_items"


# ------------------------------------------------------------ imports


def parse_file(
    path: str, language: str, _progress: Callable[[Any], None]
) -> tuple[Article, list[AdoptedImage], list[str]]:
    """(In the worker process) the article in ``path``, its pictures and the notes."""
    notes: list[str] = []
    try:
        article, pictures = read_article(Path(path), notes, language)
    except (OSError, ValueError, UnicodeError, RecursionError) as exc:  # as import_paths words them
        log.warning("Import of %s failed unexpectedly: %r", path, exc)
        raise ImportRefusedError(Path(path), "import.failed", reason=exc) from exc
    return article, pictures, notes


class ChildParser:
    """The ``parse`` of ``import_paths`` that reads pages, Word and OpenDocument files in
    the import worker process; a cancel kills it there and then."""

    def __init__(self, cancelled: Callable[[], bool] | None = None) -> None:
        self.cancelled = cancelled

    def __call__(
        self, path: Path, notes: list[str], language: str | Callable[[], str]
    ) -> tuple[Article, list[AdoptedImage]]:
        if not child_process.IN_CHILD or path.suffix.lower() not in CHILD_SUFFIXES:
            return read_article(path, notes, language)
        chosen = language() if callable(language) else language
        try:
            with child_process.IMPORTS.lease() as child:
                article, pictures, found = child.call(
                    PARSE_JOB, (str(path), chosen), None, self.cancelled
                )
        except ChildCancelled:
            raise ImportCancelled from None
        except ChildDied as exc:
            raise ImportRefusedError(path, "import.child_died", how=exc.how) from exc
        notes += found
        return article, pictures


# ------------------------------------------------------------ exports


@dataclass(frozen=True)
class ExportItem:
    """One article of an export and the file it goes to."""

    article_id: str
    title: str
    target: Path


def export_items(
    library_path: str,
    items: list[tuple[str, str]],
    fmt: str,
    options: ExportOptions,
    progress: Callable[[Any], None],
) -> None:
    """(In the worker process) write each ``(article id, target)``; tell the parent when
    each starts (``("start", i)``) and how it ended (``("end", i, path, error)``)."""
    if fmt == "pdf":
        from hubdesk.qt import pdf_export

        pdf_export.install()
    with Library.open_read_only(library_path) as library:
        for index, (article_id, target) in enumerate(items):
            progress(("start", index))
            try:
                path = export_article(library.load_article(article_id), fmt, Path(target), options)
            except HubDeskError as exc:
                progress(("end", index, None, error_data(exc)))
            else:
                progress(("end", index, str(path), None))


def _parts(folder: Path) -> set[str]:
    """The temporary files of atomic writes now in ``folder``."""
    try:
        return {n for n in os.listdir(folder) if n.startswith(".") and n.endswith(".part")}
    except OSError:
        return set()


def _remove_part(target: Path, before: set[str]) -> None:
    """Remove the temporary file a killed process left while writing ``target``."""
    prefix = f".{target.name[:60]}."
    for name in _parts(target.parent) - before:
        if name.startswith(prefix):
            try:
                (target.parent / name).unlink()
                log.info("Removed %s, left by a stopped export", name)
            except OSError as exc:
                log.warning("Could not remove %s: %s", name, exc)


Started = Callable[[int], None]  # index of the article now being written
Ended = Callable[[int, Path | None, Exception | None], None]  # index, file written or the error


def export_in_child(
    library_path: Path,
    items: list[ExportItem],
    fmt: str,
    options: ExportOptions,
    started: Started,
    ended: Ended,
    cancelled: Callable[[], bool],
) -> bool:
    """Write ``items`` in the export worker process; False if cancelled (the article being
    written then is not written). If the process dies, that article fails with
    ``export.child_died`` and the others are written by a new process."""
    first = 0
    while first < len(items):
        batch = items[first:]
        state = {"current": -1, "ended": 0}  # the article being written; how many have ended
        before = _parts(batch[0].target.parent)

        def on_progress(
            message: tuple[Any, ...], offset: int = first, state: dict[str, int] = state
        ) -> None:
            if message[0] == "start":
                state["current"] = message[1]
                started(offset + message[1])
            else:
                _, index, path, error = message
                state["current"], state["ended"] = -1, index + 1
                ended(
                    offset + index,
                    Path(path) if path else None,
                    rebuild_error(error) if error is not None else None,
                )

        args = (str(library_path), [(i.article_id, str(i.target)) for i in batch], fmt, options)
        try:
            with child_process.EXPORTS.lease() as child:
                child.call(EXPORT_JOB, args, on_progress, cancelled)
            return True
        except ChildCancelled:
            if state["current"] >= 0:
                _remove_part(batch[state["current"]].target, before)
            return False
        except ChildDied as exc:
            lost = state["current"] if state["current"] >= 0 else state["ended"]
            if lost >= len(batch):
                return True  # every article had ended
            _remove_part(batch[lost].target, before)
            item = batch[lost]
            ended(
                first + lost,
                None,
                ExportError("export.child_died", title=item.title, format=fmt.upper(), how=exc.how),
            )
            first += lost + 1
    return True
