"""``hubdesk --smoke-test`` draws one glyph of each icon font, and says so when a font is missing."""

from __future__ import annotations

from pathlib import Path

from hubdesk.__main__ import register_front_end
from hubdesk.cli import cmd_smoke as smoke
from hubdesk.ui.shell import icons


def test_the_smoke_test_draws_a_glyph_of_each_icon_font(qapp, capsys) -> None:
    register_front_end()
    assert smoke.main() == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if " icons: " in line]
    assert line.startswith("ok   icons: mdi6 (")
    assert ", fa5s (" in line and " 0 px" not in line


def test_an_icon_font_missing_from_the_install_fails_the_smoke_test(qapp, capsys, monkeypatch, tmp_path: Path) -> None:
    register_front_end()
    monkeypatch.setattr(icons, "_folder", tmp_path)  # an install whose fonts folder is empty
    monkeypatch.setattr(icons, "_fonts", {})
    monkeypatch.setattr(icons, "_cache", {})
    assert smoke.main() == 1
    out = capsys.readouterr().out
    assert ("FAIL icons: the icon mdi6.content-save-outline draws nothing: "
            "its font is missing from the installed files") in out
    assert "smoke test FAILED: icons" in out
