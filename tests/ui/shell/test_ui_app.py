"""The application: start-up on a new library, preferences, About, theme and the crash handler."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QSpinBox

from hubdesk import __version__
from hubdesk.library.store import Library
from hubdesk.ui.library.library_guard import LibraryGuard
from hubdesk.ui.shell import app as app_module
from hubdesk.ui.shell.about_dialog import AboutDialog
from hubdesk.ui.shell.crash_dialog import CrashDialog
from hubdesk.ui.shell.preferences_dialog import PreferencesDialog
from hubdesk.ui.shell.settings import SETTINGS, Setting, Settings, declare
from hubdesk.ui.shell.theme import apply_theme, is_dark
from hubdesk.ui.shell.welcome import WELCOME_KEY, ensure_welcome
from tests.ui_helpers import make_settings, open_window


@pytest.fixture
def restore_hook():
    hook = sys.excepthook
    yield
    sys.excepthook = hook


def test_build_opens_a_new_library_on_the_welcome_article(qtbot, tmp_path, monkeypatch,
                                                          restore_hook):
    monkeypatch.setattr(app_module, "Settings", lambda: make_settings(tmp_path, "app"))
    db = tmp_path / "fresh.hubdesk"
    app, window = app_module.build(db, [])
    qtbot.addWidget(window)
    assert app.applicationVersion() == __version__
    assert not app.windowIcon().isNull()
    assert window.isVisible()
    assert window.session.article is not None
    assert window.session.article.title in ("Welcome to HubDesk", "Bienvenue dans HubDesk")
    qtbot.waitUntil(lambda: window.side.built)  # icons and side panels follow the first paint
    assert not window.actions_.save.icon().isNull()
    assert isinstance(sys.excepthook, app_module.CrashHandler)
    window.close()
    window.library.close()


def test_start_up_runs_no_collection_and_leaves_the_collector_on(qtbot, tmp_path, monkeypatch,
                                                                 restore_hook):
    monkeypatch.setattr(app_module, "Settings", lambda: make_settings(tmp_path, "app"))
    runs = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(count)
    try:
        app, window = app_module.build(tmp_path / "fresh.hubdesk", [])
    finally:
        gc.callbacks.remove(count)
    qtbot.addWidget(window)
    assert window.isVisible() and runs == [] and gc.isenabled()
    window.close()
    window.library.close()
    # A start that stops early (the library is open in another HubDesk) leaves it on too.
    monkeypatch.setattr(LibraryGuard, "prepare", lambda self, defer_check=False: False)
    app, window = app_module.build(tmp_path / "fresh.hubdesk", [])
    assert window is None and gc.isenabled()


def test_welcome_is_added_once_and_never_to_a_used_library(library):
    assert ensure_welcome(library, "fr") is not None
    assert library.count_articles() == 1
    assert ensure_welcome(library, "fr") is None
    assert library.count_articles() == 1


def test_no_welcome_in_a_library_that_already_has_articles(library_path, tmp_path):
    from tests import corpus

    with Library.open(library_path) as library:
        library.save_article(corpus.make_article(100, seed=1))
        assert ensure_welcome(library, "en") is None
        assert library.count_articles() == 1
        assert library.get_setting(WELCOME_KEY) == "skipped"


def test_preferences_dialog_is_generated_from_the_declarations(qtbot, tmp_path):
    settings = make_settings(tmp_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == set(SETTINGS)
    assert isinstance(dialog.fields["theme"], QComboBox)
    assert isinstance(dialog.fields["autosave_delay_ms"], QSpinBox)
    changed: list[str] = []
    settings.changed.connect(changed.append)
    dialog.set_value("theme", "dark")
    dialog.set_value("autosave_delay_ms", 900)
    dialog.accept()
    assert settings.get("theme") == "dark"
    assert settings.get("autosave_delay_ms") == 900
    assert sorted(changed) == ["autosave_delay_ms", "theme"]


def test_settings_have_types_defaults_and_limits(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    assert settings.get("editor_font_size") == SETTINGS["editor_font_size"].default
    store.setValue("preferences/editor_font_size", "500")
    assert settings.get("editor_font_size") == SETTINGS["editor_font_size"].maximum
    store.setValue("preferences/theme", "purple")
    assert settings.get("theme") == "system"
    extra = declare(Setting("test_extra_flag", bool, False, "Extra flag"))
    try:
        assert settings.get("test_extra_flag") is False
        settings.set("test_extra_flag", True)
        assert settings.get("test_extra_flag") is True
        with pytest.raises(ValueError):
            declare(Setting("test_extra_flag", int, 1, "Other"))
    finally:
        SETTINGS.pop(extra.key)


def test_preferences_reach_the_open_window(qtbot, library, tmp_path):
    settings = make_settings(tmp_path)
    window = open_window(qtbot, library, settings)
    settings.set("editor_font_size", 15)
    settings.set("autosave_delay_ms", 4321)
    assert window.editor.font().pointSize() == 15
    assert window.session._autosave.interval() == 4321


def test_about_dialog_shows_the_version(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()


def test_dark_and_light_themes(qtbot):
    app = QApplication.instance()
    assert apply_theme(app, "dark") is True
    assert app.palette().base().color().lightness() < 80
    assert apply_theme(app, "light") is False
    assert app.palette().base().color().lightness() > 200
    assert is_dark("system") in (True, False)


def test_crash_handler_saves_first_and_shows_details(qtbot, library, tmp_path, monkeypatch):
    settings = make_settings(tmp_path)
    settings.set("autosave_delay_ms", 60000)
    window = open_window(qtbot, library, settings)
    window.editor.insertPlainText("unsaved words ")
    assert window.session.dirty
    shown: list[tuple[str, bool]] = []

    def fake_exec(dialog: CrashDialog) -> int:
        shown.append((dialog.details.toPlainText(), window.session.dirty))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    handler = app_module.CrashHandler(window)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    details, dirty_when_shown = shown[0]
    assert "RuntimeError: boom in a slot" in details and __version__ in details
    assert dirty_when_shown is False  # saved before the dialog appeared
    article = library.load_article(window.session.article.id)
    assert "unsaved words" in article.lead
