"""How the library list shows reading: estimated time, and how far the reader got.

``reading_label`` is the short text of the list's Reading column ("◑ 9 min"),
``reading_tooltip`` the longer sentence shown on hover ("… 40 % read.").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.library.positions import FINISHED, reading_minutes

PIES = ("\u25d4", "\u25d1", "\u25d5")  # a quarter, a half, three quarters of a circle
DONE = "\u2713"


def progress_mark(progress: float | None) -> str:
    """A one-character picture of how far the reader got ('' if never opened)."""
    if progress is None:
        return ""
    if progress >= FINISHED:
        return DONE
    return PIES[min(2, int(progress * 3))]


def reading_label(words: int, language: str, progress: float | None) -> str:
    """``9 min``; ``◑ 9 min`` once half read in the reader; ``✓ 9 min`` when read to the end.

    Kept short for a narrow list; the exact share read is in ``reading_tooltip``.
    """
    minutes = reading_minutes(words, language)
    text = QCoreApplication.translate("Reading", "%1 min").replace("%1", str(minutes))
    mark = progress_mark(progress)
    return f"{mark} {text}" if mark else text


def reading_tooltip(words: int, language: str, progress: float | None) -> str:
    minutes = reading_minutes(words, language)
    text = QCoreApplication.translate(
        "Reading", "About %1 min to read (%2 words).").replace("%1", str(minutes)).replace(
        "%2", str(words))
    if progress is None:
        return text + " " + QCoreApplication.translate("Reading", "Not opened in the reader yet.")
    if progress >= FINISHED:
        return text + " " + QCoreApplication.translate("Reading", "Read to the end.")
    return text + " " + QCoreApplication.translate("Reading", "%1 % read.").replace(
        "%1", str(round(progress * 100)))
