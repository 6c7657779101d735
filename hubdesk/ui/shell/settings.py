"""Preferences, declared once with a type and a default, and the window state kept apart.

Other modules add their own preferences with ``declare(Setting(...))`` at import
time; the Preferences dialog is generated from ``SETTINGS``. Window geometry and
dock/splitter layout are not preferences: they go through ``window_state`` and
``set_window_state`` (``QMainWindow.saveState`` bytes).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

log = logging.getLogger(__name__)

ORGANISATION = "HubDesk"
APPLICATION = "HubDesk"
_PREFS = "preferences/"
_WINDOW = "window/"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    return text


@dataclass(frozen=True)
class Setting:
    """One preference: its key, type, default, label and allowed values."""

    key: str
    type: type
    default: Any
    label: str
    group: str = QT_TRANSLATE_NOOP("Settings", "General")
    choices: tuple[tuple[Any, str], ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    kind: str = ""  # "font" for a font family picker


SETTINGS: dict[str, Setting] = {}


def declare(setting: Setting) -> Setting:
    """Add a preference (from any module); declaring the same key twice is an error."""
    if setting.key in SETTINGS and SETTINGS[setting.key] != setting:
        raise ValueError(f"The preference {setting.key!r} is already declared differently.")
    SETTINGS[setting.key] = setting
    return setting


APPEARANCE = QT_TRANSLATE_NOOP("Settings", "Appearance")
EDITING = QT_TRANSLATE_NOOP("Settings", "Editing")

THEME = declare(Setting(
    "theme", str, "system", QT_TRANSLATE_NOOP("Settings", "Theme"), APPEARANCE,
    choices=(
        ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
        ("light", QT_TRANSLATE_NOOP("Settings", "Light")),
        ("dark", QT_TRANSLATE_NOOP("Settings", "Dark")),
    ),
))
LANGUAGE = declare(Setting(
    "language", str, "system", QT_TRANSLATE_NOOP("Settings", "Language (after restart)"),
    APPEARANCE,
    choices=(
        ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
        ("fr", "Français"),
        ("en", "English"),
    ),
))
EDITOR_FONT = declare(Setting(
    "editor_font_family", str, "", QT_TRANSLATE_NOOP("Settings", "Editor font"), EDITING,
    kind="font",
))
EDITOR_FONT_SIZE = declare(Setting(
    "editor_font_size", int, 11, QT_TRANSLATE_NOOP("Settings", "Editor font size"), EDITING,
    minimum=7, maximum=36,
))
EDITOR_LINE_WIDTH = declare(Setting(
    "editor_line_width", int, 76, QT_TRANSLATE_NOOP("Settings", "Editor line width (characters)"),
    EDITING, minimum=40, maximum=200,
))
PREVIEW_FONT_SIZE = declare(Setting(
    "preview_font_size", int, 11, QT_TRANSLATE_NOOP("Settings", "Preview font size"), APPEARANCE,
    minimum=7, maximum=36,
))
AUTOSAVE_DELAY = declare(Setting(
    "autosave_delay_ms", int, 1500, QT_TRANSLATE_NOOP("Settings", "Save after typing stops (ms)"),
    EDITING, minimum=200, maximum=60000,
))
TYPOGRAPHY = declare(Setting(
    "typography", bool, True,
    QT_TRANSLATE_NOOP("Settings", "Typography as you type (quotes, apostrophes, spaces), by article language"),
    EDITING,
))
SPELL_CHECK = declare(Setting(
    "spell_check", bool, True,
    QT_TRANSLATE_NOOP("Settings", "Check spelling as you type, in the article's language"), EDITING,
))


class Settings(QObject):
    """Typed access to the declared preferences, stored with ``QSettings``."""

    changed = Signal(str)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store or QSettings(ORGANISATION, APPLICATION)

    @property
    def store(self) -> QSettings:
        return self._store

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        raw = self._store.value(_PREFS + key, None)
        if raw is None:
            return setting.default
        try:
            value = _coerce(setting.type, raw)
        except (TypeError, ValueError):
            log.warning("Ignoring bad value %r for preference %s", raw, key)
            return setting.default
        if setting.choices and value not in [c[0] for c in setting.choices]:
            return setting.default
        if setting.minimum is not None and value < setting.minimum:
            return setting.minimum
        if setting.maximum is not None and value > setting.maximum:
            return setting.maximum
        return value

    def set(self, key: str, value: Any) -> None:
        setting = SETTINGS[key]
        value = _coerce(setting.type, value)
        if value == self.get(key) and self._store.contains(_PREFS + key):
            return
        self._store.setValue(_PREFS + key, value)
        self.changed.emit(key)

    # ------------------------------------------------------------ window state

    def window_state(self, name: str) -> QByteArray | None:
        value = self._store.value(_WINDOW + name, None)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self._store.setValue(_WINDOW + name, state)

    def value(self, name: str, default: Any = None) -> Any:
        """Other remembered state (not a preference), e.g. the last article per library."""
        return self._store.value(_WINDOW + name, default)

    def set_value(self, name: str, value: Any) -> None:
        self._store.setValue(_WINDOW + name, value)

    def sync(self) -> None:
        self._store.sync()


def _coerce(kind: type, raw: Any) -> Any:
    if kind is bool:
        if isinstance(raw, str):
            return raw.lower() in ("1", "true", "yes", "on")
        return bool(raw)
    return kind(raw)
