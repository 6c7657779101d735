"""The reader's themes (light, sepia, dark) and its typography.

A theme is a handful of colours; the stylesheet of the reading page is built
from them, so that every theme gets the same typography. Sizes are relative to
the body font, which the reader sets from the chosen font size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from hubdesk.ui.shell.settings import QT_TRANSLATE_NOOP, Setting, declare

READING_FAMILIES = [
    "Charter", "Iowan Old Style", "Georgia", "Source Serif 4", "Noto Serif",
    "DejaVu Serif", "Liberation Serif", "Times New Roman", "serif",
]
UI_FAMILIES = ["Inter", "Segoe UI", "Noto Sans", "DejaVu Sans", "sans-serif"]
MEASURE_CHARS = 68  # characters per line of the reading column
MIN_FONT, MAX_FONT, DEFAULT_FONT = 10, 32, 14


@dataclass(frozen=True)
class ReaderTheme:
    name: str
    background: str
    text: str
    muted: str
    accent: str
    rule: str
    bar: str  # the thin tool bar above the page

    def label(self) -> str:
        return {
            "light": QCoreApplication.translate("ReaderTheme", "Light"),
            "sepia": QCoreApplication.translate("ReaderTheme", "Sepia"),
            "dark": QCoreApplication.translate("ReaderTheme", "Dark"),
        }[self.name]


THEMES: dict[str, ReaderTheme] = {
    "light": ReaderTheme("light", "#fdfcfa", "#1f2124", "#5f646b", "#1d5fb8", "#d8d6d0", "#f1efea"),
    "sepia": ReaderTheme("sepia", "#f5ecd9", "#3b2f22", "#6e5d48", "#8a4b12", "#d9c9a8", "#ebe0c8"),
    "dark": ReaderTheme("dark", "#1c1d20", "#dcdad5", "#9a9ca1", "#86b4f5", "#3c3e44", "#26282c"),
}
DEFAULT_THEME = "light"

READING = QT_TRANSLATE_NOOP("Settings", "Reading")
THEME_SETTING = declare(Setting(
    "reader_theme", str, DEFAULT_THEME, QT_TRANSLATE_NOOP("Settings", "Reader theme"), READING,
    choices=(
        ("light", QT_TRANSLATE_NOOP("Settings", "Light")),
        ("sepia", QT_TRANSLATE_NOOP("Settings", "Sepia")),
        ("dark", QT_TRANSLATE_NOOP("Settings", "Dark")),
    ),
))
FONT_SETTING = declare(Setting(
    "reader_font_size", int, DEFAULT_FONT, QT_TRANSLATE_NOOP("Settings", "Reader text size"),
    READING, minimum=MIN_FONT, maximum=MAX_FONT,
))


def reading_font(point_size: int) -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


def page_css(theme: ReaderTheme) -> str:
    """The stylesheet of the reading page.

    Qt's rich text ignores relative font sizes in percent or em; the keywords
    (``small``, ``large``...) scale with the body font, so they are used instead.
    """
    t = theme
    return f"""
body {{ color: {t.text}; background-color: {t.background}; }}
p {{ margin-top: 0; margin-bottom: 0.9em; line-height: 150%; }}
li {{ line-height: 150%; margin-bottom: 0.3em; }}
a {{ color: {t.accent}; text-decoration: none; }}
h1 {{ font-size: x-large; font-weight: 700; margin-top: 0.2em; margin-bottom: 0.8em;
      line-height: 118%; }}
h2 {{ font-size: large; font-weight: 700; margin-top: 1.7em; margin-bottom: 0.55em;
      line-height: 125%; }}
h3 {{ font-size: medium; font-weight: 700; margin-top: 1.2em; margin-bottom: 0.4em; }}
blockquote {{ color: {t.muted}; margin-left: 1.2em; margin-right: 1.2em; font-style: italic; }}
code, pre {{ font-family: "DejaVu Sans Mono", monospace; }}
pre {{ background-color: {t.bar}; padding: 0.6em; margin-bottom: 1em; white-space: pre-wrap; }}
table {{ border-collapse: collapse; border-width: 1px; border-style: solid; border-color: {t.rule};
        margin-bottom: 1em; }}
th, td {{ border-width: 1px; border-style: solid; border-color: {t.rule}; padding: 0.25em 0.6em; }}
th {{ background-color: {t.bar}; font-weight: 700; }}
.hd-align-center {{ text-align: center; }}
.hd-align-right {{ text-align: right; }}
.hd-remote-image {{ color: {t.muted}; background-color: {t.bar}; font-size: small; }}
.hd-link-target {{ color: {t.muted}; }}
.footnote {{ color: {t.muted}; font-size: small; }}
.hd-lead p {{ color: {t.muted}; line-height: 150%; }}
.hd-credits {{ color: {t.muted}; font-size: small; }}
.hd-credits p, .hd-credits li {{ line-height: 140%; }}
.hd-disclosure {{ font-style: italic; margin-top: 2em; }}
.hd-credit-note {{ color: {t.muted}; }}
.hd-back-to-top {{ font-size: small; margin-top: 1.5em; }}
.hd-break {{ color: {t.rule}; margin-top: 1.6em; margin-bottom: 0; }}
"""


def bar_stylesheet(theme: ReaderTheme) -> str:
    """Colours of the reader's tool bar, so that it sits quietly on the page."""
    t = theme
    return f"""
#ReaderBar {{ background: {t.bar}; border-bottom: 1px solid {t.rule}; }}
#ReaderBar QLabel {{ color: {t.muted}; }}
#ReaderBar QToolButton {{ color: {t.text}; background: transparent; border: 1px solid transparent;
    border-radius: 4px; padding: 3px 7px; }}
#ReaderBar QToolButton:hover {{ border-color: {t.rule}; }}
#ReaderBar QToolButton:disabled {{ color: {t.rule}; }}
#ReaderBar QComboBox {{ color: {t.text}; background: {t.background}; border: 1px solid {t.rule};
    border-radius: 4px; padding: 2px 6px; }}
#ReaderBar QComboBox QAbstractItemView {{ color: {t.text}; background: {t.background};
    selection-background-color: {t.rule}; }}
#ReaderPage QScrollBar:vertical {{ background: {t.background}; width: 11px; margin: 0; }}
#ReaderPage QScrollBar::handle:vertical {{ background: {t.rule}; border-radius: 4px;
    min-height: 40px; margin: 2px; }}
#ReaderPage QScrollBar::add-line, #ReaderPage QScrollBar::sub-line {{ height: 0; }}
#ReaderPage QScrollBar::add-page, #ReaderPage QScrollBar::sub-page {{ background: none; }}
"""
