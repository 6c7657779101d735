"""Light and dark looks; by default HubDesk follows the system's colour scheme."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f2ef",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#fdfdfc",
    QPalette.ColorRole.AlternateBase: "#f0efec",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#ecebe7",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: "#2f6fd0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f5fbf",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#8a9099",
    QPalette.ColorRole.Mid: "#c9c7c2",
    QPalette.ColorRole.Midlight: "#e2e0dc",
    QPalette.ColorRole.Dark: "#a9a7a2",
}
_DARK = {
    QPalette.ColorRole.Window: "#24272c",
    QPalette.ColorRole.WindowText: "#e6e6e3",
    QPalette.ColorRole.Base: "#1c1e22",
    QPalette.ColorRole.AlternateBase: "#262a30",
    QPalette.ColorRole.Text: "#e6e6e3",
    QPalette.ColorRole.Button: "#2e3238",
    QPalette.ColorRole.ButtonText: "#e6e6e3",
    QPalette.ColorRole.Highlight: "#3d7be0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb2ff",
    QPalette.ColorRole.ToolTipBase: "#2e3238",
    QPalette.ColorRole.ToolTipText: "#e6e6e3",
    QPalette.ColorRole.PlaceholderText: "#8d939b",
    QPalette.ColorRole.Mid: "#3c4148",
    QPalette.ColorRole.Midlight: "#33373d",
    QPalette.ColorRole.Dark: "#15171a",
}


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6b7077" if dark else "#9a9fa6")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(theme: str) -> bool:
    return system_is_dark() if theme == "system" else theme == "dark"


def apply_theme(app: QApplication, theme: str) -> bool:
    """Apply ``system``, ``light`` or ``dark``; returns True when the result is dark."""
    dark = is_dark(theme)
    app.setStyle("Fusion")
    app.setPalette(palette_for(dark))
    app.setStyleSheet(_STYLE)
    log.info("Theme %s (%s)", theme, "dark" if dark else "light")
    return dark


_STYLE = """
QMainWindow::separator { width: 1px; height: 1px; background: palette(mid); }
QDockWidget { titlebar-close-icon: none; }
QDockWidget::title { padding: 6px 8px; background: palette(window); }
QToolBar { border: none; spacing: 2px; padding: 3px 6px; }
QToolBar QToolButton { padding: 4px; border-radius: 4px; }
QToolBar QToolButton:hover { background: palette(midlight); }
QTreeView, QTableView, QListView { border: none; }
QTreeView::item, QTableView::item { padding: 3px 2px; }
QStatusBar { border-top: 1px solid palette(mid); }
QStatusBar QLabel { padding: 0 8px; }
QLineEdit { padding: 4px 6px; border: 1px solid palette(mid); border-radius: 4px;
            background: palette(base); }
QPlainTextEdit#editor, QTextBrowser#preview { border: none; }
QWidget#findReplace { border-top: 1px solid palette(mid); }
QMenu { border: 1px solid palette(mid); padding: 4px 0; background: palette(base); }
QMenu::item { padding: 5px 28px 5px 24px; }
QMenu::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QMenu::item:disabled { color: palette(placeholder-text); }
QMenu::separator { height: 1px; background: palette(mid); margin: 4px 10px; }
QMenu::icon { padding-left: 6px; }
"""
