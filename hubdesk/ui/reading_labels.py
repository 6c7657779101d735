"""How the library list shows reading: estimated time, and how far the reader got.

``reading_label`` is the short text of the list's Reading column ("9 min · 40 %"),
``reading_tooltip`` the longer sentence shown on hover.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.reading import FINISHED, reading_minutes


def reading_label(words: int, language: str, progress: float | None) -> str:
    """``9 min``, ``9 min · 40 %`` once opened in the reader, ``9 min · ✓`` when read."""
    minutes = reading_minutes(words, language)
    text = QCoreApplication.translate("Reading", "%1 min").replace("%1", str(minutes))
    if progress is None:
        return text
    if progress >= FINISHED:
        return f"{text} · ✓"
    return f"{text} · {round(progress * 100)} %"


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
