"""The desktop checks of ``hubdesk --smoke-test``: Qt, PDF, French, spelling, icons, window, callbacks.

The Qt checks that need no widget of HubDesk's are in ``hubdesk.qt.smoke_checks``;
this module adds the ones that need the app itself (its catalogues, its main
window). ``hubdesk.__main__`` registers ``CHECKS`` with ``hubdesk.cli.cmd_smoke``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hubdesk.cli.cmd_smoke import Check, SmokeContext
from hubdesk.qt.smoke_checks import (
    check_export_pdf,
    check_export_worker,
    check_no_errors,
    check_platform,
    fail,
)
from hubdesk.ui.editor import spell_checker
from hubdesk.ui.editor.spell_checker import SpellChecker
from hubdesk.ui.shell import icons
from hubdesk.ui.shell.main_window import MainWindow
from hubdesk.ui.shell.settings import Settings
from hubdesk.ui.shell.translations import catalogue_path, install_translations, remove_translations

# A string of HubDesk's own catalogue, and its French translation, to prove it loaded.
PROBE = ("Language", "System language", "Langue du système")


def check_french(ctx: SmokeContext) -> str:
    app = ctx.qt.app
    qm = catalogue_path("fr")
    if qm is None:
        fail("hubdesk_fr.qm is missing")
    ctx.qt.cleanups.append(lambda: remove_translations(app))
    language = install_translations(app, "fr")
    context, source, expected = PROBE
    own = QCoreApplication.translate(context, source)
    if language != "fr" or own != expected:
        fail(f"HubDesk's catalogue not loaded from {qm}: “{source}” reads “{own}”")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qt_text = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    box.deleteLater()
    if qt_text != "Annuler":
        fail(f"Qt's own French catalogue not loaded: “Cancel” reads “{qt_text}”")
    return f"{qm.name} and qtbase_fr: “{own}”, “{qt_text}”"


# One misspelt word in a line of each language, as the editor's underlining sees it.
SPELLING_PROBES = {
    "fr": ("Une phrase en français avec une fôte d’orthographe.", "fôte", "hunspell-fr"),
    "en": ("An English sentence with one mispelled word.", "mispelled", "hunspell-en-us"),
}


def check_spelling(_ctx: SmokeContext) -> str:
    """The editor's spell checker finds exactly the misspelt word in French and in English."""
    if spell_checker.engine() is None:
        fail("spell checking is not available: libhunspell (or, on Windows and macOS, pyenchant) is missing")
    found = []
    for language, (line, wrong, package) in SPELLING_PROBES.items():
        checker = SpellChecker()
        checker.set_language(language)
        if not checker.active:
            fail(f"no {language} spelling dictionary (install {package})")
        words = [line[start:start + length] for start, length in checker.misspelled(line)]
        if words != [wrong]:
            fail(f"the {language} spell check of “{line}” found {words or 'nothing'}, not “{wrong}”")
        found.append(f"{spell_checker.dictionary_tag(language)}: “{wrong}”")
    return ", ".join(found)


# One glyph of each icon font the window uses, drawn as the tool bar draws it.
ICON_PROBES = ("mdi6.content-save-outline", "fa5s.book-open")


def check_icons(_ctx: SmokeContext) -> str:
    """Each icon font is found in the installed files and draws its glyph."""
    drawn = []
    for name in ICON_PROBES:
        image = icons.icon(name).pixmap(QSize(32, 32)).toImage()
        inked = sum(
            1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha()
        )
        if image.isNull() or inked == 0:
            fail(f"the icon {name} draws nothing: its font is missing from the installed files")
        drawn.append(f"{name.partition('.')[0]} ({inked} px)")
    return ", ".join(drawn)


def check_window(ctx: SmokeContext) -> str:
    app = ctx.qt.app
    window = _main_window(ctx)
    ctx.qt.windows.append(window)
    window.show()
    app.processEvents()
    if not window.isVisible():
        fail(f"the {type(window).__name__} did not show")
    return f"{type(window).__name__} shown, {window.width()}×{window.height()}"


def _main_window(ctx: SmokeContext) -> QWidget:
    """The app's main window on the temporary library, with the sample article open."""
    window = MainWindow(ctx.library, Settings())
    if ctx.article is not None and not window.open_article(ctx.article.id):
        fail("the main window could not open the sample article")
    return window


CHECKS: list[tuple[str, Check]] = [
    ("Qt", check_platform),
    ("export PDF", check_export_pdf),
    ("export worker process", check_export_worker),
    ("French translation", check_french),
    ("spelling", check_spelling),
    ("icons", check_icons),
    ("window", check_window),
    ("Qt callbacks", check_no_errors),
]
