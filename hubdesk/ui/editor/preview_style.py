"""The preview's look: its stylesheet, in the theme's colours, and its body font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QPalette

from hubdesk.paths import resource

log = logging.getLogger(__name__)


def preview_css(palette: QPalette) -> str:
    """The preview's stylesheet in the colours of ``palette``."""
    text = palette.color(QPalette.ColorRole.Text)
    dark = text.lightness() > 128
    colours = {
        "@TEXT@": text.name(),
        "@MUTED@": "#a4a9b1" if dark else "#5b616b",  # as resources/styles/house.css
        "@ACCENT@": "#7fb2ff" if dark else "#1c5d99",
        "@RULE@": "#4a4f57" if dark else "#c9ccd1",
        "@SHADE@": "#2a2d33" if dark else "#f2f1ee",  # code, table headers, placeholders
    }
    try:
        css = resource("styles", "preview.css").read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("Preview stylesheet missing: %s", exc)
        css = ""
    for key, value in colours.items():
        css = css.replace(key, value)
    return css


_SERIFS = ("Source Serif 4", "Noto Serif", "Charis SIL", "DejaVu Serif", "Liberation Serif")


def preview_font(points: float) -> QFont:
    """The body font of the preview: a sober serif, at ``points``."""
    families = set(QFontDatabase.families())
    family = next((f for f in _SERIFS if f in families), "serif")
    font = QFont(family)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(points)
    return font
