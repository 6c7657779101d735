"""The Preferences dialog, generated from the declared settings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.ui.editor.markdown_editor import default_editor_family
from hubdesk.ui.shell.settings import SETTINGS, Setting, Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class PreferencesDialog(QDialog):
    """One field per declared setting, grouped; OK writes the changed values. ``more``:
    actions that open their own settings (WordPress Sites…), one button each."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, more: Sequence[QAction] = ()
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        groups: dict[str, QFormLayout] = {}
        for setting in SETTINGS.values():
            form = groups.get(setting.group)
            if form is None:
                box = QGroupBox(_tr(setting.group), self)
                form = groups[setting.group] = QFormLayout(box)
                layout.addWidget(box)
            field = self._field(setting, settings.get(setting.key))
            self.fields[setting.key] = field
            form.addRow(_tr(setting.label), field)
        self.more_buttons = [QPushButton(action.text(), self) for action in more]
        for button, action in zip(self.more_buttons, more, strict=True):
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _field(self, setting: Setting, value: Any) -> QWidget:
        if setting.choices:
            combo = QComboBox(self)
            for data, label in setting.choices:
                combo.addItem(_tr(label), data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.kind == "font":
            fonts = QFontComboBox(self)
            fonts.setCurrentFont(QFont(value or default_editor_family()))
            return fonts
        if setting.type is bool:
            check = QCheckBox(self)
            check.setChecked(bool(value))
            return check
        if setting.type is int:
            spin = QSpinBox(self)
            spin.setRange(setting.minimum if setting.minimum is not None else -10**9,
                          setting.maximum if setting.maximum is not None else 10**9)
            spin.setValue(int(value))
            return spin
        line = QLineEdit(str(value), self)
        return line

    def value(self, key: str) -> Any:
        field = self.fields[key]
        if isinstance(field, QComboBox) and not isinstance(field, QFontComboBox):
            return field.currentData()
        if isinstance(field, QFontComboBox):
            return field.currentFont().family()
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QSpinBox):
            return field.value()
        return field.text()

    def set_value(self, key: str, value: Any) -> None:
        field = self.fields[key]
        if isinstance(field, QFontComboBox):
            field.setCurrentFont(QFont(value or default_editor_family()))
        elif isinstance(field, QComboBox):
            field.setCurrentIndex(max(0, field.findData(value)))
        elif isinstance(field, QCheckBox):
            field.setChecked(bool(value))
        elif isinstance(field, QSpinBox):
            field.setValue(int(value))
        elif isinstance(field, QLineEdit):
            field.setText(str(value))

    def restore_defaults(self) -> None:
        for key, setting in SETTINGS.items():
            self.set_value(key, setting.default)

    def accept(self) -> None:
        for key, setting in SETTINGS.items():
            value = self.value(key)
            if setting.kind == "font" and not self.settings.get(key):
                if value == default_editor_family():
                    continue
            if value != self.settings.get(key):
                self.settings.set(key, value)
        super().accept()
