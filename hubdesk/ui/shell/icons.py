"""Icons drawn from the icon fonts that ship with qtawesome, loaded on first use.

Importing qtawesome sets up its Qt compatibility layer and loads all of its ten
fonts and their character maps (about 40 MB and a few hundred milliseconds).
HubDesk uses two of those fonts: Material Design Icons 6 (``mdi6.``) and Font
Awesome 5 Solid (``fa5s.``). This module loads just the font a name asks for,
from qtawesome's own files, and draws its glyph as qtawesome does by default
(the glyph 0.875 of the icon's height, centred, in the colour asked for; greyed
when disabled). A name with another prefix goes to qtawesome itself. The main
window first shows without icons and asks for them right after it is on screen.
"""

from __future__ import annotations

import logging
import re
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# prefix -> (font file stem in qtawesome's fonts folder, style name)
FONTS = {
    "mdi6": ("materialdesignicons6-webfont", ""),
    "fa5s": ("fontawesome5-solid-webfont", "Solid"),
}
_VALUE = re.compile(r'\s*:\s*"([^"]+)"')  # after a glyph's name in a character map
GLYPH_SHARE = 0.875  # of the icon's height, as qtawesome draws (room for the font's bearing)


class _Font:
    """One icon font: its family, once added to Qt, and its glyph names."""

    def __init__(self, folder: Path, stem: str, style: str) -> None:
        [ttf] = sorted(folder.glob(f"{stem}-[0-9]*.ttf"))[-1:]
        [charmap] = sorted(folder.glob(f"{stem}-charmap-*.json"))[-1:]
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not families:
            raise OSError(f"Qt cannot load the icon font {ttf}")
        self.family = families[0]
        self.style = style
        # Kept as text, not parsed: a dict of the 7,000 glyph names would hold about 1 MB
        # for the few dozen icons HubDesk draws.
        self._charmap = charmap.read_text(encoding="utf-8")

    def code(self, glyph: str) -> str | None:
        """The code point (``0xf01c9``) of the glyph named ``glyph``, or None."""
        key = f'"{glyph}"'
        at = self._charmap.find(key)
        while at >= 0:
            found = _VALUE.match(self._charmap, at + len(key))
            if found:  # a key, not a value
                return found.group(1)
            at = self._charmap.find(key, at + 1)
        return None

    def qfont(self, pixels: int) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, pixels))
        if self.style:
            font.setStyleName(self.style)
        return font


class GlyphEngine(QIconEngine):
    """Draws one glyph of an icon font at any size: ``colour``, or greyed when disabled."""

    def __init__(self, font: _Font, char: str, colour: QColor | None) -> None:
        super().__init__()
        self.font, self.char, self.colour = font, char, colour

    def _colour(self, mode: QIcon.Mode) -> QColor:
        palette = QApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        return QColor(self.colour) if self.colour is not None else palette.windowText().color()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self._colour(mode))
        painter.setFont(self.font.qfont(round(GLYPH_SHARE * rect.height())))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.font, self.char, self.colour)


_fonts: dict[str, _Font] = {}
_cache: dict[tuple[str, int], QIcon] = {}
_folder: Path | None = None


def ready() -> bool:
    """True once an icon font is loaded (icons then cost little to make)."""
    return bool(_fonts)


def _fonts_folder() -> Path:
    global _folder
    if _folder is None:
        spec = find_spec("qtawesome")  # finds the package without importing it
        if spec is None or not spec.submodule_search_locations:
            raise OSError("qtawesome is not installed")
        _folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    return _folder


def _glyph_icon(name: str, color: QColor | None) -> QIcon | None:
    """The icon from one of ``FONTS``, or None if the prefix is not one of them."""
    prefix, _, glyph = name.partition(".")
    if prefix not in FONTS:
        return None
    font = _fonts.get(prefix)
    if font is None:
        font = _fonts[prefix] = _Font(_fonts_folder(), *FONTS[prefix])
    code = font.code(glyph)
    if code is None:
        raise KeyError(f"no glyph {glyph!r} in {prefix}")
    return QIcon(GlyphEngine(font, chr(int(code, 16)), color))


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon ``name`` (e.g. ``mdi6.content-save-outline``), in ``color``."""
    key = (name, color.rgba() if color is not None else 0)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    try:
        made = _glyph_icon(name, color)
        if made is None:  # another of qtawesome's fonts
            import qtawesome

            made = qtawesome.icon(name, color=color) if color is not None else qtawesome.icon(name)
    except Exception as exc:  # noqa: BLE001 - a missing glyph must not stop the window
        log.warning("No icon %s: %s", name, exc)
        made = QIcon()
    _cache[key] = made
    return made
