"""Exporters: an article to HTML, Markdown, PDF, EPUB, DOCX or ODT.

Interface (stable; the CLI and the app call only this):

- ``FORMATS``: the format names, in menu order.
- ``ExportOptions``: paper size, table of contents, disclosure.
- ``export_article(article, fmt, path, options) -> Path``: write one file, atomically.
- ``export_articles(articles, fmt, folder, options, progress) -> list[ExportResult]``.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMATS = ("html", "markdown", "pdf", "epub", "docx", "odt")
EXTENSIONS = {
    "html": ".html",
    "markdown": ".md",
    "pdf": ".pdf",
    "epub": ".epub",
    "docx": ".docx",
    "odt": ".odt",
}


@dataclass(frozen=True)
class ExportOptions:
    paper: str = "A4"  # "A4" or "Letter"
    include_toc: bool = True
    include_disclosure: bool = True
