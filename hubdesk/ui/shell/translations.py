"""HubDesk in French and English: find or compile the translations, and install them.

The shipped app carries ``resources/translations/hubdesk_<lang>.qm`` built at packaging
time. A source checkout has only the ``.ts`` sources: the ``.qm`` files are then compiled
with Qt's ``lrelease`` into the user cache folder the first time they are needed, and
again whenever the ``.ts`` file is newer. Qt's own strings (standard buttons, file
dialogs) come from the ``qtbase_<lang>.qm`` catalogue that ships with Qt.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hubdesk.model.article import LANGUAGES
from hubdesk.paths import resource

log = logging.getLogger(__name__)

CATALOGUE = "hubdesk"
QT_CATALOGUES = ("qtbase",)
_installed: list[QTranslator] = []


def language_names() -> dict[str, str]:
    """The choices of the language setting, as shown to the user."""
    return {
        "system": QCoreApplication.translate("Language", "System language"),
        "fr": "Français",
        "en": "English",
    }


def system_language() -> str:
    """The system's language if HubDesk speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(setting: str | None) -> str:
    """``fr`` or ``en`` for a language setting (``system``, empty or unknown follow the system)."""
    if setting in LANGUAGES:
        return str(setting)
    return system_language()


def find_qt_tool(name: str) -> Path | None:
    """Qt's ``lrelease`` or ``lupdate`` as shipped with PySide6, or found on the PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates: list[Path] = []
    base = Path(PySide6.__file__).resolve().parent
    candidates += [base / f"{name}{exe}", base / "Qt" / "libexec" / f"{name}{exe}"]
    scripts = Path(sys.executable).parent
    candidates.append(scripts / f"pyside6-{name}{exe}")
    for found in (shutil.which(f"pyside6-{name}"), shutil.which(name)):
        if found:
            candidates.append(Path(found))
    return next((c for c in candidates if c.is_file()), None)


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile a ``.ts`` source into a ``.qm`` catalogue with ``lrelease``."""
    tool = find_qt_tool("lrelease")
    if tool is None:
        raise RuntimeError(f"Cannot compile {ts.name}: Qt's lrelease tool was not found.")
    import subprocess  # only when a catalogue is compiled, not at each start

    qm.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target, then renamed: another HubDesk never reads half a file.
    partial = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
    try:
        done = subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(partial)],
            capture_output=True, text=True, check=False,
        )
        if done.returncode != 0 or not partial.is_file():
            raise RuntimeError(f"Cannot compile {ts}: {done.stderr.strip() or 'lrelease failed'}.")
        os.replace(partial, qm)
    finally:
        partial.unlink(missing_ok=True)


def _cache_dir() -> Path:
    return Path(user_cache_dir("HubDesk", "HubDesk")) / "translations"


def catalogue_path(language: str) -> Path | None:
    """The ``.qm`` file of HubDesk's strings in ``language``, compiling it if needed."""
    name = f"{CATALOGUE}_{language}"
    shipped = resource("translations", f"{name}.qm")
    source = resource("translations", f"{name}.ts")
    if shipped.is_file() and (
        not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.is_file():
        return None
    cached = _cache_dir() / f"{name}.qm"
    if not cached.is_file() or cached.stat().st_mtime < source.stat().st_mtime:
        try:
            compile_ts(source, cached)
        except (OSError, RuntimeError) as exc:
            log.warning("No %s translation: %s", language, exc)
            return None
    return cached


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def remove_translations(app: QCoreApplication) -> None:
    """Take out the catalogues ``install_translations`` put in (the source strings show again)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


class FileDialogLabels(QTranslator):
    """Qt 6's file dialog asks for "&Look in:" and "Files of &type:", but Qt's catalogues
    only have "Look in:" and "Files of type:" (the French dialog showed those two labels in
    English): answer these two from the catalogue's entries, and nothing else."""

    ASKED = {"&Look in:": "Look in:", "Files of &type:": "Files of type:"}

    def __init__(self, qt: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._qt = qt

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        if context == "QFileDialog" and source in self.ASKED:
            return self._qt.translate(context, self.ASKED[source], disambiguation, n) or None
        return None  # a null string: Qt asks the next catalogue

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def install_translations(app: QCoreApplication, setting: str | None = None) -> str:
    """Load HubDesk's and Qt's catalogues for the setting and make that language the default.

    Returns the language code used (``fr`` or ``en``). Calling it again replaces the
    catalogues installed before; new windows then show the new language.
    """
    language = resolve_language(setting)
    remove_translations(app)
    QLocale.setDefault(QLocale(language))
    qm = catalogue_path(language)
    own = QTranslator(app)
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    elif language != "en":
        log.warning("The %s translation of HubDesk was not found.", language)
    for catalogue in QT_CATALOGUES:
        qt = QTranslator(app)
        if qt.load(f"{catalogue}_{language}", str(qt_translations_dir())):
            app.installTranslator(qt)
            _installed.append(qt)
            if catalogue == "qtbase":
                labels = FileDialogLabels(qt, app)
                app.installTranslator(labels)
                _installed.append(labels)
        elif language != "en":
            log.warning("Qt's %s translation %s was not found.", language, catalogue)
    log.info("Language: %s", language)
    return language
