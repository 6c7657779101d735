"""Marking the core's few user-visible names for translation, without Qt.

The core never imports Qt, so it cannot translate; but a name it defines for the
interface (a file format's description) can be *marked* with
``QT_TRANSLATE_NOOP(context, text)``: Qt's ``lupdate`` collects it into the
``.ts`` files, and the desktop app translates it with
``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """``text`` unchanged; ``lupdate`` files it under ``context`` for the translators."""
    del context
    return text
