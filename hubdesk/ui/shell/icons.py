"""Icons from qtawesome, loaded on first use.

Importing qtawesome costs a few hundred milliseconds (it sets up its Qt
compatibility layer), so the main window first shows without icons and asks for
them right after it is on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QIcon

log = logging.getLogger(__name__)

_qta = None
_cache: dict[tuple[str, int], QIcon] = {}


def ready() -> bool:
    """True once qtawesome has been imported (icons then cost nothing to make)."""
    return _qta is not None


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The qtawesome icon ``name`` (e.g. ``mdi6.content-save-outline``), in ``color``."""
    global _qta
    if _qta is None:
        import qtawesome

        _qta = qtawesome
    key = (name, color.rgba() if color is not None else 0)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    try:
        made = _qta.icon(name, color=color) if color is not None else _qta.icon(name)
    except Exception as exc:  # noqa: BLE001 - a missing glyph must not stop the window
        log.warning("No icon %s: %s", name, exc)
        made = QIcon()
    _cache[key] = made
    return made
