"""Importers: turn files (saved web pages, Word and OpenDocument files, web page text,
Markdown) into articles, or refuse them clearly. They return articles, never store them.

- ``import_file(path, notes=None) -> Article``: one file; ``ImportRefusedError`` if it cannot be.
- ``import_text(text, source, markdown=None) -> Article``: text already in memory.
- ``iter_import_paths(paths)``: the files to import, folders searched recursively.
- ``links_leaving(paths)``: links in those folders that point outside them (never followed).
- ``html_page.parse_html(html, base_url)``: the article in a page's HTML (pure; the
  WordPress import uses it), ``html_fragment.html_to_markdown(html)``: clipboard HTML.
- ``duplicates.DuplicateFinder``: skip, update or keep an article already in the library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from hubdesk.importers.formats import IMPORT_FORMATS, IMPORTABLE_SUFFIXES, ImportFormat

if TYPE_CHECKING:
    from hubdesk.importers.dispatch import (
        import_file,
        import_text,
        iter_import_paths,
        links_leaving,
        looks_like_markdown,
    )
    from hubdesk.importers.reading import MAX_IMPORT_BYTES, read_text
    from hubdesk.importers.web_text import web_text_to_article

# The importers load on first use: the window lists the formats (``formats``) at start-up
# without the parsers behind them (Markdown's front matter, YAML, TOML, web text).
_WHERE = {
    "import_file": "dispatch", "import_text": "dispatch", "iter_import_paths": "dispatch",
    "links_leaving": "dispatch", "looks_like_markdown": "dispatch",
    "MAX_IMPORT_BYTES": "reading", "read_text": "reading",
    "web_text_to_article": "web_text",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

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
