"""Exporters: an article to HTML, Markdown, PDF, EPUB, DOCX or ODT.

Interface (stable; the CLI and the app call only this):

- ``FORMATS``: the format names, in menu order.
- ``ExportOptions``: paper size, table of contents, disclosure, attachments folder.
- ``export_article(article, fmt, path, options) -> Path``: write one file, atomically.
- ``export_articles(articles, fmt, folder, options, progress) -> list[ExportResult]``.
- ``register_writer(fmt, writer)``: lets a front end supply a writer the core cannot
  (PDF is drawn by Qt; ``hubdesk.qt.pdf_export.install()`` registers it, so that
  this package never imports Qt).
- ``register_writer_loader(fmt, loader)``: the same, loaded on first use: the entry
  point (``hubdesk.__main__``) registers the PDF writer this way, so that a command
  that exports no PDF never loads Qt.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from hubdesk.errors import ExportError, HubDeskError
from hubdesk.export.files import (
    safe_filename,
    safe_stem,
    target_inside,
    unique_names,
)
from hubdesk.export.options import PAPER_SIZES, ExportOptions
from hubdesk.files import atomic_write, check_folder
from hubdesk.model.article import Article

log = logging.getLogger(__name__)

FORMATS = ("html", "markdown", "pdf", "epub", "docx", "odt")
EXTENSIONS = {
    "html": ".html",
    "markdown": ".md",
    "pdf": ".pdf",
    "epub": ".epub",
    "docx": ".docx",
    "odt": ".odt",
}

#: ``writer(article, path, options)`` writes the whole file at ``path`` (a temporary file).
Writer = Callable[[Article, Path, ExportOptions], None]

_BUILTIN = {
    "html": ("hubdesk.export.html_export", "write_html"),
    "markdown": ("hubdesk.export.markdown_export", "write_markdown"),
    "epub": ("hubdesk.export.epub_export", "write_epub"),
    "docx": ("hubdesk.export.docx_export", "write_docx"),
    "odt": ("hubdesk.export.odt_export", "write_odt"),
}
#: ``loader()`` imports what a writer needs (Qt, for PDF) and returns the writer.
WriterLoader = Callable[[], Writer]

_registered: dict[str, Writer] = {}
_loaders: dict[str, WriterLoader] = {}

__all__ = [
    "EXTENSIONS", "FORMATS", "PAPER_SIZES", "ExportOptions", "ExportResult", "export_article",
    "export_articles", "register_writer", "register_writer_loader", "is_available",
    "safe_filename", "safe_stem",
]


@dataclass(frozen=True)
class ExportResult:
    """What happened to one article of a batch: the file written, or why not."""

    article_id: str
    title: str
    path: Path | None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.path is not None and not self.error


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}; use one of {', '.join(FORMATS)}.")


def register_writer(fmt: str, writer: Writer) -> None:
    """Supply (or replace) the writer of a format."""
    _check_format(fmt)
    _registered[fmt] = writer


def register_writer_loader(fmt: str, loader: WriterLoader) -> None:
    """Supply the writer of a format by a ``loader`` called once, when it is first needed.

    A writer registered with ``register_writer`` takes precedence over a loader.
    """
    _check_format(fmt)
    _loaders[fmt] = loader


def is_available(fmt: str) -> bool:
    """Whether a writer for ``fmt`` is there (PDF needs the desktop part to register it)."""
    return fmt in _registered or fmt in _loaders or fmt in _BUILTIN


def _writer(fmt: str) -> Writer:
    if fmt not in FORMATS:
        raise ExportError("export.unknown_format", format=repr(fmt), formats=", ".join(FORMATS))
    if fmt in _registered:
        return _registered[fmt]
    if fmt in _loaders:
        try:
            writer = _loaders[fmt]()
        except (ImportError, RuntimeError) as exc:
            log.exception("The %s writer could not be loaded", fmt)
            raise ExportError("export.unavailable", format=fmt.upper(), reason=exc) from exc
        _registered[fmt] = writer
        return writer
    if fmt not in _BUILTIN:
        raise ExportError("export.needs_desktop", format=fmt.upper())
    module, name = _BUILTIN[fmt]
    return getattr(importlib.import_module(module), name)


def export_article(
    article: Article, fmt: str, path: str | Path, options: ExportOptions | None = None
) -> Path:
    """Write ``article`` as ``fmt`` to the file ``path``, completely or not at all.

    Raises ``ExportError`` (folder missing, not writable, disk full, …); the file
    that was at ``path`` before is then unchanged.
    """
    options = options or ExportOptions()
    if options.paper not in PAPER_SIZES:
        raise ExportError("export.unknown_paper", paper=repr(options.paper))
    writer = _writer(fmt)
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError("export.target_is_folder", path=path)

    def write(tmp: Path) -> None:
        try:
            writer(article, tmp, options)
        except (HubDeskError, OSError):
            raise
        except Exception as exc:  # a bug in a writer must still leave the old file alone
            log.exception("The %s writer failed on %s", fmt, article.id)
            raise ExportError(
                "export.failed", title=article.title, format=fmt.upper(), reason=exc
            ) from exc

    return atomic_write(path, write)


def file_names(articles: Iterable[Article], fmt: str) -> list[str]:
    """The file name each article of a batch gets: its safe slug, made unique."""
    stems = [safe_stem(a.slug or a.title) for a in articles]
    return unique_names(stems, EXTENSIONS[fmt])


#: ``progress(done, total, result)``; returning ``False`` stops the batch.
Progress = Callable[[int, int, ExportResult], bool | None]


def export_articles(
    articles: Iterable[Article],
    fmt: str,
    folder: str | Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> list[ExportResult]:
    """Export each article into ``folder`` (one file each, named from its slug).

    One failing article does not stop the others; its result carries the error.
    The folder itself must exist and be writable (else ``ExportError`` at once).
    """
    articles = list(articles)
    folder = Path(folder).expanduser()
    check_folder(folder)
    _writer(fmt)
    names = file_names(articles, fmt)
    results: list[ExportResult] = []
    for n, (article, name) in enumerate(zip(articles, names, strict=True), start=1):
        try:
            path = export_article(article, fmt, target_inside(folder, name), options)
            result = ExportResult(article.id, article.title, path)
        except HubDeskError as exc:
            result = ExportResult(article.id, article.title, None, str(exc))
        results.append(result)
        if progress is not None and progress(n, len(articles), result) is False:
            break
    return results
