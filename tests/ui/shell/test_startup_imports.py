"""Showing the window with an article open loads none of the heavy format libraries:
the importers, exporters and site clients load on first use; the icons come from
their fonts without qtawesome; the app's first paint also waits for none of the
features it does without (they come with ``MainWindow.finish_building``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hubdesk.library.store import Library
from tests import ROOT, corpus

HEAVY = ("docx", "odf", "markdownify", "bs4", "html5lib", "pypdf", "httpx", "keyring",
         "readability", "ebooklib", "PIL", "qtawesome", "qtpy")

SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from hubdesk.library.store import Library
from hubdesk.ui.shell.main_window import MainWindow
from hubdesk.ui.shell.settings import Settings
from hubdesk.ui.shell.welcome import ensure_welcome
app = QApplication([])
tmp = Path(tempfile.mkdtemp())
library = Library.open(tmp / "l.hubdesk")
ensure_welcome(library, "en")
window = MainWindow(library, Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
assert window.open_last_article()
window.show()
for _ in range(5):
    app.processEvents()
assert window.finished and window.actions_.save.icon().availableSizes() == []  # drawn from a font
assert not window.actions_.save.icon().isNull()
print(json.dumps(sorted(sys.modules)))
window.close()
library.close()
"""


def test_the_window_opens_without_the_format_libraries(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    modules = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "hubdesk.ui.shell.main_window" in modules  # the script did build the window
    assert sorted(m for m in HEAVY if m in modules) == []


# What the app has loaded when its window is first painted, then once it is finished.
FIRST_PAINT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget
from hubdesk.ui.shell.app import build, create_application
app = create_application([])
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if "paint" not in seen and event.type() == QEvent.Type.Paint:
            window = obj.window() if isinstance(obj, QWidget) else None
            if isinstance(window, QMainWindow) and window.isVisible():
                seen["paint"] = sorted(sys.modules)
                seen["finished"] = window.finished
                seen["languages_at_paint"] = window.library_panel.filters.language_combo.count()
                seen["menus_at_paint"] = [a.text() for a in window.menuBar().actions()]
                seen["docks_at_paint"] = sorted(d.objectName() for d in window.findChildren(QDockWidget))
                seen["outline_columns_at_paint"] = window.navigator.columnCount()
                seen["toolbar_at_paint"] = toolbar(window)
                seen["outline_at_paint"] = outline(window)
        return False

def outline(window):
    tree = window.navigator
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [[row.text(0), row.icon(0).isNull(), tree.visualItemRect(row).left()] for row in rows]

def toolbar(window):
    from PySide6.QtWidgets import QToolButton
    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.defaultAction() is not None
               and b.isVisible()]
    return [[b.defaultAction().objectName(), b.width(), b.toolButtonStyle().name,
             b.icon().isNull()] for b in buttons]

watcher = FirstPaint(app)
app.installEventFilter(watcher)
app, window = build(Path(sys.argv[1]), [])
def report():
    if not window.finished:
        return
    seen["history"] = window.findChild(QObject, "historyDock") is not None
    seen["reader"] = window.actions_.reader_mode.isEnabled()
    seen["focus"] = QApplication.focusWidget() is window.editor
    seen["languages"] = window.library_panel.filters.language_combo.count()
    seen["finished_modules"] = sorted(sys.modules)
    seen["menus"] = [a.text() for a in window.menuBar().actions()]
    seen["docks"] = sorted(d.objectName() for d in window.findChildren(QDockWidget))
    seen["outline_columns"] = window.navigator.columnCount()
    seen["toolbar"] = toolbar(window)
    seen["outline"] = outline(window)
    print(json.dumps(seen))
    window.close()
    app.quit()
