"""The errors the core raises. Each message is written for a person, not a log."""

from __future__ import annotations


class HubDeskError(Exception):
    """Base of every error HubDesk reports to the user."""


class LibraryError(HubDeskError):
    """The library file cannot be opened, read or written."""


class NotALibraryError(LibraryError):
    """The file exists but is not a HubDesk library; it is left untouched."""


class NewerLibraryError(LibraryError):
    """The library was written by a newer HubDesk; it is left untouched."""


class DamagedLibraryError(LibraryError):
    """The library file fails SQLite's checks; it is left as it is."""


class SearchIndexError(LibraryError):
    """The full-text index is damaged; ``check --repair`` rebuilds it."""


class LibraryBusyError(LibraryError):
    """Another HubDesk process is writing this library."""


class ArticleNotFoundError(HubDeskError):
    """No article with this id (or id prefix) in the library."""


class ImportRefusedError(HubDeskError):
    """A file could not be imported; ``path`` names it and the message says why."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExportError(HubDeskError):
    """An export could not be written; the previous file, if any, is unchanged."""
