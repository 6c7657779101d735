"""Showing the window with an article open loads none of the heavy format libraries:
the importers, exporters and site clients load on first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests import ROOT

HEAVY = ("docx", "odf", "markdownify", "bs4", "html5lib", "pypdf", "httpx", "keyring",
         "readability", "ebooklib", "PIL")

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
