"""Importers: turn files (web page text, Markdown) into articles, or refuse them clearly.

- ``import_file(path, notes=None) -> Article``: one file; ``ImportRefusedError`` if it cannot be.
- ``import_text(text, source, markdown=None) -> Article``: text already in memory.
- ``iter_import_paths(paths)``: the files to import, folders searched recursively.
- ``links_leaving(paths)``: links in those folders that point outside them (never followed).
"""

from hubdesk.importers.dispatch import (
    IMPORT_FORMATS,
    IMPORTABLE_SUFFIXES,
    ImportFormat,
    import_file,
    import_text,
    iter_import_paths,
    links_leaving,
    looks_like_markdown,
)
from hubdesk.importers.reading import MAX_IMPORT_BYTES, read_text
from hubdesk.importers.web_text import web_text_to_article

__all__ = [
    "IMPORTABLE_SUFFIXES",
    "IMPORT_FORMATS",
    "ImportFormat",
    "MAX_IMPORT_BYTES",
    "import_file",
    "import_text",
    "iter_import_paths",
    "links_leaving",
    "looks_like_markdown",
    "read_text",
    "web_text_to_article",
]