timer = QTimer()
timer.timeout.connect(report)
timer.start(20)
app.exec()
"""

LATE = ("hubdesk.importers", "yaml", "hubdesk.ui.reader.reader_mode", "hubdesk.ui.publish.wiring",
        "hubdesk.ui.library.library_exchange", "hubdesk.ui.history.history_panel",
        "hubdesk.ui.shell.modes_and_help",
        # the review desk fills its dock and menu after the paint; the checklist runs then
        "hubdesk.ui.review.review_desk", "hubdesk.ui.review.checklist_panel", "hubdesk.checklist",
        # Insert Image and Insert Table load these when used; the Metadata panel comes
        # with the side panels
        "hubdesk.export.library_images", "hubdesk.ui.editor.table_dialog",
        "hubdesk.ui.editor.metadata_panel",
        # the spelling dictionaries load in a thread started after the paint
        "hubdesk.ui.editor.hunspell")

ON_USE = ("hubdesk.ui.reader.reader_view", "hubdesk.ui.credits.credit_editor",
          "hubdesk.ui.library.import_dialog", "hubdesk.ui.library.archive_dialogs",
          "importlib.metadata",
          # the importers (front matter, YAML, TOML) and the archive code: the Import
          # action's tip needs only the list of formats
          "hubdesk.importers.dispatch", "hubdesk.formats.markdown_format", "yaml", "tomllib",
          "hubdesk.formats.archive")


def _first_paint(tmp_path, script: str) -> dict:
    """Run ``script`` on a library in use (no welcome article); what it printed last."""
    with Library.open(tmp_path / "l.hubdesk") as library:
        corpus.fill_library(library, 3, words=300)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "l.hubdesk")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_paint_waits_for_none_of_the_late_features(tmp_path):
    seen = _first_paint(tmp_path, FIRST_PAINT)
    at_paint = set(seen["paint"])
    assert "hubdesk.ui.editor.markdown_editor" in at_paint  # the paint was the window's
    assert not seen["finished"]
    assert sorted(m for m in LATE if m in at_paint) == []
    assert seen["history"] and seen["reader"] and seen["focus"]  # then the window is complete
    # The review desk's place is there at the paint: the same menus, the Checklist dock
    # (its history neighbour comes later) and the outline's review columns.
    assert seen["menus_at_paint"] == seen["menus"] and "&Review" in seen["menus"]
    assert "checklistDock" in seen["docks_at_paint"]
    assert set(seen["docks"]) - set(seen["docks_at_paint"]) == {"historyDock"}
    assert seen["outline_columns_at_paint"] == seen["outline_columns"] == 4
    # The tool bar has its shape at the paint: blank icons, never the actions' names.
    assert len(seen["toolbar"]) > 10 and seen["toolbar_at_paint"] == seen["toolbar"]
    assert not any(null for *_, null in seen["toolbar"])
    # So has the outline: its rows have their marks' room (blank until the icon fonts load).
    assert len(seen["outline"]) > 3 and seen["outline_at_paint"] == seen["outline"]
    assert not any(null for _, null, _ in seen["outline"])
    # Nor does the finished window load what only a command shows (reader, credits tab,
    # import dialogs), nor read every installed package's metadata (Python-Markdown).
    assert sorted(m for m in ON_USE if m in seen["finished_modules"]) == []
    # The filters' choices (a query over every article) come after the paint too.
    assert seen["languages_at_paint"] == 1 and seen["languages"] > 1  # "Any language", then those used


# The editor asks for the open article's dictionary: libhunspell is loaded (with its ctypes
# binding), and the dictionary looked up, in the loading thread, never on the UI thread.
# Then loading it for real maps the library: the probe does see it.
SPELLING = """
import json, sys, threading
from hubdesk.ui.editor import spell_checker
def mapped():
    with open("/proc/self/maps") as maps:
        return "libhunspell" in maps.read()
real = spell_checker.load_in_background
asked = []
spell_checker.load_in_background = lambda wanted, done, **kw: asked.append((wanted, kw))
checker = spell_checker.SpellChecker()
checker.set_language("en", lambda: None)
seen = {"binding": "hubdesk.ui.editor.hunspell" in sys.modules, "mapped": mapped(),
        "asked": asked, "waiting": checker.waiting, "active": checker.active}
real(asked[0][0], lambda: None, **asked[0][1]).join()
seen["then"] = {"binding": "hubdesk.ui.editor.hunspell" in sys.modules, "mapped": mapped(),
                "loaded": spell_checker.is_loaded(spell_checker.dictionary_tag("en"))}
print(json.dumps(seen))
"""


def test_the_spelling_library_loads_in_the_loading_thread(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SPELLING], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"binding": False, "mapped": False, "asked": [[["en"], {"languages": True}]],
                    "waiting": "en", "active": False,
                    "then": {"binding": True, "mapped": True, "loaded": True}}


# The same first paint, reached as the launcher reaches it: the ``hubdesk`` command.
THROUGH_COMMAND = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6 import QtWidgets

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QtWidgets.QWidget):
            window = obj.window()
            if isinstance(window, QtWidgets.QMainWindow) and window.isVisible():
                print(json.dumps({"paint": sorted(sys.modules),
                                  "title": window.session.article.title}), flush=True)
                os._exit(0)
        return False

class Watched(QtWidgets.QApplication):
    def __init__(self, argv):
        super().__init__(argv)
        self.watch = Watch(self)
        self.installEventFilter(self.watch)

QtWidgets.QApplication = Watched
from hubdesk.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_command_paints_without_its_subcommands_or_late_features(tmp_path):
    seen = _first_paint(tmp_path, THROUGH_COMMAND)
    at_paint = set(seen["paint"])
    assert seen["title"] and "hubdesk.ui.editor.markdown_editor" in at_paint
    assert sorted(m for m in at_paint if m.startswith("hubdesk.cli.cmd_")) == ["hubdesk.cli.cmd_smoke"]
    assert sorted(m for m in (*HEAVY, *LATE, "rich") if m in at_paint) == []
