"""The main window's menu bar and tool bar, laid out from the declared actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from hubdesk.ui.shell.actions import Actions

# Called by this name so that lupdate collects every ``translate("Menus", "…")`` below.
translate = QCoreApplication.translate


def _menus() -> dict[str, list[str | None]]:
    return {
        translate("Menus", "&File"): ["new_article", "duplicate_article", "delete_article", "empty_trash", None, "save", None,
                       "import_files", "import_folder", "export", "export_archive",
                       "import_archive", None, "publish", "pull_from_site", "wordpress_sites",
                       None, "history",
                       "restore_backup", None, "quit"],
        translate("Menus", "&Edit"): ["undo", "redo", None, "cut", "copy", "paste", "select_all", None, "find",
                       "find_next", "find_previous", "replace", None, "search_library", "spell_check_article", None,
                       "preferences"],
        translate("Menus", "F&ormat"): ["format_bold", "format_italic", "format_link", None,
                         "insert_image", "insert_table", None, "fix_typography"],
        translate("Menus", "&Section"): ["section_add", "section_rename", "section_delete", None,
                          "section_split", "section_merge", None, "section_up", "section_down"],
        translate("Menus", "&View"): ["focus_section", "show_preview", "reader_mode", "distraction_free",
                                        "typewriter_scrolling", None, "word_target", None],
        translate("Menus", "&Help"): ["user_guide", "keyboard_shortcuts", None, "about", "about_qt"],
    }


TOOL_BAR = ("new_article", "save", "import_files", "export", None, "undo", "redo", None, "find",
            None, "section_add", "section_up", "section_down", None, "focus_section",
            "show_preview", "reader_mode", None, "history")


def build_menus(window: QMainWindow, actions: Actions) -> tuple[QMenu, QToolBar]:
    """Fill the window's menu bar and add its tool bar; returns the View menu and the tool bar."""
    view_menu: QMenu | None = None
    for title, names in _menus().items():
        menu = window.menuBar().addMenu(title)
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(getattr(actions, name))
        if title == translate("Menus", "&View"):
            view_menu = menu
    toolbar = QToolBar(translate("Menus", "Main tool bar"), window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in TOOL_BAR:
        if name is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(getattr(actions, name))
    window.addToolBar(toolbar)
    assert view_menu is not None
    return view_menu, toolbar


def menu_layout() -> dict[str, list[str | None]]:
    """Each menu's title (in the interface language) and its actions' names, in order."""
    return _menus()
