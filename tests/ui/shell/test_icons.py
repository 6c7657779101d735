"""Icons drawn from the icon fonts, and PySide's lighter source test."""

from __future__ import annotations

import json
import linecache
import os
import subprocess
import sys

from PySide6.QtGui import QColor, QIcon

from hubdesk.ui.shell import icons
from hubdesk.ui.shell.pyside_imports import read_sources_lightly
from tests import ROOT


def _opaque_colours(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon.pixmap(32, 32, mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(32) for y in range(32)
            if image.pixelColor(x, y).alpha() == 255}


def test_icons_are_the_font_glyphs_in_the_colour_asked(qapp):
    save = icons.icon("mdi6.content-save-outline", QColor("#c62828"))
    check = icons.icon("fa5s.exclamation-triangle", QColor("#2e7d32"))
    assert _opaque_colours(save) == {"#c62828"}
    assert _opaque_colours(check) == {"#2e7d32"}
    assert icons.ready()
    assert icons.icon("mdi6.content-save-outline", QColor("#c62828")) is save  # made once
    grey = _opaque_colours(save, QIcon.Mode.Disabled)
    assert grey and "#c62828" not in grey  # a disabled action's icon is greyed


def test_the_icons_are_those_qtawesome_draws(qapp):
    """Same glyph, same size, same place: HubDesk only stopped loading every font."""
    import qtawesome

    for name in ("mdi6.content-save-outline", "mdi6.format-header-2", "fa5s.sync-alt"):
        ours = icons.icon(name, QColor("#1f2328")).pixmap(48, 48).toImage()
        theirs = qtawesome.icon(name, color=QColor("#1f2328")).pixmap(48, 48).toImage()
        differ = [(x, y) for x in range(48) for y in range(48)
                  if abs(ours.pixelColor(x, y).alpha() - theirs.pixelColor(x, y).alpha()) > 8]
        assert differ == [], name


def test_an_unknown_icon_is_empty_and_logged(qapp, caplog):
    assert icons.icon("mdi6.no-such-glyph-here").isNull()
    assert "No icon mdi6.no-such-glyph-here" in caplog.text


def test_pyside_asks_about_modules_without_keeping_their_sources(tmp_path, monkeypatch):
    (tmp_path / "uses_qt_probe.py").write_text("import PySide6.QtCore\nX = 1\n", encoding="utf-8")
    (tmp_path / "plain_probe.py").write_text("Y = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert read_sources_lightly()
    import plain_probe
    import uses_qt_probe

    try:
        decided = sys.modules["shibokensupport.feature"].pyside_feature_dict
        assert decided["uses_qt_probe"] == 0 and decided["plain_probe"] == -1  # PySide's answers
        assert uses_qt_probe.__file__ not in linecache.cache
        assert plain_probe.__file__ not in linecache.cache
    finally:
        del sys.modules["uses_qt_probe"], sys.modules["plain_probe"]


def test_the_sources_pyside_read_before_are_let_go():
    probe = ("import json, linecache, sys\nimport PySide6.QtWidgets\nbefore = sorted(linecache.cache)\n"
             "import hubdesk.ui.shell\nprint(json.dumps([before, sorted(linecache.cache)]))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    before, after = json.loads(out.stdout.splitlines()[-1])
    assert any(name.endswith("enum.py") for name in before)  # PySide's own test read them
    assert after == []
