"""The main window in French and in English: menus, Qt's own dialog buttons, printed credits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hubdesk.model.article import Article, Credit, Disclosure, Section
from hubdesk.ui.credits.credit_table_model import CreditColumn
from hubdesk.ui.shell.main_window import MainWindow
from hubdesk.ui.shell.settings import Settings
from hubdesk.ui.shell.translations import install_translations, remove_translations

MENUS = {
    "fr": ["&Fichier", "É&dition", "F&ormat", "&Section", "&Relecture", "&Affichage", "Aid&e"],
    "en": ["&File", "&Edit", "F&ormat", "&Section", "&Review", "&View", "&Help"],
}
PREFERENCES = {
    "fr": ("Préférences", ["Annuler", "OK", "Restaurer les valeurs par défaut"]),
    "en": ("Preferences", ["Cancel", "OK", "Restore Defaults"]),
}
PRINTED_HEADER = {"fr": "Tel qu’imprimé", "en": "As printed"}
CREDIT_TITLE = "What is Mistral AI? Everything to know about the OpenAI competitor"
PRINTED = {
    "fr": f"{CREDIT_TITLE} – Anna Heim – TechCrunch (09/09/2025)",
    "en": f"{CREDIT_TITLE} – Anna Heim – TechCrunch (Sep 9, 2025)",
}


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    before = QLocale()
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)
    QLocale.setDefault(before)


def _article(language: str) -> Article:
    return Article(
        title="Mistral AI", language=language, lead="Un chapô.",
        sections=[Section("Origines", "Texte."), Section("Conclusion", "Fin.")],
        credits=[Credit(title=CREDIT_TITLE, author="Anna Heim", outlet="TechCrunch",
                        date=date(2025, 9, 9))],
        disclosure=Disclosure(True, "Chappie", "Groupe Floteuil"),
    )


@pytest.fixture
def window(qtbot, library, language):
    article = _article(language)
    library.save_article(article)
    win = MainWindow(library, Settings())
    qtbot.addWidget(win)
    assert win.open_article(article.id)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _modal_seen(qtbot, trigger) -> dict:
    """Trigger an action opening a modal dialog; note its title and buttons, then close it."""
    seen: dict = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, inspect)
            return
        box = dialog.findChild(QDialogButtonBox)
        seen["title"] = dialog.windowTitle()
        seen["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        dialog.reject()

    QTimer.singleShot(0, inspect)
    trigger()
    qtbot.waitUntil(lambda: "buttons" in seen)
    return seen


def test_menu_titles_follow_the_language(window, language) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == MENUS[language]


def test_dialog_buttons_follow_the_language(window, qtbot, language) -> None:
    seen = _modal_seen(qtbot, window.actions_.preferences.trigger)
    title, buttons = PREFERENCES[language]
    assert seen == {"title": title, "buttons": buttons}


def test_printed_credit_follows_the_language(window, language) -> None:
    model = window.side.credits.model()
    header = model.headerData(CreditColumn.PRINTED, Qt.Orientation.Horizontal)
    assert header == PRINTED_HEADER[language]
    printed = model.data(model.index(0, CreditColumn.PRINTED), Qt.ItemDataRole.DisplayRole)
    assert printed == PRINTED[language]


@pytest.mark.parametrize("setting", ["fr", "en"])
def test_the_app_follows_the_preferences_language(qtbot, qapp, tmp_path, setting) -> None:
    """Starting the app as a user does, with the language chosen in Preferences."""
    import sys

    from hubdesk.ui.shell import app as app_module

    before_locale, before_hook = QLocale(), sys.excepthook
    settings = Settings()
    previous = settings.get("language")
    settings.set("language", setting)
    window = None
    try:
        _app, window = app_module.build(tmp_path / "library.hubdesk", [])
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        assert [a.text() for a in window.menuBar().actions()] == MENUS[setting]
        assert QLocale().name().startswith(setting)
    finally:
        if window is not None:
            window.close()
            window.library.close()
        settings.set("language", previous)
        sys.excepthook = before_hook
        remove_translations(qapp)
        QLocale.setDefault(before_locale)
