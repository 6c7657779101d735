"""The kinds of file HubDesk imports: names and suffixes, light enough for the window to
list them (the Import action's tip, the file dialog's filters) without loading the
importers themselves."""

from __future__ import annotations

from dataclasses import dataclass

from hubdesk.i18n import QT_TRANSLATE_NOOP

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
ODT_SUFFIXES = (".odt",)


@dataclass(frozen=True)
class ImportFormat:
    """A kind of file the importers read: its name (English; translated by the app in the
    ``ImportFormats`` context) and its suffixes, lower-case with the dot."""

    description: str
    suffixes: tuple[str, ...]


# What HubDesk imports, in the order the file dialog offers it. The Import action's tip
# and the file dialog's filters are made from this list: a new importer adds its line here.
IMPORT_FORMATS: tuple[ImportFormat, ...] = (
    ImportFormat(QT_TRANSLATE_NOOP("ImportFormats", "Markdown"), MARKDOWN_SUFFIXES),
    ImportFormat(QT_TRANSLATE_NOOP("ImportFormats", "Plain text"), TEXT_SUFFIXES),
    ImportFormat(QT_TRANSLATE_NOOP("ImportFormats", "Web page"), HTML_SUFFIXES),
    ImportFormat(QT_TRANSLATE_NOOP("ImportFormats", "Word"), DOCX_SUFFIXES),
    ImportFormat(QT_TRANSLATE_NOOP("ImportFormats", "OpenDocument text"), ODT_SUFFIXES),
)
IMPORTABLE_SUFFIXES = tuple(s for f in IMPORT_FORMATS for s in f.suffixes)
