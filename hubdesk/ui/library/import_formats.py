"""What the interface says is importable, made from the importers' own list.

``hubdesk.importers.IMPORT_FORMATS`` names each kind of file HubDesk imports and
its suffixes; the Import action's tip, the file dialog's filters, the folder
import's messages and what the window accepts as a drop all come from it, so the
interface never promises a format the importers do not read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from hubdesk.importers.formats import IMPORT_FORMATS, IMPORTABLE_SUFFIXES, ImportFormat


def format_name(fmt: ImportFormat) -> str:
    """The format's name in the interface's language."""
    return QCoreApplication.translate("ImportFormats", fmt.description)


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join(f"*{s}" for s in suffixes)


def _named_list(formats: tuple[ImportFormat, ...] = IMPORT_FORMATS) -> str:
    """``Markdown (.md, .markdown), Plain text (.txt, .text)``."""
    return ", ".join(f"{format_name(f)} ({', '.join(f.suffixes)})" for f in formats)


def import_filter(formats: tuple[ImportFormat, ...] = IMPORT_FORMATS) -> str:
    """The file dialog's filters: every importable file, then each format, then all files."""
    everything = tuple(s for f in formats for s in f.suffixes)
    filters = [QCoreApplication.translate("ImportFormats", "Articles (%1)").replace(
        "%1", _patterns(everything))]
    filters += [f"{format_name(f)} ({_patterns(f.suffixes)})" for f in formats]
    filters.append(QCoreApplication.translate("ImportFormats", "All files (*)"))
    return ";;".join(filters)


def import_tip(formats: tuple[ImportFormat, ...] = IMPORT_FORMATS) -> str:
    """The Import action's tip, naming exactly what can be imported."""
    return QCoreApplication.translate("ImportFormats", "Import article files: %1").replace(
        "%1", _named_list(formats))


def folder_heading(names: str) -> str:
    """The folder import's heading while it works (``names``: what is being read)."""
    return QCoreApplication.translate("ImportFormats", "Importing the article files (%1) of %2") \
        .replace("%1", ", ".join(format_name(f) for f in IMPORT_FORMATS)).replace("%2", names)


def nothing_found() -> str:
    """The folder import's summary when no importable file was there."""
    return QCoreApplication.translate("ImportFormats", "No importable file was found (%1).") \
        .replace("%1", _named_list())


def droppable(paths: list[Path]) -> bool:
    """Whether a drop of these files offers something to import: a folder, or a file
    with one of the importers' suffixes (the others are then refused by name)."""
    return any(p.suffix.lower() in IMPORTABLE_SUFFIXES or _is_folder(p) for p in paths)


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False
