"""Features receive what they use: the main window is the one place that wires them."""

from __future__ import annotations

import ast
from pathlib import Path

from hubdesk.ui.library.library_exchange import LibraryExchange
from hubdesk.ui.reader.reader_mode import ReaderMode
from tests.ui_helpers import make_settings, open_window

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "hubdesk" / "ui"


def _sources(folder: Path) -> dict[str, ast.AST]:
    return {p.relative_to(ROOT).as_posix(): ast.parse(p.read_text(encoding="utf-8"))
            for p in sorted(folder.rglob("*.py"))}


def test_only_the_shell_knows_the_main_window() -> None:
    users = [f for f, tree in _sources(UI).items() if not f.startswith("hubdesk/ui/shell/")
             and any((isinstance(n, ast.Name) and n.id == "MainWindow")
                     or (isinstance(n, ast.alias) and n.name == "MainWindow")
                     or (isinstance(n, ast.ImportFrom) and n.module == "hubdesk.ui.shell.main_window")
                     for n in ast.walk(tree))]
    assert users == []


def test_no_getattr_probes_in_the_interface() -> None:
    """``getattr(obj, name, default)`` guesses whether a method exists; ours always do."""
    probes = [(f, n.lineno) for f, tree in _sources(UI).items() for n in ast.walk(tree)
              if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
              and n.func.id == "getattr" and len(n.args) == 3]
    assert probes == []


# The Qt smoke checks are being reworked with the core's registration of Qt parts (another
# change owns hubdesk/qt/); their fallback window goes with that work.
SWALLOW_ALLOWED = {"hubdesk/qt/smoke_checks.py"}


def test_no_import_error_is_swallowed_around_hubdesk_modules() -> None:
    """A broken import of HubDesk's own code must fail loudly."""
    swallowed = []
    for f, tree in _sources(ROOT / "hubdesk").items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try):
                continue
            catches = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
            imports = [n for n in ast.walk(ast.Module(body=node.body, type_ignores=[]))
                       if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("hubdesk")]
            if imports and any("ImportError" in c for c in catches) and f not in SWALLOW_ALLOWED:
                swallowed.append((f, node.lineno))
    assert swallowed == []


def test_the_window_hands_features_their_collaborators(qtbot, library, tmp_path) -> None:
    window = open_window(qtbot, library, make_settings(tmp_path))
    reader, exchange = window.reader, window.exchange
    assert isinstance(reader, ReaderMode) and isinstance(exchange, LibraryExchange)
    assert reader.session is window.session and reader.library_panel is window.library_panel
    assert reader.action is window.actions_.reader_mode and reader.host is window
    assert exchange.library is window.library and exchange.session is window.session
    assert exchange.library_panel is window.library_panel
    for feature in (reader, exchange):
        assert not hasattr(feature, "window")


def test_the_outline_menu_offers_the_section_commands(qtbot, library, tmp_path) -> None:
    window = open_window(qtbot, library, make_settings(tmp_path))
    a = window.actions_
    actions = window.navigator.context_menu().actions()
    assert actions[:7] == [
        a.section_add, a.section_rename, a.section_delete, a.section_split, a.section_merge,
        a.section_up, a.section_down]
    assert actions[7].isSeparator()  # then the review desk's origin marks (issue 14)
    assert actions[8:] == [window.review.mark_ai, window.review.mark_person]
